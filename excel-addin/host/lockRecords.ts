/// <reference types="office-js" />
/**
 * Where the Excel host keeps its lock records: Office's document settings, under their own key
 * (core/locking/excelLockRecord.ts), so the panel's own settings and these never write over each
 * other. set() changes Office's in-memory copy; saveAsync writes it into the workbook.
 */
import { EXCEL_LOCKS_KEY, readExcelLockRecords, type ExcelLockRecord } from '../../core/locking/excelLockRecord';
import type { OfficeApi } from './excelApi';

export const readLockRecords = (office: OfficeApi): Record<string, ExcelLockRecord> =>
  readExcelLockRecords(office.context.document.settings.get(EXCEL_LOCKS_KEY));

export function saveLockRecords(office: OfficeApi, records: Record<string, ExcelLockRecord>): Promise<void> {
  const store = office.context.document.settings;
  return new Promise((resolve, reject) => {
    store.set(EXCEL_LOCKS_KEY, records);
    store.saveAsync((result) => {
      if (result.status === office.AsyncResultStatus.Succeeded) return resolve();
      const reason = result.error?.message?.trim() || 'Excel gave no reason';
      reject(new Error(`Excel could not save which collections are locked in this workbook (${reason}). Nothing was changed.`));
    });
  });
}
