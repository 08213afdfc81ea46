/**
 * The last line of defence against NaN and ±Infinity. Readers refuse numbers no tracker holds, so
 * no body should ever work one out; if one does, a spreadsheet would show #NUM! or a bare "NaN"
 * with no word of why, and a sum or chart over the range would break too. Each such cell becomes a
 * CellError instead, and every other cell is kept.
 */
import { CellError } from '../errors';
import type { CellOutput, Grid, Result } from '../values';

const isNonFinite = (cell: unknown): boolean => typeof cell === 'number' && !Number.isFinite(cell);

export const notFinite = (name: string): CellError =>
  new CellError(
    '#VALUE!',
    `${name} could not work out a sensible number here: check the cells it reads hold grades, scores or residuals of a normal size.`,
  );

/** The result with every non-finite number replaced; the grid a body returned is copied, never changed, as it may be a caller's range. */
export function withFiniteNumbers(name: string, result: Result): Result {
  if (!Array.isArray(result)) return isNonFinite(result) ? notFinite(name) : result;
  let copy: Grid<CellOutput> | undefined;
  for (let r = 0; r < result.length; r += 1) {
    const row = result[r]!;
    for (let c = 0; c < row.length; c += 1) {
      if (!isNonFinite(row[c])) continue;
      copy ??= result.map((cells) => cells.slice());
      copy[r]![c] = notFinite(name);
    }
  }
  return copy ?? result;
}
