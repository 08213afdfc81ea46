/// <reference types="google-apps-script" />
/**
 * Reading a sheet for the panel: its top rows from A1 (never more than the 15 rows detection
 * reads, and only as wide as the sheet is used), its last used row, and whether this user may
 * change it. What comes back crosses google.script.run, so it holds only plain values.
 */
import { ROWS_READ } from '../../core/layout/rowsRead';
import type { SheetTop } from '../../core/panel/host';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type PlainCell = string | number | boolean;

/**
 * google.script.run cannot return a Date (the whole answer arrives as null), and a date cell
 * comes out of getValues as one. Detection only reads text and numbers, so a date becomes its
 * calendar day as text. Sheets hands dates over in the script's time zone (Europe/London in
 * appsscript.json), so the local getters give the day the sheet shows.
 */
export function plainCell(value: unknown): PlainCell {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Object.prototype.toString.call(value) === '[object Date]') {
    const date = value as Date;
    if (Number.isNaN(date.getTime())) return '';
    const two = (part: number) => String(part).padStart(2, '0');
    return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
  }
  return value === null || value === undefined ? '' : String(value);
}

/**
 * A sheet counts as protected when a sheet-level protection stops this user editing it. A
 * protection the user may edit (they set it up, or are listed as an editor) does not stop
 * Tracklight, which acts as the user.
 */
export function isProtectedForUser(sheet: Sheet): boolean {
  return sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).some((protection) => !protection.canEdit());
}

export function readSheetTop(sheet: Sheet): SheetTop {
  const name = sheet.getName();
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  const rows = Math.min(ROWS_READ, lastRow);
  // getRange refuses zero rows or columns, and an empty sheet has nothing to read anyway.
  const topRows =
    rows > 0 && lastColumn > 0
      ? sheet
          .getRange(1, 1, rows, lastColumn)
          .getValues()
          .map((row) => row.map(plainCell))
      : [];
  return { name, topRows, lastRow, isProtected: isProtectedForUser(sheet) };
}

export const activeSheet = (): SheetTop => readSheetTop(SpreadsheetApp.getActiveSheet());

/** Every sheet in tab order, for "Colour every sheet with this layout". */
export const allSheets = (): SheetTop[] => SpreadsheetApp.getActiveSpreadsheet().getSheets().map(readSheetTop);

/** The sheet the panel named, or a message that says what happened to it. */
export function sheetNamed(name: unknown): Sheet {
  if (typeof name !== 'string' || name === '')
    throw new Error('Tracklight was not told which sheet to change. Close the sidebar, open it again, and try once more.');
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name);
  if (!sheet)
    throw new Error(
      `There is no sheet called '${name}' any more: it may have been renamed or deleted. ` +
        'Choose the sheet again, then try once more. Nothing was changed.',
    );
  return sheet;
}
