/**
 * "Build report" through the built Code.js on the recording fake, with real plans from the core
 * over the synthetic school's tracker: the new sheet holds exactly the plan's values (text that
 * looks like a formula stays text), its number formats, bold cells, column widths and one chart,
 * and no other sheet changes. A name clash or a failure part way leaves the spreadsheet as it was.
 */
import { describe, expect, it } from 'vitest';
import type { ReportSheetPlan } from '../../../core/reportSheet';
import { a1ToArea, areaToA1 } from '../../fakes/sheetsGrid';
import { loadHost } from './hostBundle';
import { reportPlanFor, sampleTracker, TRACKER } from './reportApiCounts';

const NOTES = 'Notes';

/** Every cell of some A1 ranges, read with the fake's own A1 reader. */
const cellsOf = (ranges: readonly string[]): string[] =>
  ranges.flatMap((a1) => {
    const { row, column, numRows, numColumns } = a1ToArea(a1);
    return Array.from({ length: numRows * numColumns }, (_, i) =>
      areaToA1({ row: row + Math.floor(i / numColumns), column: column + (i % numColumns), numRows: 1, numColumns: 1 }),
    );
  });

/**
 * The sample tracker with surnames Sheets would read as formulas or numbers if they were written
 * as typed: they reach the report through its pupil lists. Only rows past the 15 that layout
 * detection reads are changed, so the layout is the sample's own.
 */
function trackerWithFormulaLookingNames(pupils = 200): (string | number)[][] {
  const rows = sampleTracker(pupils);
  const surname = rows[2]!.indexOf('Surname');
  rows.forEach((row, r) => {
    if (r >= 15) row[surname] = `${['=', '+', '-', '@'][r % 4]}${row[surname]}`;
  });
  return rows;
}

function reportHost(rows: (string | number)[][] = trackerWithFormulaLookingNames()) {
  const host = loadHost([
    { name: TRACKER, values: rows },
    { name: NOTES, values: [['Meeting notes'], ['=SUM(A1) stays as it was typed']] },
  ]);
  const plan = reportPlanFor(host.run<{ values: unknown[][] }>('readValues', TRACKER).values, TRACKER, host.fake.sheetNames());
  const states = () => Object.fromEntries([TRACKER, NOTES].map((name) => [name, host.fake.state(name)]));
  const before = states();
  host.fake.resetCalls();
  const unchanged = () => expect(states()).toEqual(before);
  return { host, plan, unchanged };
}

/** What a user reads in a cell: the apostrophe only tells Sheets "this is text" and is not shown or kept. */
const shown = (plan: ReportSheetPlan) =>
  plan.values.map((row) => row.map((cell) => (typeof cell === 'string' && cell.startsWith("'") ? cell.slice(1) : cell)));

describe('addReportSheet', () => {
  it("writes exactly the plan's values in one setValues, formula-looking names as text, and no formula at all", () => {
    const { host, plan } = reportHost();
    // Not vacuous: the plan does carry names Sheets would otherwise have turned into formulas.
    expect(plan.values.flat().filter((cell) => typeof cell === 'string' && /^'[=+]/.test(cell)).length).toBeGreaterThan(3);

    host.run('addReportSheet', plan);

    expect(plan.sheetName).toBe('Tracklight report - Year 10 - 2025-03-14');
    expect(host.fake.values(plan.sheetName)).toEqual(shown(plan));
    expect(host.fake.formulas(plan.sheetName)).toEqual([]);
    expect(host.fake.calls.filter((call) => /^Range\.set(Values?|Formulas?)$/.test(call.member)).map((call) => call.member)).toEqual([
      'Range.setValues',
    ]);
  });

  it('gives exactly the planned cells their number format and bold, and each column its planned width', () => {
    const { host, plan } = reportHost();
    host.run('addReportSheet', plan);

    const expectedFormats: Record<string, string> = {};
    for (const { format, ranges } of plan.numberFormats) {
      for (const cell of cellsOf(ranges.map((range) => range.address))) {
        expect(expectedFormats[cell], `${cell} is planned twice`).toBeUndefined();
        expectedFormats[cell] = format;
      }
    }
    const { numberFormats, bold, columnWidths } = host.fake.formats(plan.sheetName);
    expect(Object.keys(expectedFormats).length).toBeGreaterThan(100);
    expect(numberFormats).toEqual(expectedFormats);
    expect([...bold].sort()).toEqual(cellsOf(plan.boldRanges).sort());
    expect(columnWidths).toEqual(Object.fromEntries(plan.columnWidths.map(({ column, pixels }) => [column, pixels])));
    // One range list per format and one for bold: the number of ranges never becomes a number of calls.
    expect(host.fake.calls.filter((call) => call.member === 'Sheet.getRangeList')).toHaveLength(plan.numberFormats.length + 1);
  });

  it('adds every planned chart (on target, then one per distribution) over its table, with titles, right of all tables', () => {
    const { host, plan } = reportHost();
    const chart = plan.charts[0]!;
    host.run('addReportSheet', plan);

    // The sample tracker has three collections with grades: the on-target chart and three distribution charts.
    expect(plan.charts.map((planned) => planned.title.replace(/:.*/, ''))).toEqual([
      'Share of grades on or above target by collection',
      'Grade distribution at RP1',
      'Grade distribution at RP2',
      'Grade distribution at RP3',
    ]);
    expect(host.fake.charts(plan.sheetName)).toEqual(
      plan.charts.map((planned) => ({
        type: 'COLUMN',
        ranges: [planned.dataRange],
        numHeaders: 1,
        position: { anchorRow: planned.anchor.row, anchorColumn: planned.anchor.column, offsetX: 0, offsetY: 0 },
        options: {
          useFirstColumnAsDomain: true,
          title: planned.title,
          hAxis: { title: planned.xAxisTitle },
          vAxis: { title: planned.yAxisTitle, format: '0%' },
          width: planned.anchor.widthPx,
          height: planned.anchor.heightPx,
        },
      })),
    );
    expect([chart.xAxisTitle, chart.yAxisTitle]).toEqual(['Data collection', 'Grades on or above target']);
    // Read back from the written sheet: the range is the PP table, collections down its first column.
    const { row, column, numRows, numColumns } = a1ToArea(chart.dataRange);
    const table = host.fake
      .values(plan.sheetName)
      .slice(row - 1, row - 1 + numRows)
      .map((cells) => cells.slice(column - 1, column - 1 + numColumns));
    expect(table[0]).toEqual(['Collection', 'PP', 'Not PP']);
    expect(table.slice(1).map((cells) => cells[0])).toEqual(['RP1', 'RP2', 'RP3']);
    for (const share of table.slice(1).flatMap((cells) => cells.slice(1))) expect(share).toBeGreaterThanOrEqual(0);
    expect(chart.anchor.column).toBeGreaterThan(host.fake.values(plan.sheetName)[0]!.length);
  });

  it('draws a line chart when the plan asks for one, and no chart when the plan has none', () => {
    const line = reportHost();
    line.host.run('addReportSheet', { ...line.plan, charts: [{ ...line.plan.charts[0]!, type: 'line' }] });
    expect(line.host.fake.charts(line.plan.sheetName).map((chart) => chart.type)).toEqual(['LINE']);

    const none = reportHost();
    none.host.run('addReportSheet', { ...none.plan, charts: [] });
    expect(none.host.fake.charts(none.plan.sheetName)).toEqual([]);
    expect(none.host.fake.calls.filter((call) => call.member === 'Sheet.newChart')).toEqual([]);
  });

  it('adds the sheet after the tracker, makes it the active one, and changes no other sheet', () => {
    const { host, plan, unchanged } = reportHost();
    host.run('addReportSheet', plan);
    expect(host.fake.sheetNames()).toEqual([TRACKER, plan.sheetName, NOTES]);
    expect(host.fake.activeSheetName()).toBe(plan.sheetName);
    unchanged();
  });

  it('writes a 2,000-pupil report whole, past the 1,000 rows a new sheet starts with', () => {
    const { host, plan, unchanged } = reportHost(sampleTracker(2000));
    expect(plan.values.length).toBeGreaterThan(1000);
    host.run('addReportSheet', plan);
    expect(host.fake.values(plan.sheetName)).toEqual(shown(plan));
    unchanged();
  });
});

describe('addReportSheet refuses, and changes nothing,', () => {
  const writes = (host: ReturnType<typeof loadHost>) =>
    host.fake.calls.filter((call) =>
      /^(Spreadsheet\.insertSheet|Range\.set|RangeList\.set|Sheet\.(setColumnWidths?|insertChart))/.test(call.member),
    );

  it('when a sheet of that name has appeared since the plan was made', () => {
    const { plan } = reportHost();
    const mine = loadHost([
      { name: TRACKER, values: sampleTracker(20) },
      { name: plan.sheetName, values: [['My own notes']] },
    ]);
    expect(() => mine.run('addReportSheet', plan)).toThrow(
      /already exists, and Tracklight never writes over a sheet.*Nothing was changed/,
    );
    expect(mine.fake.sheetNames()).toEqual([TRACKER, plan.sheetName]);
    expect(mine.fake.values(plan.sheetName)).toEqual([['My own notes']]);
    expect(writes(mine)).toEqual([]);
  });

  it('when one differs only in case, which Sheets counts as the same name', () => {
    const { plan } = reportHost();
    const clash = plan.sheetName.toUpperCase();
    const host = loadHost([
      { name: TRACKER, values: sampleTracker(20) },
      { name: clash, values: [['Mine']] },
    ]);
    expect(() => host.run('addReportSheet', plan)).toThrow(/would not add a sheet called.*Nothing was changed/);
    expect(host.fake.sheetNames()).toEqual([TRACKER, clash]);
    expect(host.fake.values(clash)).toEqual([['Mine']]);
  });

  it('when the plan is not one it can read', () => {
    const { host, plan, unchanged } = reportHost();
    const ragged = { ...plan, values: [...plan.values.slice(0, -1), plan.values.at(-1)!.slice(1)] };
    expect(() => host.run('addReportSheet', ragged)).toThrow(/could not read the report.*Nothing was changed/);
    expect(host.fake.calls).toEqual([]);
    unchanged();
  });

  it('and takes its half-written sheet away again when Sheets stops part way', () => {
    const { host, plan, unchanged } = reportHost();
    const broken = { ...plan, charts: [{ ...plan.charts[0]!, dataRange: 'not a range' }] };
    expect(() => host.run('addReportSheet', broken)).toThrow(
      /stopped while writing the report \(Range not found.*taken away again, and nothing else was changed/,
    );
    expect(host.fake.sheetNames()).toEqual([TRACKER, NOTES]);
    // It had been written: the rollback is real, not a refusal before the first write.
    expect(writes(host).map((call) => call.member)).toContain('Range.setValues');
    unchanged();
  });
});
