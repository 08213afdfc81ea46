/**
 * Apps Script calls that "Build report" costs on the synthetic school's wide Year 10 tracker (13
 * pupil columns, then Target and RP1-RP3 for each subject) with 200 and with 2,000 pupils: the
 * built Code.js on the recording fake, reading the tracker then writing the report, exactly as the
 * sidebar drives it, with a real plan from the core in between. The counts must be equal: no call
 * may be made per pupil. Needs dist/sheets (npm run build); npm run bench prints these.
 */
import { detectLayout } from '../../../core/layout';
import { buildReport } from '../../../core/report';
import { reportSheetPlan, type ReportSheetPlan } from '../../../core/reportSheet';
import { generateSchool, sampleWideTrackerSheet, type SheetValue } from '../../../core/sample';
import { SHEET_NAME_LIMIT } from '../../../core/workbook/sheetNames';
import { loadHost } from './hostBundle';

export const TRACKER = 'Year 10';
export const REPORT_DATE = '2025-03-14';

/** The synthetic school's Year 10 with every subject: a title row, a blank row, the header on row 3. */
export const sampleTracker = (pupils: number): SheetValue[][] =>
  sampleWideTrackerSheet(generateSchool({ years: [10], pupilsPerYear: pupils }), { year: 10 });

/** What the panel does between reading the tracker and writing: detect, compute, plan for Sheets' name limit. */
export function reportPlanFor(rows: unknown[][], sourceSheet: string, existingSheetNames: readonly string[]): ReportSheetPlan {
  const report = buildReport({ layout: detectLayout(rows.slice(0, 15)), rows });
  return reportSheetPlan(report, { sourceSheet, date: REPORT_DATE, existingSheetNames, maxSheetName: SHEET_NAME_LIMIT.sheets });
}

export interface ReportCost {
  pupils: number;
  /** Every SpreadsheetApp, Sheet, Range, RangeList and chart-builder call for the whole click. */
  calls: number;
  readCalls: number;
  writeCalls: number;
  /** The report's own length, which does grow with pupils (its pupil lists). */
  reportRows: number;
}

export function reportCost(pupils: number): ReportCost {
  const host = loadHost([{ name: TRACKER, values: sampleTracker(pupils) }]);
  const rows = host.run<{ values: unknown[][] }>('readValues', TRACKER).values;
  const readCalls = host.fake.calls.length;
  const plan = reportPlanFor(rows, TRACKER, host.fake.sheetNames());
  host.fake.resetCalls();
  host.run('addReportSheet', plan);
  const writeCalls = host.fake.calls.length;
  return { pupils, calls: readCalls + writeCalls, readCalls, writeCalls, reportRows: plan.values.length };
}

/** For npm run bench: one entry per tracker size. */
export const sheetsReportApiCounts = (): { pupils: number; calls: number }[] =>
  [200, 2000].map((pupils) => ({ pupils, calls: reportCost(pupils).calls }));
