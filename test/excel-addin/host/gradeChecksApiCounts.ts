/**
 * What "Check grades as they are typed" costs in Excel JS calls on the recording fake: the wide
 * tracker (12 grade columns) at 200 and 2,000 pupils. For `npm run bench`; the host test checks the
 * counts are equal at both sizes.
 */
import { gradeSettingsSchema } from '../../../core/grades/gradeSettings';
import { detectLayout } from '../../../core/layout';
import type { SheetTop } from '../../../core/panel/host';
import { planGradeChecks, type GradeChecksPlan } from '../../../core/validation/gradeChecksPlan';
import { BENCH_SIZES } from './apiCounts';
import { excelHostOn } from './support';
import { wideTracker } from './trackers';

export function gradeChecksPlanFor(top: SheetTop, scale = gradeSettingsSchema.parse({})): GradeChecksPlan {
  const outcome = planGradeChecks(top, detectLayout(top.topRows), scale);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.plan;
}

/** Bench lines: Excel JS calls and syncs for one "Check grades as they are typed" at each size. */
export async function gradeChecksApiCounts(sizes: readonly number[] = BENCH_SIZES): Promise<{ bench: string; calls: number }[]> {
  const lines: { bench: string; calls: number }[] = [];
  for (const pupils of sizes) {
    const { host, workbook } = excelHostOn([{ name: 'Year 10', values: wideTracker(pupils) }]);
    const plan = gradeChecksPlanFor(await host.activeSheet());
    workbook.resetCounts();
    await host.applyGradeChecks(plan);
    lines.push(
      { bench: `excel grade checks: Excel JS calls, ${pupils} pupils x ${plan.columns.length} grade columns`, calls: workbook.callCount },
      { bench: `excel grade checks: context.sync calls, ${pupils} pupils x ${plan.columns.length} grade columns`, calls: workbook.syncs },
    );
  }
  return lines;
}
