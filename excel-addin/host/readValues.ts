/// <reference types="office-js" />
/**
 * The report's input in one Excel.run of two syncs: the sheet's used range (values only, so
 * formatting drawn far below the pupils is not read as rows) with every sheet's name and the open
 * sheet's name, then every value from A1 to the last used row and column (none for a blank sheet).
 */
import { columnLetter } from '../../core/layout';
import type { TrackerRead } from '../../core/panel/host';
import { runOnSheet, type ExcelApi } from './excelApi';

export function readValues(excel: ExcelApi, sheetName: string): Promise<TrackerRead> {
  const again = 'Try again; if it keeps failing, close and reopen the Tracklight pane.';
  return runOnSheet(excel, sheetName, `read '${sheetName}'`, again, async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex, columnIndex, rowCount, columnCount');
    const sheets = context.workbook.worksheets;
    sheets.load('items/name');
    const active = context.workbook.worksheets.getActiveWorksheet();
    active.load('name');
    await context.sync();
    const names = { sheetNames: sheets.items.map((each) => each.name), activeSheetName: active.name };
    if (used.isNullObject) return { values: [], ...names };

    // From A1 even when the used range starts lower or further right: the layout counts rows and columns from A1.
    const lastRow = used.rowIndex + used.rowCount;
    const lastColumn = used.columnIndex + used.columnCount - 1;
    const block = sheet.getRange(`A1:${columnLetter(lastColumn)}${lastRow}`);
    block.load('values');
    await context.sync();
    return { values: block.values as unknown[][], ...names };
  });
}
