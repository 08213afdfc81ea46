/// <reference types="office-js" />
/**
 * The refusal for a sheet found protected just as Tracklight was about to change it. Where that
 * protection is Tracklight's own lock of finished collections, the message names them and says to
 * unlock them in the panel, not to unprotect the sheet (core/workbook/protectedSheet.ts). The lock
 * records are keyed by worksheet id, so this path alone costs one more sync, to read it.
 */
import { protectedSheetMessage } from '../../core/workbook/protectedSheet';
import { ExcelHostError, type OfficeApi } from './excelApi';
import { lockedCollectionsOn } from './lockRecords';

/** `office` left out (class sheets, written by Tracklight and never locked there): the protection is named as such. */
export async function protectedSheetError(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  sheetName: string,
  couldNot: string,
  office?: OfficeApi,
): Promise<ExcelHostError> {
  if (!office) return new ExcelHostError(protectedSheetMessage(sheetName, couldNot));
  sheet.load('id');
  await context.sync();
  return new ExcelHostError(protectedSheetMessage(sheetName, couldNot, { lockedBy: lockedCollectionsOn(office, sheet.id) }));
}
