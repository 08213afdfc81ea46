/// <reference types="office-js" />
/**
 * Where the Excel host keeps its lock records: Office's document settings, under their own key
 * (core/locking/excelLockRecord.ts), so the panel's own settings and these never write over each
 * other.
 */
import { EXCEL_LOCKS_KEY, readExcelLockRecords, type ExcelLockRecord } from '../../core/locking/excelLockRecord';
import { saveDocumentSetting } from './documentSettings';
import type { OfficeApi } from './excelApi';

export const readLockRecords = (office: OfficeApi): Record<string, ExcelLockRecord> =>
  readExcelLockRecords(office.context.document.settings.get(EXCEL_LOCKS_KEY));

/** The collections Tracklight has locked on the worksheet with this id; none where it has no record (its protection is the school's). */
export const lockedCollectionsOn = (office: OfficeApi, sheetId: string): string[] =>
  Object.keys(readLockRecords(office)[sheetId]?.collections ?? {});

export function saveLockRecords(office: OfficeApi, records: Record<string, ExcelLockRecord>): Promise<void> {
  return saveDocumentSetting(
    office,
    EXCEL_LOCKS_KEY,
    records,
    (reason) => `Excel could not save which collections are locked in this workbook (${reason}). Nothing was changed.`,
  );
}
