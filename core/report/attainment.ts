/**
 * Projected Attainment 8 and Progress 8 from each pupil's latest grades, by the core's own rules (the
 * slots in core/attainment8, in one pass for the total and its elements; scores through PROGRESS8),
 * then the cohort means and the gap between disadvantaged pupils and the rest.
 */
import type { FunctionLibrary } from '../functions';
import { projectPoints, type ProjectedPoints } from './attainmentPoints';
import type { Cohort } from './cohort';
import { FAMILY_BY_ID, type FamilyId } from './groups';
import { compareMeans, Summary, type MeanComparison } from './meanGap';
import {
  progress8Coverage,
  progress8Figures,
  progress8Withheld,
  projectProgress8,
  type Progress8Figures,
  type Progress8Scores,
} from './progress8';
import type { Projection } from './projection';
import type { ReportSettings } from './settings';
import { describeMeanGap } from './wording';

export interface ProjectedAttainment {
  collection: string;
  attainment8: { pupils: number; mean: number | null };
  /** Every pupil with KS2 and projected grades; null when there is no Progress 8 to show (progress8Notes says why). */
  progress8: Progress8Figures | null;
  /** Why there is no Progress 8, or who it leaves out; empty when it covers every pupil. */
  progress8Notes: string[];
  /** PP against the rest (disadvantaged when there is no PP column); null with neither column. */
  gap: {
    family: FamilyId;
    attainment8: MeanComparison;
    progress8: MeanComparison | null;
    sentences: string[];
  } | null;
}

export interface AttainmentResult {
  summary: ProjectedAttainment;
  /** Per pupil position: A8, NaN where there is none. */
  attainment8: Float64Array;
  /** The same with its four elements, in points. */
  points: ProjectedPoints;
  /** Per pupil position, NaN where there is none; null when no Progress 8 is shown. */
  progress8: Progress8Scores | null;
}

/** The function library (custom grade labels included) whose PROGRESS8 is used. */
type Library = FunctionLibrary;

/** The gap family the report leads with: PP when the tracker has it, else disadvantaged. */
export function leadingGapFamily(cohort: Cohort): FamilyId | null {
  const has = (family: FamilyId) => cohort.pupils.some((pupil) => pupil.groups[family] !== undefined);
  return has('pp') ? 'pp' : has('disadvantaged') ? 'disadvantaged' : null;
}

export function projectAttainment(
  cohort: Cohort,
  projection: Projection,
  library: Library,
  settings: ReportSettings,
  warnings: string[],
): AttainmentResult | null {
  const { pupils } = cohort;
  if (projection.collection === null || projection.subjects.length < 2 || pupils.length === 0) return null;
  const points = projectPoints(cohort, projection);
  const attainment8 = points.total;
  const withheld = progress8Withheld(cohort, settings);
  const progress8 = withheld === null ? projectProgress8(library, cohort, points, warnings) : null;

  const mean = (values: Float64Array) => {
    const summary = new Summary();
    for (const value of values) if (!Number.isNaN(value)) summary.add(value);
    return { pupils: summary.n, mean: summary.mean };
  };
  return {
    summary: {
      collection: projection.collection,
      attainment8: mean(attainment8),
      progress8: progress8 ? progress8Figures(progress8) : null,
      progress8Notes: withheld === null ? progress8Coverage(cohort, attainment8) : [withheld],
      gap: attainmentGap(cohort, attainment8, progress8?.total ?? null, projection.collection),
    },
    attainment8,
    points,
    progress8,
  };
}

function attainmentGap(
  cohort: Cohort,
  attainment8: Float64Array,
  progress8: Float64Array | null,
  collection: string,
): ProjectedAttainment['gap'] {
  const family = leadingGapFamily(cohort);
  if (family === null) return null;
  const definition = FAMILY_BY_ID.get(family)!;
  const [focus, rest] = [definition.groups[0]!.label, definition.groups[1]!.label];
  const compare = (values: Float64Array) => {
    const sides = [new Summary(), new Summary()];
    for (const pupil of cohort.pupils) {
      const side = pupil.groups[family];
      const value = values[pupil.position]!;
      if (side !== undefined && side >= 0 && !Number.isNaN(value)) sides[side]!.add(value);
    }
    return compareMeans(focus, sides[0]!, rest, sides[1]!);
  };
  const { focusPupils, restPupils } = definition.gap!;
  const where = `at ${collection}`;
  const a8 = compare(attainment8);
  const p8 = progress8 ? compare(progress8) : null;
  const sentences = [describeMeanGap({ focusPupils, restPupils, what: 'projected Attainment 8', where, unit: 'points', decimals: 1 }, a8)];
  if (p8) sentences.push(describeMeanGap({ focusPupils, restPupils, what: 'projected Progress 8', where, unit: '', decimals: 2 }, p8));
  return { family, attainment8: a8, progress8: p8, sentences };
}
