/**
 * What "Lock this collection" will do, worked out before any host call: the collection's grade
 * cells, from the first pupil row to the last, as ranges of neighbouring columns, and the mark the
 * lock carries. Every check that can stop it (no such collection, no pupils, a sheet the school
 * protects) is here, so a host either locks the whole collection or changes nothing.
 */
import { layoutCollections } from '../completion/completion';
import type { Layout, LayoutColumn } from '../layout/schema';
import { columnLetter } from '../workbook/a1';
import { lockDescription } from './lockMark';

export interface LockPlan {
  sheetName: string;
  collection: string;
  /** The collection's pupil cells, e.g. ['F4:F203', 'K4:L203']. */
  ranges: string[];
  /** The durable mark: LOCK_MARK and the collection. */
  description: string;
}

export type LockPlanOutcome = { ok: true; plan: LockPlan } | { ok: false; message: string };

/**
 * What a host says after any lock call: the collections Tracklight has locked on the sheet now, or
 * that the school protects the sheet (or a range it overlaps) itself, in which case it changed nothing.
 */
export interface LockState {
  /** Collections Tracklight has locked on the sheet, in the order the sheet has them. */
  locked: string[];
  schoolProtects: boolean;
}

interface SheetFacts {
  name: string;
  /** The last used row, counted from 1. */
  lastRow: number;
}

const NOTHING_CHANGED = 'Nothing was changed.';
const collectionOf = (column: LayoutColumn): string => column.collection ?? column.label;

/** Sorted column indexes as runs of neighbours: [5, 6, 9] -> [[5, 6], [9, 9]]. */
function runs(indexes: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const index of indexes) {
    const last = out[out.length - 1];
    if (last && last[1] + 1 === index) last[1] = index;
    else out.push([index, index]);
  }
  return out;
}

export function planLock(sheet: SheetFacts, layout: Layout, collection: string): LockPlanOutcome {
  const refuse = (reason: string, whatToDo: string): LockPlanOutcome => ({
    ok: false,
    message: `'${sheet.name}' ${reason}. ${whatToDo} ${NOTHING_CHANGED}`,
  });
  if (!layoutCollections(layout).includes(collection))
    return refuse(`has no grade columns for the collection '${collection}'`, 'Choose one of its collections, then try again.');
  if (layout.dataStartRow === null) return refuse('has no header row', 'Check the layout above, then try again.');
  const firstRow = layout.dataStartRow + 1;
  if (sheet.lastRow < firstRow) return refuse('has no pupil rows below its header row yet', 'Add pupils, then try again.');
  const indexes = layout.columns
    .filter((column) => column.role === 'grade' && collectionOf(column) === collection)
    .map((column) => column.index)
    .sort((a, b) => a - b);
  const ranges = runs(indexes).map(([first, last]) => `${columnLetter(first)}${firstRow}:${columnLetter(last)}${sheet.lastRow}`);
  return { ok: true, plan: { sheetName: sheet.name, collection, ranges, description: lockDescription(collection) } };
}
