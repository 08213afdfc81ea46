/**
 * What locking a collection costs in Apps Script calls on the recording fake: the wide tracker
 * (four subjects, RP1 in four columns) at 200 and 2,000 pupils, locking RP1, locking it again, then
 * unlocking it, through the built Code.js exactly as the sidebar calls it. For `npm run bench`; the
 * host test checks the counts are equal at both sizes. Needs dist/sheets (node build.mjs).
 */
import { detectLayout } from '../../../core/layout';
import { planLock, type LockPlan } from '../../../core/locking/lockPlan';
import type { SheetTop } from '../../../core/panel/host';
import { BENCH_SIZES } from '../../excel-addin/host/apiCounts';
import { loadHost } from './hostBundle';
import { wideTracker } from './trackers';

export const LOCKED_SHEET = 'Year 10';

export function lockPlanFor(top: SheetTop, collection: string): LockPlan {
  const outcome = planLock(top, detectLayout(top.topRows), collection);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.plan;
}

/** Every Apps Script call of lock, lock again and unlock, in order, for one tracker of `pupils`. */
export function lockingCalls(pupils: number): string[] {
  const server = loadHost([{ name: LOCKED_SHEET, values: wideTracker(pupils) }]);
  const plan = lockPlanFor(server.run<SheetTop>('activeSheet'), 'RP1');
  server.fake.resetCalls();
  server.run('lockCollection', plan);
  server.run('lockCollection', plan);
  server.run('unlockCollection', LOCKED_SHEET, 'RP1');
  return server.fake.calls.map((call) => call.member);
}

/** Bench lines: Apps Script calls for lock, lock again and unlock at each size. */
export function lockingApiCounts(sizes: readonly number[] = BENCH_SIZES): { bench: string; calls: number }[] {
  return sizes.map((pupils) => ({
    bench: `sheets collection lock: Apps Script calls to lock, lock again and unlock RP1, ${pupils} pupils`,
    calls: lockingCalls(pupils).length,
  }));
}
