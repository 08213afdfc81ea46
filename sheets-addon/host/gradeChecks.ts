/// <reference types="google-apps-script" />
/**
 * "Check grades as they are typed" as Sheets data validation: each planned grade column gets a
 * requireValueInList rule with a dropdown, allowInvalid (a warning, so what a teacher types is
 * kept) and help text carrying the core's mark, which is how Tracklight's checks are told from
 * the school's (core/validation/gradeCheckMark.ts). A column with any cell of other validation is
 * left whole. Sheets reads a column's validation in one call (getDataValidations) and sets it in
 * one (setDataValidation), so the calls to the spreadsheet depend on the columns, not the pupils;
 * reading a DataValidation Sheets has already returned is no round trip.
 */
import { gradeChecksPlanSchema } from '../../core/validation/schema';
import type { GradeChecksApplied, GradeCheckColumn } from '../../core/validation/gradeChecksPlan';
import { isTracklightGradeCheck } from '../../core/validation/gradeCheckMark';
import { protectedSheetMessage } from '../../core/workbook/protectedSheet';
import { readSent, refusal } from './errors';
import { isProtectedForUser, sheetNamed } from './sheetTops';

type Validation = GoogleAppsScript.Spreadsheet.DataValidation;
type Range = GoogleAppsScript.Spreadsheet.Range;

const UNREADABLE =
  'Tracklight could not read which grades to check. Close the sidebar, open it again, and try once more. Nothing was changed.';

const isOurs = (validation: Validation): boolean =>
  validation.getCriteriaType() === SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST && isTracklightGradeCheck(validation.getHelpText());

/** Any cell holding validation that is not Tracklight's. */
const holdsTheirs = (range: Range): boolean =>
  range.getDataValidations().some((row) => row.some((cell) => cell !== null && !isOurs(cell)));

export function applyGradeChecks(sent: unknown): GradeChecksApplied {
  const plan = readSent(gradeChecksPlanSchema, sent, UNREADABLE);
  const sheet = sheetNamed(plan.sheetName);
  if (isProtectedForUser(sheet)) throw new Error(protectedSheetMessage(plan.sheetName, 'Tracklight cannot add grade checks to it'));
  const rule = SpreadsheetApp.newDataValidation()
    .requireValueInList(plan.labels, true)
    .setAllowInvalid(true)
    .setHelpText(plan.helpText)
    .build();
  const leftAlone: GradeCheckColumn[] = [];
  const writable = plan.columns
    .map((column) => ({ column, range: sheet.getRange(column.range) }))
    .filter(({ column, range }) => (holdsTheirs(range) ? (leftAlone.push(column), false) : true));
  writable.forEach(({ range }, index) => {
    try {
      range.setDataValidation(rule);
    } catch (error) {
      const done = index === 0 ? 'Nothing was changed.' : 'Click Check grades again to finish.';
      throw refusal(`add grade checks to '${plan.sheetName}'`, error, done);
    }
  });
  return { checked: writable.length, leftAlone };
}

/** Runs of rows (1-based) in one column of `cells` that hold Tracklight's checks. */
function ourRuns(cells: (Validation | null)[][], column: number): { first: number; count: number }[] {
  const runs: { first: number; count: number }[] = [];
  cells.forEach((row, index) => {
    const cell = row[column] ?? null;
    if (cell === null || !isOurs(cell)) return;
    const last = runs[runs.length - 1];
    if (last && last.first + last.count === index + 1) last.count += 1;
    else runs.push({ first: index + 1, count: 1 });
  });
  return runs;
}

/** Takes Tracklight's checks off every cell that holds one; the school's cells, even in the same column, keep theirs. */
export function removeGradeChecks(sheetName: string): { removed: number } {
  const sheet = sheetNamed(sheetName);
  const columns = sheet.getLastColumn();
  if (columns === 0) return { removed: 0 };
  const cells = sheet.getRange(1, 1, sheet.getMaxRows(), columns).getDataValidations();
  const byColumn = Array.from({ length: columns }, (_, column) => ({ column: column + 1, runs: ourRuns(cells, column) })).filter(
    ({ runs }) => runs.length > 0,
  );
  if (byColumn.length > 0 && isProtectedForUser(sheet))
    throw new Error(protectedSheetMessage(sheetName, 'Tracklight cannot remove its grade checks'));
  try {
    for (const { column, runs } of byColumn)
      for (const { first, count } of runs) sheet.getRange(first, column, count, 1).clearDataValidations();
  } catch (error) {
    throw refusal(`remove Tracklight's grade checks from '${sheetName}'`, error, 'Click Remove grade checks again to finish.');
  }
  return { removed: byColumn.length };
}
