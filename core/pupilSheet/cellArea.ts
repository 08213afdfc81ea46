/**
 * The cells of a laid-out area as a host writes and reads them: each cell is Tracklight's
 * (written), the user's (kept) or empty. `writeRectangles` turns Tracklight's cells into as few
 * rectangles as rows allow, one host write each, so a host never writes over a kept cell.
 */
import { formatA1Range, readA1Range, type A1Range } from '../workbook/a1';
import type { WritableCell } from '../workbook/literalCells';

/** 1-based, as A1 counts. */
export interface CellPlace {
  row: number;
  column: number;
}

export const cellKey = ({ row, column }: CellPlace): string => `${row},${column}`;

export function rangeOf(address: string): A1Range {
  const range = readA1Range(address);
  if (typeof range === 'string') throw new Error(`Tracklight made a range it cannot read (${address}): ${range}`);
  return range;
}

export const contains = (range: A1Range, { row, column }: CellPlace): boolean =>
  row >= range.firstRow && row <= range.lastRow && column >= range.firstColumn && column <= range.lastColumn;

/** Every cell of the range, row by row. */
export function cellsOf(range: A1Range): CellPlace[] {
  const cells: CellPlace[] = [];
  for (let row = range.firstRow; row <= range.lastRow; row += 1)
    for (let column = range.firstColumn; column <= range.lastColumn; column += 1) cells.push({ row, column });
  return cells;
}

/** The smallest range holding both. */
export const boundingRange = (a: A1Range, b: A1Range): A1Range => ({
  firstRow: Math.min(a.firstRow, b.firstRow),
  lastRow: Math.max(a.lastRow, b.lastRow),
  firstColumn: Math.min(a.firstColumn, b.firstColumn),
  lastColumn: Math.max(a.lastColumn, b.lastColumn),
});

/** The cells of `area` that are not in any of `kept`: what Tracklight writes and watches. */
export function managedCells(area: A1Range, kept: readonly string[]): CellPlace[] {
  const keptRanges = kept.map(rangeOf);
  return cellsOf(area).filter((cell) => !keptRanges.some((range) => contains(range, cell)));
}

export interface CellWrite {
  range: string;
  values: WritableCell[][];
}

/**
 * Rectangles covering exactly `cells`: each row is cut into runs of neighbouring cells, and a run
 * is joined to the rectangle above when it spans the same columns.
 */
export function writeRectangles(cells: ReadonlyMap<string, WritableCell>, places: readonly CellPlace[]): CellWrite[] {
  const byRow = new Map<number, number[]>();
  for (const place of places) byRow.set(place.row, [...(byRow.get(place.row) ?? []), place.column]);
  const open: { range: A1Range; rows: WritableCell[][] }[] = [];
  const done: { range: A1Range; rows: WritableCell[][] }[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const columns = byRow.get(row)!.sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const column of columns) {
      const last = runs[runs.length - 1];
      if (last && last[1] === column - 1) last[1] = column;
      else runs.push([column, column]);
    }
    const stillOpen: typeof open = [];
    for (const [first, last] of runs) {
      const values = Array.from({ length: last - first + 1 }, (_, i) => cells.get(cellKey({ row, column: first + i })) ?? '');
      const above = open.find(
        (block) => block.range.lastRow === row - 1 && block.range.firstColumn === first && block.range.lastColumn === last,
      );
      if (above) {
        above.range.lastRow = row;
        above.rows.push(values);
        stillOpen.push(above);
      } else stillOpen.push({ range: { firstRow: row, lastRow: row, firstColumn: first, lastColumn: last }, rows: [values] });
    }
    done.push(...open.filter((block) => !stillOpen.includes(block)));
    open.splice(0, open.length, ...stillOpen);
  }
  return [...done, ...open]
    .sort((a, b) => a.range.firstRow - b.range.firstRow || a.range.firstColumn - b.range.firstColumn)
    .map(({ range, rows }) => ({ range: formatA1Range(range), values: rows }));
}
