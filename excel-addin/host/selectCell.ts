/// <reference types="office-js" />
/**
 * A missing pupil's link in "Who still has to enter": selects the cell their grade goes in. One
 * Excel.run, one sync. The sheet is activated first, in the same batch, so the selection is made
 * on the sheet being shown whichever sheet was open; activating the open sheet changes nothing.
 */
import { runOnSheet, type ExcelApi } from './excelApi';

export function selectCell(excel: ExcelApi, sheetName: string, a1: string): Promise<void> {
  const again = 'Nothing was changed. Open the sheet and go to the cell yourself, or try again.';
  return runOnSheet(excel, sheetName, `select ${a1} on '${sheetName}'`, again, async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(a1).select();
    await context.sync();
  });
}
