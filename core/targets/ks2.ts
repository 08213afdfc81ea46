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

/** A row read two ways: as KS2 (checked against 59-120) and as any baseline a band table covers (checked there). */
export interface BaselineRow {
  ks2: number | CellError;
  /** The average of the row's numbers, rounded to the nearest half as KS2 is, or the first cell that is not a number. */
  baseline: number | CellError;
}

const notANumber = (value: unknown) =>
  new CellError('#VALUE!', `${quote(value)} is not a baseline score: use a number your table covers, such as 100.`);

/** One row of baseline scores, or null when every cell is blank. Errors in the row pass through. */
export function readBaselineRow(row: readonly unknown[]): BaselineRow | null | CellError {
  let total = 0;
  let count = 0;
  let baselineError: CellError | undefined;
  for (const cell of row) {
    if (cell instanceof CellError) return cell;
    if (isBlankScore(cell)) continue;
    const score = typeof cell === 'number' ? cell : typeof cell === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(cell) ? Number(cell) : NaN;
    if (!Number.isFinite(score)) baselineError ??= notANumber(cell);
    total += score;
    count += 1;
  }
  if (count === 0) return null;
  const ks2 = readKs2Row(row);
  return { ks2: ks2 ?? new CellError('#VALUE!', 'not a KS2 scaled score'), baseline: baselineError ?? roundKs2(total / count) };
}
