/// <reference types="office-js" />
/**
 * The report's input: every value of a sheet from A1 to its last used row and column. Values only,
 * so formatting drawn far below the pupils is not read as rows. One Excel.run and two syncs: one
 * for the used range's extent, one for the values (none for a blank sheet).
 */
import { columnLetter } from '../../core/layout';
import { runOnSheet, type ExcelApi } from './excelApi';

export function readValues(excel: ExcelApi, sheetName: string): Promise<unknown[][]> {
  const again = 'Try again; if it keeps failing, close and reopen the Tracklight pane.';
  return runOnSheet(excel, sheetName, `read '${sheetName}'`, again, async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load('rowIndex, columnIndex, rowCount, columnCount');
    await context.sync();
    if (used.isNullObject) return [];

    // From A1 even when the used range starts lower or further right: the layout counts rows and columns from A1.
    const lastRow = used.rowIndex + used.rowCount;
    const lastColumn = used.columnIndex + used.columnCount - 1;
    const block = sheet.getRange(`A1:${columnLetter(lastColumn)}${lastRow}`);
    block.load('values');
    await context.sync();
    return block.values as unknown[][];
  });
}
