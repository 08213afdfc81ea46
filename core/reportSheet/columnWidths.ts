/**
 * The report's column widths, decided once for both hosts: each column's width, and the same widths
 * as runs of neighbouring columns, which is how a host sets them (Sheets' setColumnWidths(first,
 * count, pixels), Excel one whole-column range per run), so the calls follow the runs, never the columns.
 */
import { columnLetter } from '../workbook/a1';

export interface ColumnWidth {
  column: string;
  pixels: number;
}

export interface ColumnWidthRun {
  /** A 0-based index (0 is column A), as the core counts columns (core/workbook/a1.ts). */
  firstColumn: number;
  count: number;
  pixels: number;
}

/** Column A holds labels and collections, B group and pupil names; sentences overflow to the right. */
const widthOf = (column: number): number => (column === 0 ? 220 : column === 1 ? 170 : 110);

/** The widths of a report `width` columns wide, from column A. */
export function reportColumnWidths(width: number): { columnWidths: ColumnWidth[]; columnWidthRuns: ColumnWidthRun[] } {
  const pixels = Array.from({ length: width }, (_, c) => widthOf(c));
  return { columnWidths: pixels.map((each, c) => ({ column: columnLetter(c), pixels: each })), columnWidthRuns: widthRuns(pixels) };
}

/** Widths from column A as runs of neighbouring columns of one width. */
export function widthRuns(pixels: readonly number[]): ColumnWidthRun[] {
  const runs: ColumnWidthRun[] = [];
  pixels.forEach((each, c) => {
    const last = runs[runs.length - 1];
    if (last && last.pixels === each) last.count += 1;
    else runs.push({ firstColumn: c, count: 1, pixels: each });
  });
  return runs;
}
