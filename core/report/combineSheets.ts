/**
 * "Report on several sheets": a year group kept on one sheet per subject ('Y11 Maths', 'Y11 English',
 * 'Y11 Science') made into one wide tracker, which buildReport reads exactly as any wide tracker, so
 * Attainment 8, Progress 8, the subject table and the headline measures need nothing of their own.
 *
 * Row numbers: the first sheet's pupils keep their own rows (the report's "Tracker row" is their row
 * there, on the sheet the panel has open); pupils not on it follow its last row, and a warning says so.
 */
import { isBlankText } from '../values';
import { combinedColumns, combinedLayout, type CombinedColumn } from './combinedColumns';
import { FAMILY_ROLES, READERS, type GroupReader } from './groups';
import { listCapped, matchPupils, type MatchedPupil } from './pupilMatching';
import { readSheetPupils, type SheetToCombine } from './sheetPupils';
import type { Layout } from '../layout/schema';

export type { SheetToCombine } from './sheetPupils';
export { subjectFromSheetName } from './sheetSubject';

export interface CombinedTracker {
  layout: Layout;
  /** Values from A1: the headings in the layout's header row, then one row per pupil. */
  rows: unknown[][];
  /** What the data manager should know about how the sheets were put together, for the report's warnings. */
  warnings: string[];
}

/** `sheets[0]` is the sheet the report is built from; the others join it. Each layout must have a first data row. */
export function combineSheets(sheets: readonly SheetToCombine[]): CombinedTracker {
  const first = sheets[0];
  if (!first) throw new Error('combineSheets needs at least one sheet');
  const columns = combinedColumns(sheets);
  const names = sheets.map((sheet) => sheet.name);
  const { pupils, warnings } = matchPupils(names, sheets.map(readSheetPupils));
  const headerRow = first.layout.headerRow ?? 0;
  const dataStartRow = first.layout.dataStartRow ?? headerRow + 1;
  const layout = combinedLayout(sheets, columns, { headerRow, dataStartRow });

  const width = columns.length;
  const rows: unknown[][] = [];
  const blankRow = () => new Array<unknown>(width).fill('');
  const end = Math.max(first.rows.length, dataStartRow);
  for (let r = 0; r < end; r += 1) rows.push(blankRow());
  rows[headerRow] = layout.columns.map((column) => column.header);
  const disagreements = columns.map((): string[] => []);
  let afterFirst = 0;
  for (const pupil of pupils) {
    const onFirst = pupil.rows[0]!;
    const row = onFirst >= 0 ? rows[onFirst]! : blankRow();
    if (onFirst < 0) {
      rows.push(row);
      afterFirst += 1;
    }
    columns.forEach((column, at) => {
      row[at] = column.shared ? sharedValue(sheets, column, pupil, disagreements[at]!) : ownValue(sheets, column, pupil);
    });
  }
  columns.forEach((column, at) => {
    const who = disagreements[at]!;
    if (who.length === 0) return;
    warnings.push(
      `The sheets disagree on ${column.column.label} for ${who.length} ${who.length === 1 ? 'pupil' : 'pupils'}, ` +
        `so the first sheet's value is used: ${listCapped(who)}.`,
    );
  });
  if (afterFirst > 0) {
    warnings.push(
      `${afterFirst} ${afterFirst === 1 ? 'pupil is' : 'pupils are'} not on '${first.name}': ` +
        `in the pupil lists, tracker rows from ${end + 1} on count on below its last row.`,
    );
  }
  return { layout, rows, warnings };
}

/** A subject column's cell: from its own sheet, blank where the pupil is not on it. */
function ownValue(sheets: readonly SheetToCombine[], { from }: CombinedColumn, pupil: MatchedPupil): unknown {
  for (let sheet = 0; sheet < from.length; sheet += 1) {
    if (from[sheet]! < 0) continue;
    const row = pupil.rows[sheet]!;
    return row < 0 ? '' : (sheets[sheet]!.rows[row]?.[from[sheet]!] ?? '');
  }
  return '';
}

/**
 * An identity or flag cell: the first sheet, in the order given, with a value for the pupil. A later
 * sheet with another value is not used; the pupil is named once for the column, in a warning.
 */
function sharedValue(
  sheets: readonly SheetToCombine[],
  { column, from }: CombinedColumn,
  pupil: MatchedPupil,
  disagree: string[],
): unknown {
  let chosen: unknown = '';
  let found = false;
  for (let sheet = 0; sheet < from.length; sheet += 1) {
    const row = pupil.rows[sheet]!;
    if (from[sheet]! < 0 || row < 0) continue;
    const value = sheets[sheet]!.rows[row]?.[from[sheet]!];
    if (isBlankText(value)) continue;
    if (!found) [chosen, found] = [value, true];
    // Cells written alike are the usual case: only ones that differ are read for what they mean.
    else if (value !== chosen && meaning(column.role, value) !== meaning(column.role, chosen)) {
      disagree.push(pupil.shownClass ? `${pupil.shownName} (${pupil.shownClass})` : pupil.shownName);
      break;
    }
  }
  return chosen;
}

/** Each flag column's reader, by role: the one the report itself reads the column with. */
const READER_OF_ROLE = new Map<string, GroupReader | undefined>(
  Object.entries(FAMILY_ROLES).map(([family, role]) => [role, (READERS as Readonly<Record<string, GroupReader | undefined>>)[family]]),
);

/** What a cell says, so "Y" and "Yes" for PP, or "11 A" and "11a" for a class, are not a disagreement. */
function meaning(role: string, value: unknown): string {
  const group = READER_OF_ROLE.get(role)?.(value);
  if (group !== undefined) return `group ${group}`;
  return String(value).toLowerCase().replace(/\s+/g, '');
}
