/**
 * Locking a finished collection in the preview: protected ranges kept on the in-memory sheet, as the
 * Sheets host keeps them (core/panel/host.ts). Tracklight's are told from the school's by the core's
 * mark in the description; a sheet the school protects (isProtected) or a range of its own that the
 * lock would overlap is left alone, exactly as the real hosts leave it.
 */
import { lockedCollectionOf } from '../../core/locking/lockMark';
import type { LockPlan, LockState } from '../../core/locking/lockPlan';
import { box, overlap } from './areas';
import type { PreviewSheet } from './sheet';
import type { PreviewWorkbook } from './workbook';

function stateOf(sheet: PreviewSheet): LockState {
  const protections = sheet.protections ?? [];
  const collections = protections.map((each) => lockedCollectionOf(each.description));
  return {
    locked: [...new Set(collections.filter((each): each is string => each !== null))],
    schoolProtects: sheet.isProtected || collections.includes(null),
  };
}

/** The same rules again: the workbook's public way to say the sheet changed, so the grid draws its locks again. */
const redraw = (workbook: PreviewWorkbook, sheet: PreviewSheet) => workbook.setRules(sheet.name, sheet.rules);

export const readLocksOf = (workbook: PreviewWorkbook, sheetName: string): LockState => stateOf(workbook.sheet(sheetName));

export function lockCollectionIn(workbook: PreviewWorkbook, plan: LockPlan): LockState {
  const sheet = workbook.sheet(plan.sheetName);
  const protections = sheet.protections ?? [];
  const schools = protections.filter((each) => lockedCollectionOf(each.description) === null).map((each) => box(each.range));
  if (sheet.isProtected || plan.ranges.some((range) => schools.some((school) => overlap(box(range), school))))
    return { ...stateOf(sheet), schoolProtects: true };
  sheet.protections = [
    ...protections.filter((each) => lockedCollectionOf(each.description) !== plan.collection),
    ...plan.ranges.map((range) => ({ range, description: plan.description })),
  ];
  redraw(workbook, sheet);
  return stateOf(sheet);
}

export function unlockCollectionIn(workbook: PreviewWorkbook, sheetName: string, collection: string): LockState {
  const sheet = workbook.sheet(sheetName);
  sheet.protections = (sheet.protections ?? []).filter((each) => lockedCollectionOf(each.description) !== collection);
  redraw(workbook, sheet);
  return stateOf(sheet);
}
