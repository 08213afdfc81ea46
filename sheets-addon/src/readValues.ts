/// <reference types="google-apps-script" />
/**
 * "Build report" reads the whole tracker: every value from A1 to the last used row and column, in
 * one getValues call however many pupils it holds. Dates become their day as text, as the panel's
 * other reads do, since google.script.run cannot carry a Date.
 */
import { plainCell, sheetNamed, type PlainCell } from './sheetTop';

export function readValues(sheetName: string): PlainCell[][] {
  const sheet = sheetNamed(sheetName);
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  // getRange refuses zero rows or columns, and an empty sheet has nothing to read anyway.
  if (lastRow < 1 || lastColumn < 1) return [];
  return sheet.getRange(1, 1, lastRow, lastColumn).getValues().map((row) => row.map(plainCell));
}
