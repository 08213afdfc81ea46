/**
 * The cost of "Build report" in Excel may not grow with pupils (issue 5): at most 4 context.sync()
 * for the whole click (reading the tracker, then adding the report), one Excel.run each, and the same
 * number of syncs and Excel JS calls for a 200-pupil and a 2,000-pupil tracker. Also how it fails:
 * plainly, and without touching any other sheet.
 */
import { describe, expect, it } from 'vitest';
import {
  BENCH_SIZES,
  excelReportApiCounts,
  excelReportBenchLines,
  excelReportCosts,
  reportPlanFor,
  sampleTracker,
  TRACKER,
} from './reportApiCounts';
import { excelHostOn } from './support';

const MAX_SYNCS_PER_REPORT = 4;

async function planned(pupils = 200) {
  const setup = excelHostOn([{ name: TRACKER, values: sampleTracker(pupils) }]);
  const { values: rows, sheetNames } = await setup.host.readValues(TRACKER);
  const plan = reportPlanFor(rows, TRACKER, sheetNames, setup.host.maxSheetName);
  setup.workbook.resetCounts();
  return { ...setup, plan };
}

describe('Excel host: API calls for a report', () => {
  it('reads and writes a report in at most 4 syncs, with the same syncs and calls at 200 and 2,000 pupils', async () => {
    const [small, large] = await excelReportCosts();
    expect([small!.pupils, large!.pupils]).toEqual([...BENCH_SIZES]);
    expect(small!.syncs).toBeLessThanOrEqual(MAX_SYNCS_PER_REPORT);
    expect(large!.syncs).toBe(small!.syncs);
    expect(large!.calls).toBe(small!.calls);
    expect([large!.readSyncs, large!.writeSyncs]).toEqual([small!.readSyncs, small!.writeSyncs]);
    // The report itself is longer for more pupils (its pupil lists): only the calls stay put.
    expect(large!.reportRows).toBeGreaterThan(small!.reportRows);
  });

  it('gives the bench the counts for 200 and 2,000 pupils, and one calls line and one syncs line per size', async () => {
    const counts = await excelReportApiCounts();
    expect(counts.map((count) => Object.keys(count).sort())).toEqual([
      ['calls', 'pupils', 'syncs'],
      ['calls', 'pupils', 'syncs'],
    ]);
    expect(counts.map((count) => count.pupils)).toEqual([200, 2000]);
    const lines = await excelReportBenchLines();
    expect(lines.map((line) => line.bench)).toEqual(
      BENCH_SIZES.flatMap((pupils) => [
        `excel build report: Excel JS calls, ${pupils} pupils`,
        `excel build report: context.sync calls, ${pupils} pupils`,
      ]),
    );
    for (const line of lines) expect(Object.keys(line).sort()).toEqual(['bench', 'calls']);
  });

  it('adds the report in one Excel.run and two syncs, reading nothing back', async () => {
    const { host, workbook, plan } = await planned();
    await host.addReportSheet(plan);
    expect([workbook.runs, workbook.syncs, workbook.valueReads.length]).toEqual([1, 2, 0]);
    // One values write, one number-format call per planned rectangle, one bold call per planned range.
    expect(workbook.callsTo('Range.values=')).toBe(1);
    expect(workbook.callsTo('Range.numberFormat=')).toBe(plan.numberFormats.reduce((sum, group) => sum + group.ranges.length, 0));
    expect(workbook.callsTo('RangeFont.bold=')).toBe(plan.boldRanges.length);
    expect(workbook.callsTo('ChartCollection.add')).toBe(plan.charts.length);
  });
});

describe('Excel host: when a report cannot be added', () => {
  it('refuses a name taken since the plan was made, says so, and changes nothing', async () => {
    const { host, workbook, plan } = await planned();
    await host.addSheet(plan.sheetName.toUpperCase(), [['Mine']]);
    const names = workbook.sheets.map((sheet) => sheet.name);
    workbook.resetCounts();
    await expect(host.addReportSheet(plan)).rejects.toThrow(
      /^Excel could not add the report sheet 'Report Year 10 2025-03-14' \(.*already exists.*\)\. Nothing in your other sheets was changed/,
    );
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(names);
    expect(workbook.sheetNamed(plan.sheetName).values()).toEqual([['Mine']]);
    expect(workbook.writes).toEqual([]);
  });

  it('keeps the figures and says what to do when Excel refuses the chart', async () => {
    const { host, workbook, plan } = await planned();
    const broken = { ...plan, charts: [{ ...plan.charts[0]!, type: 'sparkline' as never }] };
    await expect(host.addReportSheet(broken)).rejects.toThrow(
      /^The report sheet 'Report Year 10 2025-03-14' was added with all its figures, but Excel could not add its chart \(.+\)\. .*Insert > Chart/,
    );
    const report = workbook.sheetNamed(plan.sheetName);
    expect(report.values().length).toBeGreaterThan(0);
    expect(report.charts).toEqual([]);
  });
});
