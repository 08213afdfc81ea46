/**
 * The cells colouring cannot colour because they are not grades ('5++', 'abs.', a date), counted per
 * column with the first one, so a typo is found and fixed rather than silently left white. Worded by
 * the report's own ProblemLog, as "Preview report" says it, with only what happens to them changed.
 */
import type { GradeScale } from '../grades/gradeScale';
import type { Layout } from '../layout';
import { ProblemLog } from '../report/problemLog';

/** For colours: the cell stays uncoloured, and colours itself once corrected. */
const forColouring = (one: boolean): string =>
  one ? 'so it stays uncoloured until it is corrected.' : 'so they stay uncoloured until they are corrected.';

/** A column's line, and the address of its first cell that is not a grade ('F12'), for the panel to go to. */
export interface NotGradeLine {
  text: string;
  cell: string;
}

/**
 * One line per column the colours read (each paired grade column and its target), in the layout's
 * order: how many of its pupil cells are not grades, and the first. `values` is the whole sheet from A1.
 */
export function notGradeLines(layout: Layout, values: readonly (readonly unknown[])[], scale: GradeScale): NotGradeLine[] {
  if (layout.dataStartRow === null) return [];
  const read = new Set(layout.pairs.flatMap((pair) => [pair.grade, pair.target]));
  const columns = layout.columns.filter((column) => read.has(column.index));
  const log = new ProblemLog();
  // Column by column, so the lines follow the columns' order across the sheet.
  for (const column of columns) {
    for (let row = layout.dataStartRow; row < values.length; row += 1) {
      const value = values[row]?.[column.index];
      const reading = scale.read(value);
      if (reading !== null && typeof reading !== 'number') log.note(column, row, value, 'a grade');
    }
  }
  return log
    .located(new Map(columns.map((column) => [column.index, column])), forColouring)
    .map(({ text, column, row }) => ({ text, cell: `${column.letter}${row + 1}` }));
}
