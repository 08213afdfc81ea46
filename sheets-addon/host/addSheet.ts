/// <reference types="google-apps-script" />
/**
 * "Insert a sample tracker": a new sheet holding rows the core prepared. The core has already
 * made the name unique and put an apostrophe before any text that looks like a formula, which
 * Sheets reads as "this is text", so one setValues writes every cell as a value.
 */
import { writableRowsSchema, type WritableCell } from '../../core/workbook/literalCells';
import { rectangle } from '../../core/workbook/rectangle';
import { readSent } from './errors';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const UNREADABLE =
  'Tracklight could not read the rows for the new sheet. Close the sidebar, open it again, and try once more. Nothing was changed.';

/** A new sheet has 1,000 rows and 26 columns; a sample year group can be wider or longer. */
function makeRoom(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/** Sheets makes the inserted sheet the active one, so the user sees it straight away. */
export function addSheet(name: string, rows: WritableCell[][]): void {
  const { cells, width } = rectangle(readSent(writableRowsSchema, rows, UNREADABLE));
  if (typeof name !== 'string' || name.trim() === '') throw new Error('The new sheet needs a name. Nothing was changed.');
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (spreadsheet.getSheetByName(name))
    throw new Error(`A sheet called '${name}' already exists, and Tracklight never writes over a sheet. Nothing was changed.`);
  const sheet = spreadsheet.insertSheet(name);
  if (cells.length === 0 || width === 0) return;
  makeRoom(sheet, cells.length, width);
  sheet.getRange(1, 1, cells.length, width).setValues(cells);
}
