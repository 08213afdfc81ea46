/**
 * "Colour every sheet with this layout": a sheet fits when its header row holds the same
 * headings in the same places for every column the layout colours, so the user's
 * corrections to the layout carry over to every Y7-Y11 tab.
 */
import type { Layout } from '../layout/schema';
import { columnLetter } from '../workbook/a1';

export type LayoutFit = { fits: true } | { fits: false; reason: string };

const folded = (value: unknown) => (value === null || value === undefined ? '' : String(value)).replace(/\s+/g, ' ').trim().toLowerCase();

/** `topRows` are the sheet's first rows from row 1 and column A, as the host reads them. */
export function layoutFits(layout: Layout, topRows: readonly (readonly unknown[])[]): LayoutFit {
  if (layout.headerRow === null) return { fits: false, reason: 'the layout has no header row' };
  const header = topRows[layout.headerRow];
  if (!header) return { fits: false, reason: `it has no row ${layout.headerRow + 1}` };
  const used = new Set(layout.pairs.flatMap((pair) => [pair.grade, pair.target]));
  for (const column of layout.columns) {
    if (!used.has(column.index)) continue;
    if (folded(header[column.index]) !== folded(column.header)) {
      return {
        fits: false,
        reason: `column ${columnLetter(column.index)} is headed '${String(header[column.index] ?? '')}', not '${column.header}'`,
      };
    }
  }
  return { fits: true };
}
