/**
 * Test support: a small sample tracker (core/sample) coloured exactly as "Colour this sheet"
 * colours it: detectLayout reads its top rows, planColouring gives the ranges and the four
 * rules for each, and those become real conditional formats. Printed, each graded cell must
 * show the palette fill of the status ON_TRACK gives it, or no fill where ON_TRACK is blank.
 *
 * Finding the cells on the page: every column is given the same width and every row the same
 * height, and a marker colour fills the column just right of the tracker and the row just below
 * it. On the page that is an L of one colour whose inner corner is the tracker's bottom-right
 * corner and whose outer ends are its left and top edges (see pageGrid.ts), so no font metric,
 * margin or print scale has to be known.
 */
import { functions, type Status } from '../../../core';
import { planColouring } from '../../../core/colouring/plan';
import { detectLayout, ROWS_READ } from '../../../core/layout';
import { PALETTES, type RuleSettings } from '../../../core/rules';
import { generateSchool, sampleTrackerSheet } from '../../../core/sample';
import { cellName, parseRange, type CellBlock } from './a1';
import type { Cell, SheetModel } from './xlsxModel';

/** Pure magenta: in no palette, and far from every fill, text colour and white. */
export const MARKER = '#FF00FF';
/** No rule true: the cell keeps its own fill, none. */
export const NO_FILL = '#FFFFFF';

export interface GradedCell {
  /** 0-based, on the sheet. */
  row: number;
  column: number;
  grade: unknown;
  target: unknown;
  /** ON_TRACK's status, or '' where it gives blank or an error. */
  status: string;
  expectedFill: string;
}

export interface ColouredTracker {
  sheet: SheetModel;
  /** The tracker's size, without the marker column and row. */
  columns: number;
  rows: number;
  gradedCells: GradedCell[];
}

/** The pupils' cells of one colouring block, with what ON_TRACK says of each. */
function gradedCellsOf(
  values: readonly (readonly unknown[])[],
  current: CellBlock,
  target: CellBlock,
  settings: RuleSettings,
): GradedCell[] {
  // The plan reaches 100 rows past the last pupil, for pupils who join later; only pupils' rows are checked.
  const rows = values.slice(current.firstRow);
  const columns = Array.from({ length: current.lastColumn - current.firstColumn + 1 }, (_, offset) => current.firstColumn + offset);
  const targets = rows.map((row) => [row[target.firstColumn]]);
  const onTrack = functions.ON_TRACK(
    rows.map((row) => columns.map((column) => row[column])),
    targets,
    settings.tolerance,
  ) as unknown[][];
  return rows.flatMap((row, index) =>
    columns.map((column, offset) => {
      const answer = onTrack[index]![offset];
      const status = typeof answer === 'string' ? answer : '';
      const expectedFill = status === '' ? NO_FILL : PALETTES[settings.palette].colours[status as Status].fill;
      return { row: current.firstRow + index, column, grade: row[column], target: targets[index]![0], status, expectedFill };
    }),
  );
}

export function colouredSampleTracker(settings: RuleSettings, pupils = 20): ColouredTracker {
  const school = generateSchool({ pupilsPerYear: pupils, years: [7] });
  const values = sampleTrackerSheet(school, { year: 7, subject: 'Maths' });
  const name = 'Year 7 Maths';
  const outcome = planColouring({ name, lastRow: values.length, isProtected: false }, detectLayout(values.slice(0, ROWS_READ)), settings);
  if (!outcome.ok) throw new Error(`The core refused to colour the sample tracker: ${outcome.message}`);
  const blocks = outcome.plan.blocks;

  const columns = values[0]!.length;
  const rows = values.length;
  const marker: Cell = { value: null, fill: MARKER };
  const cells: (Cell | undefined)[][] = values.map((row) => [
    ...row.map((value): Cell | undefined => (value === '' ? undefined : { value })),
    marker,
  ]);
  cells.push(Array.from({ length: columns + 1 }, () => marker));

  const sheet: SheetModel = {
    name,
    rows: cells,
    conditionalFormats: blocks.map((block) => ({ range: block.current, rules: block.rules })),
    grid: { columns: columns + 1, columnWidth: 10, rows: rows + 1, rowHeight: 18 },
    print: { area: `A1:${cellName(rows, columns)}` },
  };
  const gradedCells = blocks.flatMap((block) => gradedCellsOf(values, parseRange(block.current), parseRange(block.target), settings));
  return { sheet, columns, rows, gradedCells };
}
