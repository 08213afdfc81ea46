/**
 * Issue 12: a report on several sheets costs Excel at most 4 context.sync() for the sheet the panel
 * shows (read it, add the report) and 2 more for each extra sheet read, whatever the pupil count: the
 * panel reads each ticked sheet with the same readValues (core/panel/severalSheets.ts), combines them
 * in core, and writes one report sheet.
 */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../core/layout';
import { buildReport } from '../../../core/report';
import { combineSheets } from '../../../core/report/combineSheets';
import { reportSheetPlan } from '../../../core/reportSheet';
import { yearGroupSheets } from '../../../dev/preview/yearGroupSheets';
import { excelHostOn } from './support';

const MOST_SYNCS_ONE_SHEET = 4;
const SYNCS_PER_EXTRA_SHEET = 2;

async function reportOnAllSheets() {
  const sheets = yearGroupSheets();
  const { host, workbook } = excelHostOn(sheets.map(({ name, rows }) => ({ name, values: rows })));
  workbook.resetCounts();
  const read = [];
  for (const { name } of sheets) {
    const { values, sheetNames } = await host.readValues(name);
    read.push({ name, rows: values, layout: detectLayout(values.slice(0, 15)), sheetNames });
  }
  const combined = combineSheets(read);
  const report = buildReport({ layout: combined.layout, rows: combined.rows });
  const plan = reportSheetPlan(report, {
    sourceSheet: `${sheets[0]!.name} + ${sheets.length - 1} sheets`,
    date: '2025-03-14',
    existingSheetNames: read[0]!.sheetNames,
    maxSheetName: host.maxSheetName,
  });
  const before = workbook.sheets.map((sheet) => ({ name: sheet.name, values: sheet.values() }));
  await host.addReportSheet(plan);
  return { sheets, workbook, plan, before };
}

describe('Excel host: a report on several sheets', () => {
  it('reads each extra sheet in 2 syncs, and adds one report sheet leaving every tracker as it was', async () => {
    const { sheets, workbook, plan, before } = await reportOnAllSheets();
    expect(sheets).toHaveLength(3);
    expect(workbook.runs).toBe(sheets.length + 1);
    expect(workbook.syncs).toBeLessThanOrEqual(MOST_SYNCS_ONE_SHEET + SYNCS_PER_EXTRA_SHEET * (sheets.length - 1));
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual([...before.map((sheet) => sheet.name), plan.sheetName]);
    for (const sheet of before) expect(workbook.sheetNamed(sheet.name).values()).toEqual(sheet.values);
    expect(workbook.callsTo('ChartCollection.add')).toBe(plan.charts.length);
  });
});
