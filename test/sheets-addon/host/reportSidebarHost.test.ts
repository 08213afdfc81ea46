/**
 * The sidebar's Host for reports and class sheets, end to end: createScriptRunHost over a
 * google.script.run that answers later and copies every argument and answer (as the real one
 * does), calling the built Code.js on the recording fake.
 */
import { describe, expect, it } from 'vitest';
import { classSheetsPlan, classValuesRange } from '../../../core/classSheets';
import { detectLayout } from '../../../core/layout';
import { DEFAULT_RULE_SETTINGS } from '../../../core/rules';
import { SHEET_NAME_LIMIT } from '../../../core/workbook/sheetNames';
import { a1ToArea } from '../../fakes/sheetsGrid';
import { loadHost } from './hostBundle';
import { reportPlanFor, sampleTracker, TRACKER } from './reportApiCounts';
import { fakeScriptRun, sidebarHost } from './scriptRun';

/** google.script.run answered on a later turn by the built Code.js, recording the server functions called. */
const scriptRunTo = (host: ReturnType<typeof loadHost>) => fakeScriptRun((name, args) => host.run(name, ...args));

describe('the google.script.run Host for reports and class sheets', () => {
  it("allows Sheets' 100-character sheet names", () => {
    const host = sidebarHost(scriptRunTo(loadHost([{ name: TRACKER }])).run);
    expect(host.maxSheetName).toBe(SHEET_NAME_LIMIT.sheets);
    expect(host.maxSheetName).toBe(100);
  });

  it('reads the tracker, writes the report and makes the class sheets through the server functions of the same names', async () => {
    const fakeHost = loadHost([{ name: TRACKER, values: sampleTracker(60) }]);
    const { run, calls } = scriptRunTo(fakeHost);
    const host = sidebarHost(run);

    const read = await host.readValues(TRACKER);
    expect(read).toEqual({ values: fakeHost.fake.values(TRACKER), sheetNames: fakeHost.fake.sheetNames(), activeSheetName: TRACKER });

    const rows = read.values;
    const plan = reportPlanFor(rows, TRACKER, read.sheetNames);
    expect(await host.addReportSheet(plan)).toBeUndefined();
    expect(fakeHost.fake.activeSheetName()).toBe(plan.sheetName);
    expect(fakeHost.fake.charts(plan.sheetName)).toHaveLength(plan.charts.length);

    const layout = detectLayout(rows.slice(0, 15));
    const { row, column, numRows } = a1ToArea(classValuesRange(layout, rows.length)!);
    const classes = classSheetsPlan({
      layout,
      trackerSheetName: TRACKER,
      lastRow: rows.length,
      topRows: rows.slice(0, 15),
      classValues: rows.slice(row - 1, row - 1 + numRows).map((cells) => cells[column - 1]),
      sheets: await host.readClassSheetFacts(),
      previous: [],
      ruleSettings: DEFAULT_RULE_SETTINGS,
    });
    if (!classes.ok) throw new Error(classes.message);
    const { written } = await host.writeClassSheets(classes);
    expect(written).toEqual(classes.sheets.map((sheet) => sheet.name));
    for (const name of written) expect(fakeHost.fake.formulas(name)).toHaveLength(2);

    expect(calls.map((call) => call.name)).toEqual(['readValues', 'addReportSheet', 'readClassSheetFacts', 'writeClassSheets']);
  });

  it("rejects with the server's own message when a report would write over a sheet", async () => {
    const fakeHost = loadHost([{ name: TRACKER, values: sampleTracker(30) }]);
    const host = sidebarHost(scriptRunTo(fakeHost).run);
    const plan = reportPlanFor((await host.readValues(TRACKER)).values, TRACKER, []);
    await host.addReportSheet(plan);
    await expect(host.addReportSheet(plan)).rejects.toThrow(
      /^A sheet called 'Tracklight report - Year 10 - 2025-03-14' already exists, and Tracklight never writes over a sheet\./,
    );
  });
});
