/// <reference types="office-js" />
/**
 * Locking a finished collection as Excel sheet protection (ExcelApi 1.2; getCellProperties 1.9):
 * every allow option on, so sorting, filtering, formatting and inserting rows still work, and only
 * the locked collections' cells marked locked. Before the first lock, the locked flag of every cell
 * of the used range is recorded (as compact runs, in the workbook's settings), and the last unlock
 * puts every one back and unprotects. Excel protection has no description, so the record is
 * Tracklight's mark: a protected sheet without one is the school's, never unprotected here. Calls
 * and syncs depend on the number of locked ranges, never on the number of pupils.
 */
import { lockedRanges, withLock, withoutLock, type ExcelLockRecord } from '../../core/locking/excelLockRecord';
import { LOCK_MARK } from '../../core/locking/lockMark';
import { decodeLockedRuns, encodeLockedRuns } from '../../core/locking/lockedRuns';
import type { LockPlan, LockState } from '../../core/locking/lockPlan';
import { ExcelHostError, runOnSheet, type ExcelApi, type OfficeApi } from './excelApi';
import { readLockRecords, saveLockRecords } from './lockRecords';

export const LOCKING_TOO_OLD =
  'Locking a collection needs a newer Excel (Microsoft 365, Excel 2021 or later, or Excel on the web). Nothing was changed.';

const ALLOW_ALL: Excel.WorksheetProtectionOptions = {
  allowAutoFilter: true,
  allowDeleteColumns: true,
  allowDeleteRows: true,
  allowEditObjects: true,
  allowEditScenarios: true,
  allowFormatCells: true,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowInsertColumns: true,
  allowInsertHyperlinks: true,
  allowInsertRows: true,
  allowPivotTables: true,
  allowSort: true,
};

const stateOf = (record: ExcelLockRecord | undefined, isProtected: boolean): LockState => ({
  locked: Object.keys(record?.collections ?? {}),
  schoolProtects: isProtected && !record,
});

/** Queues the sheet's id and protection; read after the next sync. */
function queueSheet(context: Excel.RequestContext, name: string) {
  const sheet = context.workbook.worksheets.getItem(name);
  sheet.load('id');
  sheet.protection.load('protected');
  return sheet;
}

/** Unlocks every cell, locks the record's ranges, and protects with every allow option on. */
function protectAs(sheet: Excel.Worksheet, record: ExcelLockRecord, wasProtected: boolean): void {
  if (wasProtected) sheet.protection.unprotect();
  sheet.getRange().format.protection.locked = false;
  for (const range of lockedRanges(record)) sheet.getRange(range).format.protection.locked = true;
  sheet.protection.protect(ALLOW_ALL);
}

export function readLocks(excel: ExcelApi, office: OfficeApi, sheetName: string): Promise<LockState> {
  return runOnSheet(excel, sheetName, `read the locks on '${sheetName}'`, 'Try again.', async (context) => {
    const sheet = queueSheet(context, sheetName);
    await context.sync();
    return stateOf(readLockRecords(office)[sheet.id], sheet.protection.protected);
  });
}

export function lockCollection(excel: ExcelApi, office: OfficeApi, plan: LockPlan, supported: boolean): Promise<LockState> {
  if (!supported) return Promise.reject(new ExcelHostError(LOCKING_TOO_OLD));
  const name = plan.sheetName;
  return runOnSheet(
    excel,
    name,
    `lock ${plan.collection} on '${name}'`,
    'Click Lock this collection again to finish.',
    async (context) => {
      const sheet = queueSheet(context, name);
      const used = sheet.getUsedRange();
      used.load('address, rowCount, columnCount');
      await context.sync();
      const records = readLockRecords(office);
      const isProtected = sheet.protection.protected;
      let record = records[sheet.id];
      if (isProtected && !record) return stateOf(undefined, true);
      if (!record) {
        const flags = used.getCellProperties({ format: { protection: true } });
        await context.sync();
        const locked = flags.value.map((row) => row.map((cell) => cell.format?.protection?.locked !== false));
        const usedRange = used.address.slice(used.address.lastIndexOf('!') + 1);
        record = {
          mark: LOCK_MARK,
          usedRange,
          rows: used.rowCount,
          columns: used.columnCount,
          flags: encodeLockedRuns(locked),
          collections: {},
        };
      }
      const next = withLock(record, plan);
      // Saved before the sheet changes: a lock that stops part-way is found, and undone, by the next Unlock.
      await saveLockRecords(office, { ...records, [sheet.id]: next });
      protectAs(sheet, next, isProtected);
      await context.sync();
      return stateOf(next, true);
    },
  );
}

export function unlockCollection(
  excel: ExcelApi,
  office: OfficeApi,
  sheetName: string,
  collection: string,
  supported: boolean,
): Promise<LockState> {
  if (!supported) return Promise.reject(new ExcelHostError(LOCKING_TOO_OLD));
  return runOnSheet(excel, sheetName, `unlock ${collection} on '${sheetName}'`, 'Click Unlock again to finish.', async (context) => {
    const sheet = queueSheet(context, sheetName);
    await context.sync();
    const records = readLockRecords(office);
    const record = records[sheet.id];
    const isProtected = sheet.protection.protected;
    if (!record || !record.collections[collection]) return stateOf(record, isProtected);
    const next = withoutLock(record, collection);
    if (lockedRanges(next).length > 0) {
      protectAs(sheet, next, isProtected);
      await context.sync();
      await saveLockRecords(office, { ...records, [sheet.id]: next });
      return stateOf(next, true);
    }
    const flags = decodeLockedRuns(record.flags, record.rows, record.columns);
    if (!flags)
      throw new ExcelHostError(`Tracklight's record of '${sheetName}' is damaged, so it cannot put the sheet back. Nothing was changed.`);
    if (isProtected) sheet.protection.unprotect();
    sheet.getRange().format.protection.locked = true;
    sheet.getRange(record.usedRange).setCellProperties(flags.map((row) => row.map((locked) => ({ format: { protection: { locked } } }))));
    await context.sync();
    const rest = { ...records };
    delete rest[sheet.id];
    await saveLockRecords(office, rest);
    return stateOf(undefined, false);
  });
}
