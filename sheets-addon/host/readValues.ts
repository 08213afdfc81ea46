/// <reference types="google-apps-script" />
/**
 * "Build report" reads the whole tracker: every value from A1 to the last used row and column, in
 * one getValues call however many pupils it holds, with every sheet's name and the open sheet's.
 * Dates become their day as text, as the panel's other reads do, since google.script.run cannot
 * carry a Date.
 */
import { plainCell, sheetNamed, type PlainCell } from './sheetTops';

export function readValues(sheetName: string): { values: PlainCell[][]; sheetNames: string[]; activeSheetName: string } {
  const sheet = sheetNamed(sheetName);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const names = {
    sheetNames: spreadsheet.getSheets().map((each) => each.getName()),
    activeSheetName: spreadsheet.getActiveSheet().getName(),
  };
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  // getRange refuses zero rows or columns, and an empty sheet has nothing to read anyway.
  if (lastRow < 1 || lastColumn < 1) return { values: [], ...names };
  return {
    values: sheet
      .getRange(1, 1, lastRow, lastColumn)
      .getValues()
      .map((row) => row.map(plainCell)),
    ...names,
  };
}
