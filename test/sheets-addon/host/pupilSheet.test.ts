/**
 * "Make pupil report sheet" through the built Code.js on the Sheets fake: what is written, the
 * picker's dropdown over the tracker's pupils, kept cells, twice, a refusal, and the print note.
 */
import { describe, expect, it } from 'vitest';
import {
  COMMENT_LINES,
  PUPIL_SHEET_MARK_KEY,
  pupilSheetPlan,
  type PupilSheetFacts,
  type PupilSheetPlan,
  type PupilSheetWritten,
} from '../../../core/pupilSheet';
import { DEFAULT_RULE_SETTINGS } from '../../../core/rules';
import { TRACKER, trackerLayout, trackerRows, writtenGrid } from '../../core/pupilSheet/support';
import { loadHost } from './hostBundle';

/** A sheet as a user types in it. */
interface TypedSheet {
  getRange(a1: string): { setValue(value: unknown): void; setValues(values: unknown[][]): void };
}

function setUp() {
  const server = loadHost([{ name: TRACKER, values: trackerRows as never }]);
  const plan = (): PupilSheetPlan => {
    const outcome = pupilSheetPlan({
      layout: trackerLayout,
      trackerSheetName: TRACKER,
      lastRow: trackerRows.length,
      values: trackerRows,
      sheets: server.run<PupilSheetFacts[]>('readPupilSheetFacts'),
      ruleSettings: DEFAULT_RULE_SETTINGS,
    });
    if (!outcome.ok) throw new Error(outcome.message);
    return outcome.plan;
  };
  const write = (planned: PupilSheetPlan) => server.run<PupilSheetWritten>('writePupilSheet', planned);
  const sheet = (name: string) => server.fake.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName(name) as TypedSheet;
  return { server, plan, write, sheet };
}

describe('the pupil report sheet in Google Sheets', () => {
  it('inserts a marked sheet of formulas, a warning dropdown of the pupils in B3 and the traffic lights; the tracker is untouched', () => {
    const { server, plan, write } = setUp();
    const before = server.fake.state(TRACKER);
    const planned = plan();
    const outcome = write(planned);
    expect(outcome).toEqual({ written: true, problems: [expect.stringContaining('choose File > Print')] });
    const state = server.fake.state(planned.sheetName);
    const expected = writtenGrid(planned);
    for (const [r, row] of expected.entries())
      for (const [c, cell] of row.entries()) {
        if (cell === undefined) continue;
        const address = `${String.fromCharCode(65 + c)}${r + 1}`;
        if (cell.startsWith('=')) expect(state.formulas[address], address).toBe(cell);
        else expect(state.values[r]?.[c] ?? '', address).toBe(cell);
      }
    expect(state.validation).toEqual({ B3: `VALUE_IN_RANGE ["'Year 10 O''Neil'!B3:B6",true] warning "${planned.picker.helpText}"` });
    expect(state.metadata).toEqual([{ key: PUPIL_SHEET_MARK_KEY, value: planned.mark }]);
    expect(state.rules).toHaveLength(4);
    expect(server.fake.state(TRACKER)).toEqual(before);
  });

  it('keeps the chosen pupil and the typed comment when made again, and changes nothing more', () => {
    const { server, plan, write, sheet: typed } = setUp();
    const first = plan();
    write(first);
    const sheet = typed(first.sheetName);
    sheet.getRange('B3').setValue('Bob Cho');
    sheet.getRange(`A17:A${16 + COMMENT_LINES}`).setValues([['Works hard.'], ['Revise algebra.'], [''], ['']]);
    const once = server.fake.state(first.sheetName);
    const again = plan();
    expect(again.isNew).toBe(false);
    expect(write(again)).toMatchObject({ written: true });
    expect(server.fake.state(first.sheetName)).toEqual(once);
  });

  it('refuses, changing nothing, when a cell it wrote was edited', () => {
    const { server, plan, write, sheet } = setUp();
    const first = plan();
    write(first);
    sheet(first.sheetName).getRange('C9').setValue(9);
    const edited = server.fake.state(first.sheetName);
    expect(write(plan())).toEqual({ written: false, reason: expect.stringContaining('was changed by hand') });
    expect(server.fake.state(first.sheetName)).toEqual(edited);
  });
});
