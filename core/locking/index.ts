/** "Lock a finished collection": the plan, and the mark that finds Tracklight's locks again. */
export { planLock, type LockPlan, type LockPlanOutcome, type LockState } from './lockPlan';
export { LOCK_MARK, lockDescription, lockedCollectionOf } from './lockMark';
export { lockPlanSchema } from './schema';
export { encodeLockedRuns, decodeLockedRuns } from './lockedRuns';
export {
  EXCEL_LOCKS_KEY,
  excelLockRecordSchema,
  readExcelLockRecords,
  withLock,
  withoutLock,
  lockedRanges,
  type ExcelLockRecord,
} from './excelLockRecord';
