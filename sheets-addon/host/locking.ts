/// <reference types="google-apps-script" />
/**
 * Locking a finished collection as Sheets protected ranges: one per planned range, warning only
 * (a teacher who really means to change a grade is asked first, never stopped), with the core's
 * mark as its description, which is how Tracklight's locks are told from the school's
 * (core/locking/lockMark.ts). "Only I can edit" is not offered: naming the user as the only editor
 * needs Session.getEffectiveUser(), which needs the userinfo.email scope, and Tracklight asks for
 * spreadsheets.currentonly alone. Any protection that is not Tracklight's, on the sheet or on a range
 * the lock would overlap, means the school protects it: nothing is protected or unprotected then.
 */
import { lockedCollectionOf } from '../../core/locking/lockMark';
import type { LockState } from '../../core/locking/lockPlan';
import { lockPlanSchema } from '../../core/locking/schema';
import { readSent, refusal } from './errors';
import { sheetNamed } from './sheetTops';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type Range = GoogleAppsScript.Spreadsheet.Range;

const UNREADABLE =
  'Tracklight could not read which collection to lock. Close the sidebar, open it again, and try once more. Nothing was changed.';

interface Box {
  row: number;
  column: number;
  lastRow: number;
  lastColumn: number;
}
const boxOf = (range: Range): Box => ({
  row: range.getRow(),
  column: range.getColumn(),
  lastRow: range.getRow() + range.getNumRows() - 1,
  lastColumn: range.getColumn() + range.getNumColumns() - 1,
});
const overlap = (a: Box, b: Box) => a.row <= b.lastRow && b.row <= a.lastRow && a.column <= b.lastColumn && b.column <= a.lastColumn;

/** The sheet's range protections, each with the collection it locks (null: the school's). */
function rangeLocks(sheet: Sheet): { protection: Protection; collection: string | null }[] {
  return sheet
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .map((protection) => ({ protection, collection: lockedCollectionOf(protection.getDescription()) }));
}

/** Collections in the order their first lock comes, each once. */
const collections = (locks: { collection: string | null }[]): string[] => [
  ...new Set(locks.flatMap(({ collection }) => (collection === null ? [] : [collection]))),
];

/** Any sheet protection at all is the school's: Tracklight never protects a whole sheet in Sheets. */
const sheetProtected = (sheet: Sheet) => sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0;

export function readLocks(sheetName: string): LockState {
  const sheet = sheetNamed(sheetName);
  const locks = rangeLocks(sheet);
  return { locked: collections(locks), schoolProtects: sheetProtected(sheet) || locks.some(({ collection }) => collection === null) };
}

export function lockCollection(sent: unknown): LockState {
  const plan = readSent(lockPlanSchema, sent, UNREADABLE);
  const sheet = sheetNamed(plan.sheetName);
  const locks = rangeLocks(sheet);
  const targets = plan.ranges.map((a1) => sheet.getRange(a1));
  const schools = locks.filter(({ collection }) => collection === null).map(({ protection }) => boxOf(protection.getRange()));
  if (sheetProtected(sheet) || targets.some((range) => schools.some((box) => overlap(boxOf(range), box))))
    return { locked: collections(locks), schoolProtects: true };
  try {
    // Tracklight's earlier lock of this collection goes first, so locking twice leaves one lock (and pupils added since are in it).
    for (const { protection, collection } of locks) if (collection === plan.collection) protection.remove();
    for (const range of targets) range.protect().setDescription(plan.description).setWarningOnly(true);
  } catch (error) {
    throw refusal(`lock ${plan.collection} on '${plan.sheetName}'`, error, 'Click Lock this collection again to finish.');
  }
  const others = collections(locks).filter((collection) => collection !== plan.collection);
  return { locked: [...others, plan.collection], schoolProtects: false };
}

export function unlockCollection(sheetName: string, collection: string): LockState {
  const sheet = sheetNamed(sheetName);
  const locks = rangeLocks(sheet);
  try {
    for (const lock of locks) if (lock.collection === collection) lock.protection.remove();
  } catch (error) {
    throw refusal(`unlock ${collection} on '${sheetName}'`, error, 'Click Unlock again to finish.');
  }
  const left = locks.filter((lock) => lock.collection !== collection);
  return {
    locked: collections(left),
    schoolProtects: sheetProtected(sheet) || left.some((lock) => lock.collection === null),
  };
}
