/**
 * What "Build report" costs in Excel JS on the recording fake, for the synthetic school's wide Year 10
 * tracker (13 pupil columns, then Target and RP1-RP3 for each subject) with 200 and with 2,000
 * pupils: readValues on the tracker, then addReportSheet with the core's real plan in between, as
 * the panel drives it. Issue 5 allows at most 4 context.sync() per report, and no call may be made
 * per pupil: the counts at both sizes must be equal. For `npm run bench`; the host tests check the same.
 */
import { detectLayout } from '../../../core/layout';
import { buildReport } from '../../../core/report';
import { reportSheetPlan, type ReportSheetPlan } from '../../../core/reportSheet';
import { generateSchool, sampleWideTrackerSheet, type SheetValue } from '../../../core/sample';
import { excelHostOn } from './support';

export const TRACKER = 'Year 10';
export const REPORT_DATE = '2025-03-14';
export const BENCH_SIZES = [200, 2000] as const;

/** The synthetic school's Year 10 with every subject: a title row, a blank row, the header on row 3. */
export const sampleTracker = (pupils: number): SheetValue[][] =>
  sampleWideTrackerSheet(generateSchool({ years: [10], pupilsPerYear: pupils }), { year: 10 });

/** What the panel does between reading the tracker and writing: detect, compute, plan for the host's name limit. */
export function reportPlanFor(
  rows: unknown[][],
  sourceSheet: string,
  existingSheetNames: readonly string[],
  maxSheetName: number,
): ReportSheetPlan {
  const report = buildReport({ layout: detectLayout(rows.slice(0, 15)), rows });
  return reportSheetPlan(report, { sourceSheet, date: REPORT_DATE, existingSheetNames, maxSheetName });
}

export interface ExcelReportCost {
  pupils: number;
  /** context.sync() round trips for the whole click: reading the tracker and adding the report. */
  syncs: number;
  /** Every other Excel JS call (methods, property writes and loads) for the whole click. */
  calls: number;
  readSyncs: number;
  writeSyncs: number;
  /** The report's own length, which does grow with pupils (its pupil lists) while the calls do not. */
  reportRows: number;
}

export async function excelReportCost(pupils: number): Promise<ExcelReportCost> {
  const { host, workbook } = excelHostOn([{ name: TRACKER, values: sampleTracker(pupils) }]);
  workbook.resetCounts();
  const { values: rows, sheetNames } = await host.readValues(TRACKER);
  const [readSyncs, readCalls] = [workbook.syncs, workbook.callCount];
  const plan = reportPlanFor(rows, TRACKER, sheetNames, host.maxSheetName);
  workbook.resetCounts();
  await host.addReportSheet(plan);
  return {
    pupils,
    syncs: readSyncs + workbook.syncs,
    calls: readCalls + workbook.callCount,
    readSyncs,
    writeSyncs: workbook.syncs,
    reportRows: plan.values.length,
  };
}

/** One entry per tracker size, 200 and 2,000 pupils. */
export async function excelReportCosts(sizes: readonly number[] = BENCH_SIZES): Promise<ExcelReportCost[]> {
  const costs: ExcelReportCost[] = [];
  for (const pupils of sizes) costs.push(await excelReportCost(pupils));
  return costs;
}

/** For npm run bench: [{ pupils: 200, syncs, calls }, { pupils: 2000, syncs, calls }], each for the whole click. */
export async function excelReportApiCounts(): Promise<{ pupils: number; syncs: number; calls: number }[]> {
  return (await excelReportCosts()).map(({ pupils, syncs, calls }) => ({ pupils, syncs, calls }));
}

/** The same as benchmark lines: `calls` for Excel JS calls and, separately, for syncs. */
export async function excelReportBenchLines(): Promise<{ bench: string; calls: number }[]> {
  const costs = await excelReportApiCounts();
  return costs.flatMap(({ pupils, syncs, calls }) => [
    { bench: `excel build report: Excel JS calls, ${pupils} pupils`, calls },
    { bench: `excel build report: context.sync calls, ${pupils} pupils`, calls: syncs },
  ]);
}
