/**
 * What locking a collection costs in Excel JS calls on the recording fake: the wide tracker (RP1 in
 * four subject blocks) at 200 and 2,000 pupils, locking RP1, locking RP2 beside it, then unlocking
 * both. For `npm run bench`; the host test checks the counts are equal at both sizes.
 */
import { detectLayout } from '../../../core/layout';
import { planLock, type LockPlan } from '../../../core/locking/lockPlan';
import type { SheetTop } from '../../../core/panel/host';
import { BENCH_SIZES } from './apiCounts';
import { excelHostOn } from './support';
import { wideTracker } from './trackers';

export function lockPlanFor(top: SheetTop, collection: string): LockPlan {
  const outcome = planLock(top, detectLayout(top.topRows), collection);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.plan;
}

/** Excel JS calls and syncs for lock RP1, lock RP2, unlock RP1, unlock RP2 on a tracker of `pupils`. */
export async function lockingCost(pupils: number): Promise<{ calls: number; syncs: number }> {
  const { host, workbook } = excelHostOn([{ name: 'Year 10', values: wideTracker(pupils) }]);
  const top = await host.activeSheet();
  const [rp1, rp2] = [lockPlanFor(top, 'RP1'), lockPlanFor(top, 'RP2')];
  workbook.resetCounts();
  await host.lockCollection!(rp1);
  await host.lockCollection!(rp2);
  await host.unlockCollection!('Year 10', 'RP1');
  await host.unlockCollection!('Year 10', 'RP2');
  return { calls: workbook.callCount, syncs: workbook.syncs };
}

/** Bench lines: Excel JS calls and syncs for lock, lock a second, unlock both, at each size. */
export async function lockingApiCounts(sizes: readonly number[] = BENCH_SIZES): Promise<{ bench: string; calls: number }[]> {
  const lines: { bench: string; calls: number }[] = [];
  for (const pupils of sizes) {
    const { calls, syncs } = await lockingCost(pupils);
    lines.push(
      { bench: `excel collection lock: Excel JS calls to lock RP1 and RP2 then unlock both, ${pupils} pupils`, calls },
      { bench: `excel collection lock: context.sync calls to lock RP1 and RP2 then unlock both, ${pupils} pupils`, calls: syncs },
    );
  }
  return lines;
}
