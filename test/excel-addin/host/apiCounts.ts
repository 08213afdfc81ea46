/**
 * What colouring one sheet costs in Excel JS calls, on the recording fake: a wide tracker with
 * 12 grade columns (four subject blocks) at 200 and at 2,000 pupils. For `npm run bench`; the
 * host tests check the same numbers: at most 3 syncs per sheet, and equal counts at both sizes.
 */
import { excelHostOn } from './support';
import { planFor, wideTracker } from './trackers';

export interface ColouringCost {
  pupils: number;
  gradeColumns: number;
  /** Rules added: four per block of grade columns that share a target. */
  rules: number;
  /** context.sync() round trips. */
  syncs: number;
  /** Every other Excel JS call: methods, property writes and loads. */
  calls: number;
}

export const BENCH_SIZES = [200, 2000] as const;
const GRADE_COLUMNS = 12;

/** Colours a freshly read sheet of each size (the panel has already read it) and counts only the colouring. */
export async function excelColouringCosts(sizes: readonly number[] = BENCH_SIZES): Promise<ColouringCost[]> {
  const costs: ColouringCost[] = [];
  for (const pupils of sizes) {
    const { host, workbook } = excelHostOn([{ name: 'Year 10', values: wideTracker(pupils) }]);
    const plan = planFor(await host.activeSheet());
    workbook.resetCounts();
    const { added } = await host.applyColouring(plan);
    costs.push({ pupils, gradeColumns: GRADE_COLUMNS, rules: added, syncs: workbook.syncs, calls: workbook.callCount });
  }
  return costs;
}

/** The same as benchmark lines: `calls` for API calls and, separately, for syncs. */
export async function excelColouringBenchLines(): Promise<{ bench: string; calls: number }[]> {
  const costs = await excelColouringCosts();
  return costs.flatMap(({ pupils, gradeColumns, syncs, calls }) => [
    { bench: `excel colour sheet: Excel JS calls, ${pupils} pupils x ${gradeColumns} grade columns`, calls },
    { bench: `excel colour sheet: context.sync calls, ${pupils} pupils x ${gradeColumns} grade columns`, calls: syncs },
  ]);
}
