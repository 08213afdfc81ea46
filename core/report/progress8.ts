/**
 * Projected Progress 8 in the report: each pupil's total and element scores through the core's own
 * PROGRESS8 (so the DfE rules live in one place), from the projected points, then a group's mean in each
 * measure with the DfE's 95% confidence interval. A year group whose Progress 8 nobody could check gets
 * none, and a note that says why.
 */
import type { FunctionLibrary } from '../functions';
import { dfeProgress8Interval } from '../targets/dfe2023Deviations';
import { readKs2Row } from '../targets/ks2';
import { PROGRESS8_ELEMENTS, type Progress8Element, type Progress8Measure } from '../targets/progress8';
import type { ProjectedPoints } from './attainmentPoints';
import type { Cohort } from './cohort';
import { numbersFrom } from './registryColumn';
import { satNoKs2Tests, type ReportSettings } from './settings';

export interface Progress8Figure {
  /** Pupils with a score in this measure: those with KS2 and projected grades. */
  pupils: number;
  mean: number | null;
  /** The DfE's school-level interval: mean ± 1.96 × national SD / √pupils (core/targets/dfe2023Deviations.ts). */
  interval: { low: number; high: number } | null;
}

export interface Progress8Figures extends Progress8Figure {
  /** English, maths, EBacc and open, each against its own estimate. */
  elements: Record<Progress8Element, Progress8Figure>;
}

/** Per pupil position; NaN where a pupil has no score. */
export interface Progress8Scores {
  total: Float64Array;
  elements: Record<Progress8Element, Float64Array>;
}

const COVID =
  'The DfE published no Progress 8 for 2024/25 or 2025/26, as those year groups sat no KS2 tests ' +
  '(cancelled in 2020 and 2021 because of COVID-19).';

const pupilsWord = (n: number) => `${n} ${n === 1 ? 'pupil' : 'pupils'}`;

/**
 * Why the report shows no Progress 8, or null when it can show one. A year group told to sit its GCSEs
 * in 2025 or 2026 gets none even if its KS2 column holds numbers: no KS2 test stands behind them, so it
 * would be a Progress 8 nobody can check (and its prior attainment bands come from CAT4: pupils.ts).
 * Otherwise there is none when no pupil has a KS2 score.
 */
export function progress8Withheld(cohort: Cohort, settings: Pick<ReportSettings, 'examYear'>): string | null {
  const onCat4 = cohort.pupils.filter((pupil) => pupil.priorSource === 'cat4').length;
  const instead =
    'Attainment 8 is shown instead, and prior attainment is banded ' +
    (onCat4 > 0
      ? `on CAT4 for ${pupilsWord(onCat4)}.`
      : 'on CAT4 where the tracker has a CAT4 mean SAS column: add one to see the bands.');
  if (satNoKs2Tests(settings)) return `No Progress 8: this year group sits its GCSEs in ${settings.examYear}. ${COVID} ${instead}`;
  if (cohort.pupils.some((pupil) => typeof readKs2Row(pupil.ks2Cells) === 'number')) return null;
  return `No Progress 8: no pupil has a KS2 score, and Progress 8 is measured from KS2. ${COVID} ${instead}`;
}

const asColumn = (values: Float64Array) => Array.from(values, (value) => [Number.isNaN(value) ? '' : value]);

/** Every pupil's scores. An element's problems are the total's own (the same KS2 cell), so they are warned of once. */
export function projectProgress8(library: FunctionLibrary, cohort: Cohort, points: ProjectedPoints, warnings: string[]): Progress8Scores {
  const length = cohort.pupils.length;
  const ks2 = cohort.pupils.map((pupil) => pupil.ks2Cells);
  const quiet: string[] = [];
  const score = (values: Float64Array, measure: Progress8Measure, into: string[]) =>
    numbersFrom(library.PROGRESS8(asColumn(values), ks2, measure), length, 'Progress 8', into);
  const elements = Object.fromEntries(
    PROGRESS8_ELEMENTS.map((element) => [element, score(points.elements[element], element, quiet)]),
  ) as Record<Progress8Element, Float64Array>;
  return { total: score(points.total, 'total', warnings), elements };
}

function figure(values: Float64Array, measure: Progress8Measure, include: (position: number) => boolean): Progress8Figure {
  let pupils = 0;
  let sum = 0;
  for (let position = 0; position < values.length; position += 1) {
    const value = values[position]!;
    if (Number.isNaN(value) || !include(position)) continue;
    pupils += 1;
    sum += value;
  }
  const mean = pupils > 0 ? sum / pupils : null;
  return { pupils, mean, interval: mean === null ? null : dfeProgress8Interval(mean, pupils, measure) };
}

/** One group's figures (every pupil, or PP, or the rest), each measure with its own interval. */
export function progress8Figures(scores: Progress8Scores, include: (position: number) => boolean = () => true): Progress8Figures {
  const elements = PROGRESS8_ELEMENTS.map((element) => [element, figure(scores.elements[element], element, include)]);
  return {
    ...figure(scores.total, 'total', include),
    elements: Object.fromEntries(elements) as Record<Progress8Element, Progress8Figure>,
  };
}

/** Who the projected Progress 8 leaves out, in words: pupils without KS2 (as the DfE does) and pupils with no grades yet. */
export function progress8Coverage(cohort: Cohort, attainment8: Float64Array): string[] {
  let withoutKs2 = 0;
  let withoutGrades = 0;
  for (const pupil of cohort.pupils) {
    const ks2 = readKs2Row(pupil.ks2Cells);
    const graded = !Number.isNaN(attainment8[pupil.position]!);
    if (graded && ks2 === null) withoutKs2 += 1;
    if (!graded && typeof ks2 === 'number') withoutGrades += 1;
  }
  const notes: string[] = [];
  if (withoutKs2 > 0) {
    notes.push(
      `${pupilsWord(withoutKs2)} with a projected Attainment 8 ${withoutKs2 === 1 ? 'has' : 'have'} no KS2 score, so ` +
        `${withoutKs2 === 1 ? 'is' : 'are'} not in Progress 8: the DfE leaves out only pupils without KS2.`,
    );
  }
  if (withoutGrades > 0) {
    notes.push(
      `${pupilsWord(withoutGrades)} with KS2 ${withoutGrades === 1 ? 'has' : 'have'} no projected grades yet, so ` +
        `${withoutGrades === 1 ? 'is' : 'are'} not in projected Progress 8 (with real results, the DfE counts a pupil with none as 0).`,
    );
  }
  return notes;
}
