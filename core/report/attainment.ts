/**
 * Projected Attainment 8 and Progress 8 from each pupil's latest grades, computed by the core's own
 * ATTAINMENT8 and PROGRESS8 functions (so the DfE slot rules live in one place), then the cohort
 * means and the gap between disadvantaged pupils and the rest.
 */
import { isCellError } from '../errors';
import type { FunctionLibrary } from '../functions';
import type { Cohort } from './cohort';
import { FAMILY_BY_ID, type FamilyId } from './groups';
import { compareMeans, Summary, type MeanComparison } from './meanGap';
import type { Projection } from './projection';
import { describeMeanGap } from './wording';

export interface ProjectedAttainment {
  collection: string;
  attainment8: { pupils: number; mean: number | null };
  /** null when the tracker has no KS2 columns. */
  progress8: { pupils: number; mean: number | null } | null;
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
  /** Per pupil position: A8 and P8, NaN where there is none. */
  attainment8: Float64Array;
  progress8: Float64Array;
}

/** The function library (custom grade labels included) whose ATTAINMENT8 and PROGRESS8 are used. */
type Library = FunctionLibrary;

/** The gap family the report leads with: PP when the tracker has it, else disadvantaged. */
export function leadingGapFamily(cohort: Cohort): FamilyId | null {
  const has = (family: FamilyId) => cohort.pupils.some((pupil) => pupil.groups[family] !== undefined);
  return has('pp') ? 'pp' : has('disadvantaged') ? 'disadvantaged' : null;
}

export function projectAttainment(cohort: Cohort, projection: Projection, library: Library, warnings: string[]): AttainmentResult | null {
  const { pupils } = cohort;
  if (projection.collection === null || projection.subjects.length < 2 || pupils.length === 0) return null;
  const names = projection.subjects.map((subject) => subject.name);
  const gradeRows = pupils.map((pupil) =>
    projection.subjects.map((subject) => {
      const source = subject.source[pupil.position];
      return source ? cohort.cell(pupil, source.index) : '';
    }),
  );
  const attainment8 = numbersFrom(library.ATTAINMENT8(gradeRows, [names]), pupils.length, 'Attainment 8', warnings);
  const hasKs2 = pupils[0]!.ks2Cells.length > 0;
  const progress8 = hasKs2
    ? numbersFrom(
        library.PROGRESS8(
          Array.from(attainment8, (a8) => [Number.isNaN(a8) ? '' : a8]),
          pupils.map((pupil) => pupil.ks2Cells),
        ),
        pupils.length,
        'Progress 8',
        warnings,
      )
    : new Float64Array(pupils.length).fill(NaN);

  const mean = (values: Float64Array) => {
    const summary = new Summary();
    for (const value of values) if (!Number.isNaN(value)) summary.add(value);
    return { pupils: summary.n, mean: summary.mean };
  };
  return {
    summary: {
      collection: projection.collection,
      attainment8: mean(attainment8),
      progress8: hasKs2 ? mean(progress8) : null,
      gap: attainmentGap(cohort, attainment8, hasKs2 ? progress8 : null, projection.collection),
    },
    attainment8,
    progress8,
  };
}

/** A column of numbers from a registry call; blank cells and per-pupil errors become NaN, errors counted in one warning. */
function numbersFrom(result: unknown, length: number, what: string, warnings: string[]): Float64Array {
  const values = new Float64Array(length).fill(NaN);
  if (!Array.isArray(result)) {
    if (isCellError(result)) warnings.push(`Projected ${what} could not be worked out: ${result.message}`);
    return values;
  }
  let errors = 0;
  let first = '';
  result.forEach((row: unknown[], i) => {
    const value = row[0];
    if (typeof value === 'number') values[i] = value;
    else if (isCellError(value)) {
      errors += 1;
      first ||= value.message;
    }
  });
  if (errors > 0) warnings.push(`${errors} ${errors === 1 ? 'pupil has' : 'pupils have'} no projected ${what} (first: ${first}).`);
  return values;
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
