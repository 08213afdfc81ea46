/**
 * Test support: a small two-subject tracker for the pupil report sheet, and the plan's writes laid
 * into a grid of cells as a host would leave them (an apostrophe only says "text").
 */
import { pupilSheetPlan, readBack, type PupilSheetFacts, type PupilSheetPlan } from '../../../core/pupilSheet';
import { rangeOf } from '../../../core/pupilSheet';
import { DEFAULT_RULE_SETTINGS } from '../../../core/rules';
import { col, grade, handLayout, target } from '../report/support';

export const TRACKER = "Year 10 O'Neil";

export const specs = [
  col('UPN', 'upn'),
  col('Name', 'name'),
  col('Class', 'class'),
  col('Tutor group', 'form'),
  target('Maths'),
  grade('RP1', 'Maths'),
  grade('RP2', 'Maths'),
  target('English'),
  grade('RP1', 'English'),
  grade('RP2', 'English'),
  col('Effort', 'effort'),
  col('Attendance', 'attendance'),
];

/** Ann has everything; Bob has blanks; "=1+1" is a name that looks like a formula; Dee is there to be passed over. */
export const pupils: unknown[][] = [
  ['A100', 'Ann Lee', '10A', '10F1', 6, 5, '6-', 5, 4, 5, 2, 0.95],
  ['B200', 'Bob Cho', '10B', '', 5, '', 5, '', 4, '', '', ''],
  ['C300', '=1+1', '10A', '10F2', 7, '7+', 8, 4, 3, 3, 1, 0.88],
  ['D400', 'Dee Roy', '10B', '10F1', 4, 3, 4, 4, 4, 5, 3, 0.97],
];

export const trackerRows: unknown[][] = [['Year 10 tracker'], specs.map((spec) => spec.header), ...pupils];
export const trackerLayout = handLayout(specs, 1);

export function planFor(
  sheets: PupilSheetFacts[] = [{ name: TRACKER, mark: null, isProtected: false }],
  rows = trackerRows,
): PupilSheetPlan {
  const outcome = pupilSheetPlan({
    layout: trackerLayout,
    trackerSheetName: TRACKER,
    lastRow: rows.length,
    values: rows,
    sheets,
    ruleSettings: DEFAULT_RULE_SETTINGS,
  });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.plan;
}

/** The sheet after the plan's writes: `grid[row][column]` from A1, each cell as the host reads it back. */
export function writtenGrid(plan: PupilSheetPlan, before: string[][] = []): string[][] {
  const grid = before.map((row) => [...row]);
  for (const write of plan.writes) {
    const range = rangeOf(write.range);
    write.values.forEach((values, r) =>
      values.forEach((value, c) => {
        const row = (grid[range.firstRow - 1 + r] ??= []);
        row[range.firstColumn - 1 + c] = readBack(value);
      }),
    );
  }
  return grid;
}

/** Raw written value (apostrophe kept) at an A1 cell, or undefined where the plan writes nothing. */
export function writtenAt(plan: PupilSheetPlan, a1: string): unknown {
  const cell = rangeOf(a1);
  for (const write of plan.writes) {
    const range = rangeOf(write.range);
    if (
      cell.firstRow >= range.firstRow &&
      cell.firstRow <= range.lastRow &&
      cell.firstColumn >= range.firstColumn &&
      cell.firstColumn <= range.lastColumn
    )
      return write.values[cell.firstRow - range.firstRow]![cell.firstColumn - range.firstColumn];
  }
  return undefined;
}
