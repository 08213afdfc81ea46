/**
 * Progress 8 and its four element scores as the DfE defines them, against the 2023 estimates
 * (dfe2023Estimates.ts): the total is (A8 - the A8 estimate) / 10; each element is (the pupil's
 * points in that element - the element's estimate) / its number of slots, so English and maths are
 * divided by 2, EBacc and open by 3. Every score is then "grades per slot" above or below pupils
 * nationally with the same KS2 starting point.
 */
import { ELEMENTS } from '../attainment8/attainment8';
import { CellError, quote, whyImplausible } from '../errors';
import { NO_GRADE_MARKS } from '../grades/builtInGrades';
import { isBlankText, isImplausibleNumber, readNumberCell } from '../values';
import { DFE_2023_ESTIMATES, DFE_2023_FIRST_KS2 } from './dfe2023Estimates';
import { roundKs2 } from './ks2';

export const PROGRESS8_ELEMENTS = ELEMENTS;
export const PROGRESS8_MEASURES = ['total', ...ELEMENTS] as const;
export type Progress8Measure = (typeof PROGRESS8_MEASURES)[number];
export type Progress8Element = Exclude<Progress8Measure, 'total'>;

/** Slots in each measure, the divisor of its score. */
export const PROGRESS8_SLOTS: Readonly<Record<Progress8Measure, number>> = { total: 10, english: 2, maths: 2, ebacc: 3, open: 3 };

/** How a message names each measure's points. */
const POINTS_NAME: Readonly<Record<Progress8Measure, string>> = {
  total: 'Attainment 8',
  english: 'the English element',
  maths: 'the maths element',
  ebacc: 'the EBacc element',
  open: 'the open element',
};

/**
 * The most points a measure can hold: 10 a slot, as the total's long-standing 0-100 allows (a 9+ is
 * 9 1/3, so the real top is 93.3). Above it, the points are almost certainly another measure's.
 */
export const maximumPoints = (measure: Progress8Measure): number => PROGRESS8_SLOTS[measure] * 10;

const rowFor = (ks2Average: number) => Math.round((roundKs2(ks2Average) - DFE_2023_FIRST_KS2) * 2);

/** The published estimate for a measure: an element's own column, and for the total the sum of the four, as the DfE uses. */
export function dfeProgress8Estimate(ks2Average: number, measure: Progress8Measure): number {
  const row = rowFor(ks2Average);
  if (measure !== 'total') return DFE_2023_ESTIMATES[measure][row]!;
  const { english, maths, ebacc, open } = DFE_2023_ESTIMATES;
  return english[row]! + maths[row]! + ebacc[row]! + open[row]!;
}

/** One pupil's score in a measure, or a #VALUE! when the points cannot be that measure's. */
export function progress8Score(points: number, ks2Average: number, measure: Progress8Measure): number | CellError {
  const most = maximumPoints(measure);
  if (points > most) {
    const hint =
      measure === 'total'
        ? "use the pupil's Attainment 8, e.g. from ATTAINMENT8"
        : `pass that element's points, e.g. from ATTAINMENT8(grades, subjects, "${measure}"), not the whole A8`;
    return new CellError('#VALUE!', `${points} is more than ${POINTS_NAME[measure]} can hold (${most} points): ${hint}.`);
  }
  return (points - dfeProgress8Estimate(ks2Average, measure)) / PROGRESS8_SLOTS[measure];
}

/**
 * Reads one points cell. A 0 is a real score: a pupil whose every entry is U has an Attainment 8 of 0
 * and, with KS2, counts in Progress 8 as the DfE counts them (pupils without KS2 are the only ones left
 * out). Blank is an empty cell, spaces, "" (what ATTAINMENT8 shows for a pupil with no grades) or a
 * no-grade mark (X, ABS, N/A, - as for grades), with which a data manager keeps a pupil out in any
 * host. Older Excel desktop builds pass a never-typed cell as 0, which cannot be told from a typed 0;
 * there it counts as 0, so leave no A8 cell empty beside a KS2 score (see the README).
 */
export function readProgress8Points(value: unknown): number | null | CellError {
  if (value instanceof CellError) return value;
  if (isBlankText(value)) return null;
  if (typeof value === 'string' && NO_GRADE_MARKS.has(value.replace(/\s+/g, '').toUpperCase())) return null;
  const number = readNumberCell(value);
  if (number !== undefined && number >= 0 && number <= maximumPoints('total')) return number;
  if (isImplausibleNumber(value)) return new CellError('#VALUE!', `${quote(value)} ${whyImplausible(value)}: check the cell.`);
  return new CellError(
    '#VALUE!',
    `${quote(value)} is not Attainment 8 points: use a number from 0 to 100, or leave the cell blank (or X) for no A8 yet.`,
  );
}
