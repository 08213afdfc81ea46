import { CellError } from '../errors';
import { fromTwelfths, PER_GRADE, type Twelfths } from '../grades/twelfths';
import { DFE_2023_ESTIMATES, DFE_2023_FIRST_KS2 } from './dfe2023Estimates';
import { roundKs2 } from './ks2';
import { dfeProgress8Estimate } from './progress8';

/** Which part of the Attainment 8 estimate sets the per-grade target, and how many slots it has. */
export const ELEMENTS = {
  overall: { column: 'perSlot', slots: 1 },
  english: { column: 'english', slots: 2 },
  maths: { column: 'maths', slots: 2 },
  ebacc: { column: 'ebacc', slots: 3 },
  open: { column: 'open', slots: 3 },
} as const;
export type Element = keyof typeof ELEMENTS;

const rowFor = (ks2Average: number) => Math.round((roundKs2(ks2Average) - DFE_2023_FIRST_KS2) * 2);

/**
 * The published estimates dip here and there (EBacc falls from 4.19 at 82 to 4.13 at 82.5),
 * and a target must never fall as KS2 rises, so targets read each column's running maximum.
 * Progress 8 still uses the published figures as they are.
 */
const TARGET_ESTIMATES = Object.fromEntries(
  Object.entries(DFE_2023_ESTIMATES).map(([column, values]) => {
    let highest = -Infinity;
    return [column, values.map((value) => (highest = Math.max(highest, value)))];
  }),
) as Record<keyof typeof DFE_2023_ESTIMATES, number[]>;

/** The DfE 2023 national average grade per slot for a KS2 average, never lower than for any lower KS2. */
export function dfeGradeEstimate(ks2Average: number, element: Element): number {
  const { column, slots } = ELEMENTS[element];
  return TARGET_ESTIMATES[column][rowFor(ks2Average)]! / slots;
}

/** The Attainment 8 total estimate: the sum of the four elements, as the DfE uses for Progress 8. */
export const dfeAttainment8Estimate = (ks2Average: number): number => dfeProgress8Estimate(ks2Average, 'total');

/** A school's own band: a lower bound of any baseline (KS2, CAT4 SAS, reading age, test %), an optional upper bound, a grade. */
export interface Band {
  lowerBound: number;
  upperBound?: number;
  grade: Twelfths;
}

/** The baselines a table covers: from its lowest lower bound to its top band's upper bound (unbounded above if that band has none). */
export function bandRange(bands: readonly Band[]): { lowest: number; highest: number } {
  const top = bands.reduce((best, band) => (band.lowerBound > best.lowerBound ? band : best));
  const lowest = Math.min(...bands.map((band) => band.lowerBound));
  return { lowest, highest: top.upperBound ?? Infinity };
}

/**
 * The grade of the band with the highest lower bound not above the baseline; a baseline outside
 * the table's range is a #VALUE!. As with the DfE estimates, a target must never fall as the
 * baseline rises, so a band whose grade dips below a lower band's reads that lower band's grade.
 */
export function bandGrade(bands: readonly Band[], baseline: number): number | CellError {
  const { lowest, highest } = bandRange(bands);
  if (baseline < lowest || baseline > highest) {
    const range = highest === Infinity ? `${lowest} or more` : `${lowest} to ${highest}`;
    return new CellError(
      '#VALUE!',
      `${baseline} is outside your table, which covers ${range}: check the score, or add a band that covers it.`,
    );
  }
  let grade = -Infinity;
  for (const band of bands) if (band.lowerBound <= baseline) grade = Math.max(grade, band.grade);
  return fromTwelfths(grade);
}

/** Estimate plus challenge, rounded to a whole grade (halves up), kept within 1-9 and never below a previous target. */
export function finishTarget(estimate: number, challenge: number, previous: Twelfths | null): number {
  // The estimates have two decimals, so rounding the sum to 1e-9 first keeps 4.5 exactly a half.
  const whole = Math.floor(Math.round((estimate + challenge) * 1e9) / 1e9 + 0.5);
  const target = Math.min(9, Math.max(1, whole));
  return previous === null ? target : Math.max(target, Math.ceil(previous / PER_GRADE));
}
