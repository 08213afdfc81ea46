/**
 * Which sheets are Tracklight's class sheets, decided in the core from what a host reads: the mark
 * proves a sheet (never its name), a teacher's edit in A1 or A2 stops its update with one true
 * sentence, a renamed and edited sheet is the teacher's, a renamed copy is left alone, and a host
 * without marks trusts only a record and exactly what was written.
 */
import { describe, expect, it } from 'vitest';
import {
  classSheetsPlan,
  readMark,
  type ClassSheet,
  type ClassSheetFacts,
  type ClassSheetsInput,
  type ClassSheetsPlan,
} from '../../../core/classSheets';
import { MAX_COLOURED_ROWS } from '../../../core/colouring/plan';
import { DEFAULT_RULE_SETTINGS } from '../../../core/rules';
import { col, grade, handLayout, target } from '../report/support';

const layout = handLayout([col('Name', 'name'), col('Class', 'class'), target(), grade('RP1')]);
const tracker: ClassSheetFacts = { name: 'Year 10', mark: null, managed: ['', ''], isProtected: false };
const base: ClassSheetsInput = {
  layout,
  trackerSheetName: 'Year 10',
  lastRow: 5,
  classValues: ['10A', '10B', '10A', '10B'],
  sheets: [tracker],
  previous: [],
  ruleSettings: DEFAULT_RULE_SETTINGS,
};

function made(input: Partial<ClassSheetsInput>): Extract<ClassSheetsPlan, { ok: true }> {
  const plan = classSheetsPlan({ ...base, ...input });
  if (!plan.ok) throw new Error(plan.message);
  return plan;
}
/** As the host leaves a planned sheet once written; `marks: false` for a host that cannot keep marks. */
const asWritten = (sheet: ClassSheet, marks = true): ClassSheetFacts => ({
  name: sheet.name,
  mark: marks ? sheet.mark : undefined,
  managed: [sheet.headerFormula, sheet.filterFormula],
  isProtected: false,
});
const first = made({});
const [sheet10A, sheet10B] = first.sheets as [ClassSheet, ClassSheet];
const rerun = (sheets: ClassSheetFacts[], input: Partial<ClassSheetsInput> = {}) =>
  made({ sheets: [tracker, ...sheets], previous: first.records, ...input });

describe('the mark', () => {
  it('names the tracker, the sheet and fingerprints of the class and of A1 and A2, and fits an Excel custom property', () => {
    const mark = readMark(sheet10A.mark)!;
    expect(mark).toMatchObject({ tracklight: 1, tracker: 'Year 10', sheet: 'Class 10A' });
    expect([mark.class, mark.a1, mark.a2].every((print) => /^[0-9a-f]{8}$/.test(print))).toBe(true);
    const longest = made({
      trackerSheetName: 'T'.repeat(31),
      sheets: [{ ...tracker, name: 'T'.repeat(31) }],
      classValues: ['"'.repeat(90)],
    });
    expect(longest.sheets[0]!.mark.length).toBeLessThanOrEqual(255);
  });

  it("is not a mark unless Tracklight wrote it: a user's text, another add-on's JSON or nothing reads as no mark", () => {
    for (const text of [
      null,
      undefined,
      '',
      'Class 10A',
      '{"tracker":"Year 10"}',
      '{"tracklight":2,"tracker":"Year 10","sheet":"x","class":"y","a1":"","a2":""}',
    ])
      expect(readMark(text)).toBeNull();
  });

  it('updates the marked sheets in place, under any name it now has, and never a sheet with the name but no mark', () => {
    const plan = rerun([
      { ...asWritten(sheet10A), name: 'Maths 10A' },
      { name: 'Class 10B', mark: null, managed: [sheet10B.headerFormula, sheet10B.filterFormula], isProtected: false },
    ]);
    expect(plan.sheets.map((sheet) => [sheet.name, sheet.isNew])).toEqual([
      ['Maths 10A', false],
      ['Class 10B (2)', true],
    ]);
  });
});

describe("a teacher's edit", () => {
  it('in A1 stops the update of that sheet, in one sentence that says what to do, and makes no second sheet', () => {
    const plan = rerun([{ ...asWritten(sheet10A), managed: ['Seating plan', sheet10A.filterFormula] }, asWritten(sheet10B)]);
    expect(plan.sheets.map((sheet) => sheet.name)).toEqual(['Class 10B']);
    expect(plan.skipped).toEqual([
      {
        value: '10A',
        pupils: 2,
        reason:
          "'Class 10A' was edited by hand (A1), so it was not updated. " +
          'Rename it to keep your changes and let Tracklight make a new class sheet, or clear A1 to let Tracklight update it.',
      },
    ]);
  });

  it('names both cells when A1 and A2 changed, and an emptied cell is no edit', () => {
    const both = rerun([{ ...asWritten(sheet10A), managed: ['x', 'y'] }]);
    expect(both.skipped[0]!.reason).toContain('(A1 and A2)');
    const cleared = rerun([{ ...asWritten(sheet10A), managed: ['', sheet10A.filterFormula] }]);
    expect(cleared.sheets[0]).toMatchObject({ name: 'Class 10A', isNew: false });
  });

  it('is no edit when the host gives the formula back spelt its own way (_xlfn., case, spaces)', () => {
    const respelt = sheet10A.filterFormula.replace('FILTER(', '_xlfn._xlws.filter( ').replace(/,/g, ', ');
    const plan = rerun([{ ...asWritten(sheet10A), managed: [sheet10A.headerFormula.toLowerCase(), respelt] }]);
    expect(plan.sheets[0]).toMatchObject({ name: 'Class 10A', isNew: false });
    expect(plan.skipped).toEqual([]);
  });

  it("renamed and edited: the sheet is the teacher's now, and the class gets a new sheet", () => {
    const plan = rerun([{ ...asWritten(sheet10A), name: "Mr Ali's 10A", managed: ['Notes', sheet10A.filterFormula] }]);
    expect(plan.sheets.find((sheet) => sheet.className === '10A')).toMatchObject({ name: 'Class 10A', isNew: true });
    expect(plan.skipped).toEqual([]);
  });

  it('a renamed copy beside the original is left alone and named', () => {
    const plan = rerun([asWritten(sheet10A), { ...asWritten(sheet10A), name: 'Class 10A (copy)' }]);
    expect(plan.sheets.find((sheet) => sheet.className === '10A')).toMatchObject({ name: 'Class 10A', isNew: false });
    expect(plan.notes).toContain(
      "'Class 10A (copy)' is a renamed copy of a class sheet, so it is the school's own now: Tracklight left it alone.",
    );
  });

  it('a protected class sheet is skipped, saying so, with no second sheet', () => {
    const plan = rerun([{ ...asWritten(sheet10A), isProtected: true }]);
    expect(plan.sheets.map((sheet) => sheet.className)).toEqual(['10B']);
    expect(plan.skipped[0]!.reason).toMatch(/^its sheet 'Class 10A' is protected, so it was not updated\./);
  });
});

describe('a host without marks (Excel before ExcelApi 1.12)', () => {
  it('trusts a saved record only while A1 and A2 hold exactly what was written', () => {
    const same = rerun([asWritten(sheet10A, false), asWritten(sheet10B, false)]);
    expect(same.sheets.map((sheet) => [sheet.name, sheet.isNew])).toEqual([
      ['Class 10A', false],
      ['Class 10B', false],
    ]);
    const emptied = rerun([{ ...asWritten(sheet10A, false), managed: ['', ''] }]);
    expect(emptied.skipped[0]!.reason).toBe(
      "'Class 10A' was edited by hand (A1 and A2), so it was not updated. " +
        'Rename it to keep your changes and let Tracklight make a new class sheet.',
    );
  });

  it('does not trust a record saved before records had fingerprints', () => {
    const old = first.records.map(({ a1: _a1, a2: _a2, ...record }) => record);
    const plan = made({ sheets: [tracker, asWritten(sheet10A, false)], previous: old });
    expect(plan.sheets.find((sheet) => sheet.className === '10A')).toMatchObject({ name: 'Class 10A (2)', isNew: true });
  });
});

describe('every line says one thing', () => {
  it("a class sheet too long to colour says why in a clause, never a refusal's 'Nothing was changed'", () => {
    const plan = made({ lastRow: MAX_COLOURED_ROWS + 10 });
    const message = plan.sheets[0]!.colouringMessage!;
    expect(message).toMatch(/^has [\d,]+ pupil rows, and Tracklight colours up to 20,000 per sheet$/);
    expect(message).not.toMatch(/Nothing was changed|Split it|\.\./);
  });
});
