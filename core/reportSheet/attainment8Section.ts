/**
 * Projected Attainment 8 and its four elements for each headline group, so a head of department sees
 * which part of the 10 slots (English, maths, EBacc, open) a group's total comes from. The figures are
 * the headline rows' (core/report/dfeHeadlineMeasures.ts), the same points the Progress 8 table scores.
 */
import type { Report } from '../report';
import { FORMATS, type SheetGrid } from './grid';

/** What the elements are, in a head of department's words. */
export const ATTAINMENT8_ELEMENTS_NOTE =
  'English and maths elements are double weighted (2 slots each, up to 18 points); ' +
  'EBacc and open elements fill 3 slots each (up to 27 points). ' +
  'The four elements add up to Attainment 8.';

export function attainment8Section(grid: SheetGrid, report: Report): void {
  const rows = (report.headlines?.rows ?? []).filter((row) => row.attainment8Elements !== null);
  if (rows.length === 0) return;
  const a8 = { format: FORMATS.attainment8 };
  grid.table(
    `Projected Attainment 8 and its elements from ${report.headlines!.collection}`,
    [
      { label: 'Group' },
      { label: 'Pupils', format: FORMATS.count },
      { label: 'Attainment 8', ...a8 },
      { label: 'English element', ...a8 },
      { label: 'Maths element', ...a8 },
      { label: 'EBacc element', ...a8 },
      { label: 'Open element', ...a8 },
    ],
    rows.map((row) => {
      const { english, maths, ebacc, open } = row.attainment8Elements!;
      return [row.label, row.attainment8Pupils, row.averageAttainment8, english, maths, ebacc, open];
    }),
  );
  grid.text(ATTAINMENT8_ELEMENTS_NOTE);
  grid.blank();
}
