/// <reference types="office-js" />
/**
 * "Insert a sample tracker": a new sheet holding rows the core made, written as values (never as
 * formulas) and then shown. One sync. The core has already made the name unique and every text
 * that starts with = + - or @ literal (asLiteralRows), so this only translates.
 */
import { columnLetter } from '../../core/layout';
import type { WritableCell } from '../../core/workbook/literalCells';
import { rectangle } from '../../core/workbook/rectangle';
import { runOnSheet, type ExcelApi } from './excelApi';

export function addSheet(excel: ExcelApi, name: string, rows: WritableCell[][]): Promise<void> {
  const { cells, width } = rectangle(rows);
  const retry = 'Nothing in your other sheets was changed. Try again; if a half-filled sheet was left, delete it first.';
  return runOnSheet(excel, name, `add the sheet '${name}'`, retry, async (context) => {
    const sheet = context.workbook.worksheets.add(name);
    if (cells.length > 0 && width > 0) {
      sheet.getRange(`A1:${columnLetter(width - 1)}${cells.length}`).values = cells;
    }
    sheet.activate();
    await context.sync();
  });
}
