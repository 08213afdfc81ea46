/**
 * What the Excel host keeps in the workbook's settings about its locks, one record per worksheet (by
 * its id, which survives a rename): the mark, the used range and its locked flags as they were before
 * Tracklight's first lock (as compact runs), and the ranges of each collection locked now. Excel sheet
 * protection carries no description, so this record is Tracklight's durable mark there: a protected
 * sheet with no record is the school's. Pure: the host reads and writes the record, this decides.
 */
import * as z from 'zod/mini';
import '../schema';
import { LOCK_MARK } from './lockMark';
import type { LockPlan } from './lockPlan';

/** The key in Office's document settings, beside the panel's own 'tracklight'. */
export const EXCEL_LOCKS_KEY = 'tracklightLocks';

export const excelLockRecordSchema = z.object({
  mark: z.literal(LOCK_MARK),
  /** The used range before the first lock, e.g. 'A1:U203', and its cells' locked flags (lockedRuns.ts). */
  usedRange: z.string(),
  rows: z.number(),
  columns: z.number(),
  flags: z.string(),
  /** Collection -> the ranges locked for it. */
  collections: z.record(z.string(), z.array(z.string())),
});
export type ExcelLockRecord = z.infer<typeof excelLockRecordSchema>;

/** Worksheet id -> its record; anything unreadable is left out, so a damaged record is never restored from. */
export function readExcelLockRecords(stored: unknown): Record<string, ExcelLockRecord> {
  if (typeof stored !== 'object' || stored === null) return {};
  const records: Record<string, ExcelLockRecord> = {};
  for (const [id, value] of Object.entries(stored)) {
    const read = z.safeParse(excelLockRecordSchema, value);
    if (read.success) records[id] = read.data;
  }
  return records;
}

/** The record with the plan's collection locked (its ranges replaced, so locking twice changes nothing more). */
export const withLock = (record: ExcelLockRecord, plan: LockPlan): ExcelLockRecord => ({
  ...record,
  collections: { ...record.collections, [plan.collection]: [...plan.ranges] },
});

export function withoutLock(record: ExcelLockRecord, collection: string): ExcelLockRecord {
  const collections = { ...record.collections };
  delete collections[collection];
  return { ...record, collections };
}

/** Every range that is to be locked under this record. */
export const lockedRanges = (record: ExcelLockRecord): string[] => Object.values(record.collections).flat();
