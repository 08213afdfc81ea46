/// <reference types="office-js" />
/**
 * "Insert a sample tracker": a new sheet holding rows the core made, written as values (never as
 * formulas) and then shown. One sync. The core has already made the name unique and every text
 * that starts with = + - or @ literal (asLiteralRows), so this only translates.
 */
import { columnLetter } from '../../core/layout';
import type { WritableCell } from '../../core/workbook/literalCells';
import { runOnSheet, type ExcelApi } from './excelApi';

/** Excel takes a block of values only when every row is as wide as the block: short rows get blanks. */
function rectangular(rows: WritableCell[][], width: number): WritableCell[][] {
  return rows.map((row) => (row.length === width ? row : [...row, ...new Array<WritableCell>(width - row.length).fill('')]));
}

export function addSheet(excel: ExcelApi, name: string, rows: WritableCell[][]): Promise<void> {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const retry = 'Nothing in your other sheets was changed. Try again; if a half-filled sheet was left, delete it first.';
  return runOnSheet(excel, name, `add the sheet '${name}'`, retry, async (context) => {
    const sheet = context.workbook.worksheets.add(name);
    if (rows.length > 0 && width > 0) {
      sheet.getRange(`A1:${columnLetter(width - 1)}${rows.length}`).values = rectangular(rows, width);
    }
    sheet.activate();
    await context.sync();
  });
}
