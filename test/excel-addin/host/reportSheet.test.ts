/**
 * "Build report" through the Excel host on the recording fake, with the core's real plan for the
 * synthetic school's Year 10 tracker read back through the host: the new sheet holds exactly the
 * plan's values (formula-looking text as text), its number formats, bold cells, column widths and one
 * native chart exactly as planned; it is named exactly plan.sheetName and shown; every other sheet's
 * values, rules, formats and charts are unchanged.
 */
import { describe, expect, it } from 'vitest';
import type { ReportSheetPlan } from '../../../core/reportSheet';
import { EXCEL_CHART_TYPES } from '../../../excel-addin/host/reportSheet';
import type { SheetValue } from '../../../core/sample';
import { DEFAULT_COLUMN_WIDTH, ROW_HEIGHT, type FakeChart, type FakeSheetSeed } from '../../fakes/excelFake';
import { columnIndex, formatAddress, parseAddress } from '../../fakes/excelFakeA1';
import { reportPlanFor, sampleTracker, TRACKER } from './reportApiCounts';
import { shownRows } from '../../core/workbook/shown';
import { excelHostOn } from './support';

/** Excel measures column widths and chart sizes in points: 72 to the inch against 96 pixels. */
const points = (pixels: number) => (pixels * 72) / 96;

/** Every cell of an A1 range, as single-cell addresses. */
function cellsOf(address: string): string[] {
  const rect = parseAddress(address);
  return Array.from({ length: rect.rows * rect.columns }, (_, i) =>
    formatAddress({ row: rect.row + Math.floor(i / rect.columns), column: rect.column + (i % rect.columns), rows: 1, columns: 1 }),
  );
}

/** Surnames as some MIS exports hold them: text that Excel would read as a formula if written plainly. */
function withFormulaLookingNames(rows: SheetValue[][]): SheetValue[][] {
  const surname = rows[2]!.indexOf('Surname');
  return rows.map((row, r) => (r < 3 ? row : row.map((value, c) => (c === surname ? `${'=+-@'[r % 4]}${value}` : value))));
}

const chartSeed: FakeChart = {
  type: 'Pie',
  source: { sheet: 'Notes', address: 'A1:B3' },
  seriesBy: 'Auto',
  title: { text: 'Budget', visible: true },
  axes: {
    category: { title: { text: '', visible: false }, numberFormat: 'General' },
    value: { title: { text: '', visible: false }, numberFormat: 'General' },
  },
  top: 0,
  left: 200,
  width: 300,
  height: 200,
  topLeftCell: null,
};
/** A sheet with its own formatting and chart, to prove the report leaves it exactly as it was. */
const notes: FakeSheetSeed = {
  name: 'Notes',
  values: [
    ['Item', 'Cost'],
    ['Books', 120.5],
    ['Trips', 0.25],
  ],
  numberFormats: [{ address: 'B2:B3', format: '£#,##0.00' }],
  bold: ['A1:B1'],
  columnWidths: { A: 150 },
  charts: [chartSeed],
  conditionalFormats: [{ type: 'Custom', range: 'B2:B3', formula: '=B2>100', fill: '#FFC7CE' }],
};

async function builtReport(pupils = 200, options: { rows?: SheetValue[][]; edit?: (plan: ReportSheetPlan) => ReportSheetPlan } = {}) {
  const { host, workbook } = excelHostOn([{ name: TRACKER, values: options.rows ?? sampleTracker(pupils) }, notes], { active: TRACKER });
  const snapshot = (name: string) => {
    const sheet = workbook.sheetNamed(name);
    return structuredClone({ values: sheet.values(), rules: sheet.conditionalFormats, formatting: sheet.formattingSnapshot() });
  };
  const before = { tracker: snapshot(TRACKER), notes: snapshot('Notes') };
  const { values: rows, sheetNames } = await host.readValues(TRACKER);
  const planned = reportPlanFor(rows, TRACKER, sheetNames, host.maxSheetName);
  const plan = options.edit ? options.edit(planned) : planned;
  workbook.resetCounts();
  await host.addReportSheet(plan);
  return { host, workbook, plan, before, snapshot, report: workbook.sheetNamed(plan.sheetName) };
}

describe('Excel host: the report sheet', () => {
  it("is named exactly as planned, within Excel's 31 characters, added after the others and shown", async () => {
    const { workbook, plan, host } = await builtReport();
    expect(host.maxSheetName).toBe(31);
    expect(plan.sheetName).toBe('Report Year 10 2025-03-14');
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual([TRACKER, 'Notes', plan.sheetName]);
    expect(workbook.activeSheetName).toBe(plan.sheetName);
  });

  it("holds exactly the plan's values, written once as values, and no formula anywhere", async () => {
    const { workbook, plan, report } = await builtReport();
    // Excel keeps the text after an apostrophe, not the apostrophe: the cells show exactly what the plan means.
    expect(report.readValues(parseAddress(plan.range))).toEqual(shownRows(plan.values));
    // Nothing outside the planned range: the used range ends where the plan does.
    const used = parseAddress(plan.range);
    expect(report.values().length).toBeLessThanOrEqual(used.rows);
    expect(report.values()[0]!.length).toBeLessThanOrEqual(used.columns);
    expect(workbook.writes).toEqual([{ sheet: plan.sheetName, address: plan.range, kind: 'values', data: plan.values }]);
    expect(report.formulaAddresses()).toEqual([]);
  });

  it('keeps names that start with = + - @ as text: the cells hold what the plan holds, and none becomes a formula', async () => {
    const { plan, report } = await builtReport(200, { rows: withFormulaLookingNames(sampleTracker(200)) });
    const guarded = plan.values.flat().filter((value): value is string => typeof value === 'string' && /^'[=+\-@]/.test(value));
    // The pupil lists name these pupils, so the report does carry formula-looking text.
    expect(guarded.length).toBeGreaterThan(10);
    expect(new Set(guarded.map((value) => value[1]))).toEqual(new Set(['=', '+', '-', '@']));
    expect(report.readValues(parseAddress(plan.range))).toEqual(shownRows(plan.values));
    expect(report.formulaAddresses()).toEqual([]);
  });

  it('formats exactly the planned cells, each with its planned format, and no other cell', async () => {
    const { plan, report } = await builtReport();
    const expected: Record<string, string> = {};
    for (const { format, ranges } of plan.numberFormats)
      for (const range of ranges) for (const cell of cellsOf(range.address)) expected[cell] = format;
    expect(Object.keys(expected).length).toBeGreaterThan(100);
    expect(report.formattingSnapshot().numberFormats).toEqual(expected);
  });

  it('makes exactly the planned titles and header rows bold', async () => {
    const { plan, report } = await builtReport();
    const expected = plan.boldRanges.flatMap(cellsOf);
    expect(report.formattingSnapshot().bold.sort()).toEqual([...new Set(expected)].sort());
  });

  it('sets every planned column to its width in points (pixels x 0.75), and no other column', async () => {
    const { plan, report } = await builtReport();
    const expected = Object.fromEntries(plan.columnWidths.map(({ column, pixels }) => [column, points(pixels)]));
    expect(report.formattingSnapshot().columnWidths).toEqual(expected);
  });

  const nativeChart =
    'adds every planned native chart (on target, then one per grade distribution) over its table, titled, placed and sized as planned';
  it(nativeChart, async () => {
    const { plan, report } = await builtReport();
    // The sample tracker has three collections with grades: the on-target chart and three distribution charts.
    expect(plan.charts.map((planned) => planned.title)).toEqual([
      expect.stringMatching(/^Share of grades on or above target by collection/),
      'Grade distribution at RP1',
      'Grade distribution at RP2',
      'Grade distribution at RP3',
    ]);
    expect(report.charts).toHaveLength(plan.charts.length);
    plan.charts.forEach((planned, i) =>
      expect(report.charts[i]).toMatchObject({
        type: EXCEL_CHART_TYPES[planned.type],
        source: { sheet: plan.sheetName, address: planned.dataRange },
        title: { text: planned.title, visible: true },
        topLeftCell: planned.anchor.cell,
      }),
    );
    const planned = plan.charts[0]!;
    const chart = report.charts[0];
    expect(chart).toMatchObject({
      type: 'ColumnClustered',
      seriesBy: 'Columns',
      source: { sheet: plan.sheetName, address: planned.dataRange },
      title: { text: planned.title, visible: true },
      axes: {
        category: { title: { text: 'Data collection', visible: true } },
        value: { title: { text: 'Grades on or above target', visible: true }, numberFormat: '0%' },
      },
      topLeftCell: planned.anchor.cell,
      width: points(480),
      height: points(300),
    });
    // The corner sits on the anchor cell: past every planned column (at their new widths) and the default-width gap column.
    const anchor = parseAddress(planned.anchor.cell);
    const widths = plan.columnWidths.map(({ pixels }) => points(pixels));
    const left = Array.from({ length: anchor.column }, (_, c) => widths[c] ?? DEFAULT_COLUMN_WIDTH).reduce((sum, width) => sum + width, 0);
    expect([chart!.left, chart!.top]).toEqual([left, anchor.row * ROW_HEIGHT]);
    expect(anchor.column).toBeGreaterThan(columnIndex(plan.columnWidths.at(-1)!.column));
    // The chart reads the report's own table: a header of the series names, then one row per collection.
    const table = report.readValues(parseAddress(planned.dataRange));
    expect(table[0]).toEqual(['Collection', ...planned.series]);
    expect(table.slice(1).map((row) => row[0])).toEqual(planned.categories);
    expect(table.slice(1).every((row) => row.slice(1).every((share) => typeof share === 'number' || share === ''))).toBe(true);
  });

  it('draws a line chart when the plan asks for one', async () => {
    const { report } = await builtReport(200, { edit: (plan) => ({ ...plan, charts: [{ ...plan.charts[0]!, type: 'line' }] }) });
    expect(report.charts.map((chart) => chart.type)).toEqual(['Line']);
  });

  it('adds no chart when the plan has none, in one sync', async () => {
    const { report, workbook } = await builtReport(200, { edit: (plan) => ({ ...plan, charts: [] }) });
    expect(report.charts).toEqual([]);
    expect(workbook.syncs).toBe(1);
  });

  it("leaves every other sheet's values, rules, number formats, bold cells, widths and charts exactly as they were", async () => {
    const { before, snapshot } = await builtReport();
    expect(snapshot(TRACKER)).toEqual(before.tracker);
    expect(snapshot('Notes')).toEqual(before.notes);
  });
});
