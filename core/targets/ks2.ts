import { CellError, quote } from '../errors';
import { isBlankScore } from '../values';
import { DFE_2023_FIRST_KS2, DFE_2023_LAST_KS2 } from './dfe2023Estimates';

const LOWEST = DFE_2023_FIRST_KS2;
const HIGHEST = DFE_2023_LAST_KS2;

const outOfRange = (value: unknown) =>
  new CellError(
    '#VALUE!',
    `${quote(value)} is not a KS2 scaled score: use ${LOWEST} to ${HIGHEST} (the reading and maths average, or each score)`,
  );

/** One KS2 scaled score (or an average of two), or null when the cell is blank. */
export function readKs2Score(value: unknown): number | null | CellError {
  if (value instanceof CellError) return value;
  if (isBlankScore(value)) return null;
  const score = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(score) || score < LOWEST || score > HIGHEST) {
    return typeof value === 'number' || typeof value === 'string'
      ? outOfRange(value)
      : new CellError('#VALUE!', `${quote(value)} is not a KS2 scaled score: use ${LOWEST} to ${HIGHEST}`);
  }
  return score;
}

/**
 * A row of one score, or (reading, maths), as the KS2 value every lookup uses: the DfE has
 * averaged without rounding since 2022, and its table is indexed by the average rounded to
 * the nearest half (halves up). A pupil with only one of the two is measured on that one.
 */
export function readKs2Row(row: readonly unknown[]): number | null | CellError {
  let total = 0;
  let count = 0;
  for (const cell of row) {
    const score = readKs2Score(cell);
    if (score instanceof CellError) return score;
    if (score !== null) {
      total += score;
      count += 1;
    }
  }
  return count === 0 ? null : roundKs2(total / count);
}

/** Nearest half point, halves up, as the estimates table is indexed. */
export const roundKs2 = (average: number): number => Math.floor(average * 2 + 0.5) / 2;
