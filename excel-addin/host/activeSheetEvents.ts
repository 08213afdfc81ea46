/// <reference types="office-js" />
/**
 * Lets the panel follow the user from sheet to sheet: Excel's worksheets.onActivated (ExcelApi 1.7)
 * calls the listener whenever another sheet is opened. The handler is registered in one Excel.run
 * and stays registered after it ends, for as long as the pane is open.
 * Where Excel is too old for the event, or refuses it, nothing is lost: the panel's
 * "Read the active sheet again" button does the same by hand, so the failure is not shown.
 */
import type { ExcelApi } from './excelApi';

export function followActiveSheet(excel: ExcelApi, listener: () => void): void {
  excel
    .run(async (context) => {
      context.workbook.worksheets.onActivated.add(async () => listener());
      await context.sync();
    })
    .catch(() => undefined);
}
