/**
 * Both hosts write a block of values in one call only when every row is as wide as the block
 * (Excel's range.values, Sheets' setValues), so short rows are filled out with empty cells.
 */
import type { WritableCell } from './literalCells';

/** The rows as one block, and its width (0 when there are no cells at all). */
export function rectangle(rows: readonly (readonly WritableCell[])[]): { cells: WritableCell[][]; width: number } {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const cells = rows.map((row) => [...row, ...new Array<WritableCell>(width - row.length).fill('')]);
  return { cells, width };
}
