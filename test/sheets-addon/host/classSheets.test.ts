/**
 * "Class sheets" through the built Code.js on the recording fake, with real plans from the core over
 * the synthetic school's tracker: each new sheet holds the two live formulas and Tracklight's
 * traffic lights, a re-run updates the same sheets in place and leaves everything else alone, a
 * refusal changes nothing, and the calls do not grow with pupils.
 */
import { describe, expect, it } from 'vitest';
import {
  classSheetsPlan,
  classValuesRange,
  type ClassSheetFacts,
  type ClassSheetRecord,
  type ClassSheetsOutcome,
} from '../../../core/classSheets';
import { detectLayout } from '../../../core/layout';
import type { WritableClassSheets } from '../../../core/panel/host';
import { DEFAULT_RULE_SETTINGS } from '../../../core/rules';
import type { FakeRuleMaker } from '../../fakes/sheetsFake';
import { a1ToArea } from '../../fakes/sheetsGrid';
import { expectedRules, stoppedAtRow } from './expectedRules';
import { loadHost } from './hostBundle';
import { sampleTracker, TRACKER } from './reportApiCounts';

type Host = ReturnType<typeof loadHost>;
const NOTES = 'Notes';
/** The school's own sheet, made by hand before Tracklight ran: it must never be touched. */
const THEIRS = 'Class 10A';

/** Plans class sheets as the panel does: the layout from the top rows, the class column's values, the saved records. */
function planFor(host: Host, previous: readonly ClassSheetRecord[] = []): WritableClassSheets {
  const rows = host.run<{ values: unknown[][] }>('readValues', TRACKER).values;
  const layout = detectLayout(rows.slice(0, 15));
  const { row, column, numRows } = a1ToArea(classValuesRange(layout, rows.length)!);
  const plan = classSheetsPlan({
    layout,
    trackerSheetName: TRACKER,
    lastRow: rows.length,
    topRows: rows.slice(0, 15),
    classValues: rows.slice(row - 1, row - 1 + numRows).map((cells) => cells[column - 1]),
    sheets: host.run<ClassSheetFacts[]>('readClassSheetFacts'),
    previous,
    ruleSettings: DEFAULT_RULE_SETTINGS,
  });
  if (!plan.ok) throw new Error(plan.message);
  return plan;
}

function classHost(tracker = sampleTracker(200)) {
  const host = loadHost([
    { name: TRACKER, values: tracker },
    { name: THEIRS, values: [['Our own 10A notes']] },
    { name: NOTES, values: [['Meeting notes']] },
  ]);
  const before = () => Object.fromEntries([TRACKER, THEIRS, NOTES].map((name) => [name, host.fake.state(name)]));
  return { host, before: before(), now: before };
}

const inserts = (host: Host) => host.fake.calls.filter((call) => call.member === 'Spreadsheet.insertSheet');

describe('writeClassSheets', () => {
  it("makes each planned sheet with its A1 and A2 formulas and Tracklight's rules, beside the tracker, and nothing else", () => {
    const { host, before, now } = classHost();
    const plan = planFor(host);
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual([
      'Class 10A (2)',
      'Class 10B',
      'Class 10C',
      'Class 10D',
      'Class 10E',
      'Class 10F',
      'Class 10G',
    ]);
    host.fake.resetCalls();

    expect(host.run('writeClassSheets', plan)).toEqual({ written: plan.sheets.map((sheet) => sheet.name), notWritten: [], problems: [] });

    expect(host.fake.sheetNames()).toEqual([TRACKER, ...plan.sheets.map((sheet) => sheet.name), THEIRS, NOTES]);
    for (const sheet of plan.sheets) {
      expect(host.fake.formulaCells(sheet.name), sheet.name).toEqual({ A1: sheet.headerFormula, A2: sheet.filterFormula });
      expect(
        host.fake
          .values(sheet.name)
          .flat()
          .every((value) => value === ''),
        'no pupil data is copied',
      ).toBe(true);
      const { maxRows, maxColumns } = host.fake.size(sheet.name);
      expect(sheet.colouring!.blocks.length).toBeGreaterThan(0);
      expect(host.fake.rules(sheet.name)).toEqual(expectedRules(sheet.colouring!, stoppedAtRow(maxRows)));
      // As wide as the tracker, so the FILTER has room to show every column.
      expect(maxColumns).toBe(host.fake.values(TRACKER)[2]!.length);
    }
    expect(now()).toEqual(before);
    expect(host.fake.activeSheetName()).toBe(TRACKER);
  });

  const rerunInPlace =
    "on a re-run with the records, updates the same sheets in place: a teacher's note and the school's own rule stay, " +
    'nothing is duplicated';
  it(rerunInPlace, () => {
    const { host } = classHost();
    const first = planFor(host);
    host.run('writeClassSheets', first);
    const teachers = 'Class 10B';
    const sheet = host.fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(teachers) as {
      getRange(a1: string): { setValue(v: string): void };
    };
    sheet.getRange('A200').setValue('Seating plan is on the board');
    host.fake.seedRules(teachers, ({ newRule, range }: FakeRuleMaker) => [
      newRule()
        .whenTextContains('Absent')
        .setBackground('#d9d9d9')
        .setRanges([range('A2:Z100')])
        .build(),
    ]);
    const schoolRule = host.fake.rules(teachers)[0]!;
    const before = Object.fromEntries([TRACKER, THEIRS, NOTES].map((name) => [name, host.fake.state(name)]));

    const again = planFor(host, first.records);
    expect(again.sheets.map((entry) => [entry.name, entry.isNew])).toEqual(first.sheets.map((entry) => [entry.name, false]));
    host.fake.resetCalls();
    host.run('writeClassSheets', again);

    expect(inserts(host)).toEqual([]);
    expect(host.fake.sheetNames()).toEqual([TRACKER, ...first.sheets.map((entry) => entry.name), THEIRS, NOTES]);
    for (const entry of again.sheets) {
      expect(host.fake.formulaCells(entry.name)).toEqual({ A1: entry.headerFormula, A2: entry.filterFormula });
      const tracklightRules = expectedRules(entry.colouring!, stoppedAtRow(host.fake.size(entry.name).maxRows));
      expect(host.fake.rules(entry.name)).toEqual(entry.name === teachers ? [schoolRule, ...tracklightRules] : tracklightRules);
    }
    expect(host.fake.values(teachers)[199]![0]).toBe('Seating plan is on the board');
    expect(Object.fromEntries([TRACKER, THEIRS, NOTES].map((name) => [name, host.fake.state(name)]))).toEqual(before);
  });

  it('costs the same calls for a 200-pupil and a 2,000-pupil tracker with the same seven classes', () => {
    const sevenClasses = (pupils: number) => {
      const rows = sampleTracker(pupils);
      const column = rows[2]!.indexOf('Class');
      rows.forEach((row, r) => {
        if (r >= 3) row[column] = `10${'ABCDEFG'[(r - 3) % 7]}`;
      });
      return rows;
    };
    const cost = (pupils: number) => {
      const { host } = classHost(sevenClasses(pupils));
      const plan = planFor(host);
      host.fake.resetCalls();
      host.run('writeClassSheets', plan);
      return { sheets: plan.sheets.map((sheet) => sheet.name), calls: host.fake.calls.map((call) => call.member) };
    };
    const [small, large] = [cost(200), cost(2000)];
    expect(small.sheets).toHaveLength(7);
    expect(large.sheets).toEqual(small.sheets);
    expect(large.calls).toEqual(small.calls);
  });
});

describe('writeClassSheets leaves a sheet exactly as it was, and says why,', () => {
  it('when a sheet with a planned new name has appeared since the plan was made: the others are written', () => {
    const { host } = classHost();
    const plan = planFor(host);
    (host.fake.globals.SpreadsheetApp.getActiveSpreadsheet() as { insertSheet(name: string): unknown }).insertSheet('Class 10D');
    const before = host.fake.state('Class 10D');
    host.fake.resetCalls();

    const outcome = host.run<ClassSheetsOutcome>('writeClassSheets', plan);
    expect(outcome.notWritten).toEqual([
      {
        name: 'Class 10D',
        reason: expect.stringMatching(
          /^A sheet called 'Class 10D' was added after Tracklight planned.*never writes over a sheet it did not make, so it was not written\./,
        ),
      },
    ]);
    expect(outcome.written).toEqual(plan.sheets.map((sheet) => sheet.name).filter((name) => name !== 'Class 10D'));
    expect(host.fake.state('Class 10D')).toEqual(before);
  });

  it('when a class sheet it made before has been protected against this user since the plan', () => {
    const { host } = classHost();
    const first = planFor(host);
    host.run('writeClassSheets', first);
    const again = planFor(host, first.records);
    host.fake.setProtection('Class 10C', 'locked');
    const before = host.fake.state('Class 10C');
    host.fake.resetCalls();

    const outcome = host.run<ClassSheetsOutcome>('writeClassSheets', again);
    expect(outcome.notWritten).toEqual([
      { name: 'Class 10C', reason: expect.stringMatching(/^The class sheet 'Class 10C' is protected, so it was not updated\./) },
    ]);
    expect(host.fake.state('Class 10C')).toEqual(before);
    expect(outcome.written).toHaveLength(again.sheets.length - 1);
  });

  it('when a sheet it made before is not there any more', () => {
    const { host } = classHost();
    const first = planFor(host);
    const again = { ...first, sheets: first.sheets.map((sheet) => ({ ...sheet, isNew: false })) };
    const outcome = host.run<ClassSheetsOutcome>('writeClassSheets', again);
    expect(outcome.written).toEqual([]);
    expect(outcome.notWritten.map((entry) => entry.reason)).toEqual(
      first.sheets.map((sheet) =>
        expect.stringMatching(new RegExp(`^The class sheet '${sheet.name.replace(/[()]/g, '\\$&')}' is no longer in this workbook`)),
      ),
    );
    expect(host.fake.sheetNames()).toEqual([TRACKER, THEIRS, NOTES]);
  });

  it("marks each new sheet with developer metadata holding the plan's mark, and no other sheet", () => {
    const { host } = classHost();
    const plan = planFor(host);
    host.run('writeClassSheets', plan);
    for (const sheet of plan.sheets) expect(host.fake.metadata(sheet.name)).toEqual([{ key: 'tracklight.classSheet', value: sheet.mark }]);
    for (const name of [TRACKER, THEIRS, NOTES]) expect(host.fake.metadata(name)).toEqual([]);
  });

  it('puts A1 and A2 back exactly as they were when something typed is in the way of the list', () => {
    const { host } = classHost();
    const first = planFor(host);
    host.run('writeClassSheets', first);
    const sheet = host.fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Class 10B') as {
      getRange(a1: string): { setValue(v: string): void };
    };
    sheet.getRange('B3').setValue('Absent');
    const before = host.fake.state('Class 10B');
    const outcome = host.run<ClassSheetsOutcome>('writeClassSheets', planFor(host, first.records));
    expect(outcome.notWritten).toEqual([{ name: 'Class 10B', reason: expect.stringContaining("'Class 10B' has something typed in B3") }]);
    expect(host.fake.state('Class 10B')).toEqual(before);
  });
});
