/**
 * Planning class sheets: names (collisions, sheets Tracklight did not make, re-runs), which class
 * column is used, clear refusals, and the traffic lights moved to the class sheet's rows.
 */
import { describe, expect, it } from 'vitest';
import {
  classSheetsPlan,
  classValuesRange,
  readClassSheetRecords,
  type ClassSheet,
  type ClassSheetFacts,
  type ClassSheetsInput,
  type ClassSheetsPlan,
} from '../../../core/classSheets';
import { planColouring } from '../../../core/colouring/plan';
import { detectLayout } from '../../../core/layout';
import { DEFAULT_RULE_SETTINGS } from '../../../core/rules';
import { generateSchool, sampleWideTrackerSheet } from '../../../core/sample';
import { col, grade, handLayout, target } from '../report/support';

const layout = handLayout([col('Name', 'name'), col('Class', 'class'), target(), grade('RP1'), grade('RP2')]);
/** Sheets as a host reads them: no Tracklight mark, nothing in A1 or A2. */
const plain = (...names: string[]): ClassSheetFacts[] =>
  names.map((name) => ({ name, mark: null, managed: ['', ''], isProtected: false }));
/** The planned sheets as the host leaves them after writing: marked, with the plan's two formulas. */
const written = (plan: { sheets: readonly ClassSheet[] }): ClassSheetFacts[] =>
  plan.sheets.map((sheet) => ({
    name: sheet.name,
    mark: sheet.mark,
    managed: [sheet.headerFormula, sheet.filterFormula],
    isProtected: false,
  }));
const base: ClassSheetsInput = {
  layout,
  trackerSheetName: 'Year 10',
  lastRow: 7,
  classValues: ['10B', '10A', '10A', '10C', '10B', '10A'],
  sheets: plain('Year 10'),
  previous: [],
  ruleSettings: DEFAULT_RULE_SETTINGS,
};
const made = (input: Partial<ClassSheetsInput>): Extract<ClassSheetsPlan, { ok: true }> => {
  const plan = classSheetsPlan({ ...base, ...input });
  if (!plan.ok) throw new Error(plan.message);
  return plan;
};
const namesOf = (plan: { sheets: { name: string }[] }) => plan.sheets.map((sheet) => sheet.name);

describe('class sheet names', () => {
  it('names each class "Class <class>", all new on a first run', () => {
    const plan = made({});
    expect(plan.sheets.map((sheet) => [sheet.name, sheet.className, sheet.pupils, sheet.isNew])).toEqual([
      ['Class 10A', '10A', 3, true],
      ['Class 10B', '10B', 2, true],
      ['Class 10C', '10C', 1, true],
    ]);
    expect(plan.records).toEqual(
      plan.sheets.map((sheet) => ({
        name: sheet.name,
        className: sheet.className,
        trackerSheetName: 'Year 10',
        a1: expect.stringMatching(/^[0-9a-f]{8}$/),
        a2: expect.stringMatching(/^[0-9a-f]{8}$/),
      })),
    );
  });

  it("never takes a sheet Tracklight did not make: the school's own 'Class 10A' keeps its name and a new one is made beside it", () => {
    const plan = made({ sheets: plain('Year 10', 'class 10a', 'Notes') });
    expect(namesOf(plan)).toEqual(['Class 10A (2)', 'Class 10B', 'Class 10C']);
    expect(plan.notes).toContain(
      "'class 10a' has no Tracklight mark, so it is not a class sheet Tracklight made: " +
        "it was left alone, and class 10A has the new sheet 'Class 10A (2)'.",
    );
  });

  it('re-running updates the same sheets and plans nothing for any other sheet', () => {
    const first = made({ sheets: plain('Year 10', 'Class 10A') });
    const workbook = [...plain('Year 10', 'Class 10A'), ...written(first), ...plain('Class 10D')];
    const again = made({ sheets: workbook, previous: first.records, classValues: [...base.classValues, '10D'] });
    expect(again.sheets.map((sheet) => [sheet.name, sheet.isNew])).toEqual([
      ['Class 10A (2)', false],
      ['Class 10B', false],
      ['Class 10C', false],
      ['Class 10D (2)', true],
    ]);
    // The school's own 'Class 10A' and 'Class 10D', and the tracker, are never planned for.
    for (const foreign of ['Year 10', 'Class 10A', 'Class 10D']) expect(namesOf(again)).not.toContain(foreign);
    expect(new Set(namesOf(again).map((name) => name.toLowerCase())).size).toBe(again.sheets.length);
  });

  it('makes a sheet again, under its first name, when the user deleted it', () => {
    const first = made({});
    const again = made({
      sheets: [...plain('Year 10'), ...written(first).filter((sheet) => sheet.name !== 'Class 10A')],
      previous: first.records,
    });
    expect(again.sheets.map((sheet) => [sheet.name, sheet.isNew])).toEqual([
      ['Class 10A', true],
      ['Class 10B', false],
      ['Class 10C', false],
    ]);
  });

  it("leaves the sheet of a class that has gone as it is, says so, and still counts it as Tracklight's", () => {
    const first = made({});
    const again = made({ sheets: [...plain('Year 10'), ...written(first)], previous: first.records, classValues: ['10A', '10B'] });
    expect(namesOf(again)).toEqual(['Class 10A', 'Class 10B']);
    expect(again.skipped).toEqual([
      expect.objectContaining({ value: 'Class 10C', reason: expect.stringContaining("'Class 10C' was left as it is") }),
    ]);
    expect(again.records.map((record) => record.name).sort()).toEqual(['Class 10A', 'Class 10B', 'Class 10C']);
  });

  it("never takes the tracker itself, whatever its mark says, nor another tracker's class sheet", () => {
    const other = made({ trackerSheetName: 'Year 10 Maths', sheets: plain('Year 10 Maths') });
    const ofOther = written(other).find((sheet) => sheet.name === 'Class 10B')!;
    const own = written(made({}))[0]!;
    const plan = made({ sheets: [{ ...own, name: 'Year 10' }, ofOther], previous: other.records });
    expect(plan.sheets.map((sheet) => [sheet.name, sheet.isNew])).toEqual([
      ['Class 10A', true],
      ['Class 10B (2)', true],
      ['Class 10C', true],
    ]);
    expect(plan.notes).toContain(
      "'Class 10B' is Tracklight's class sheet for 'Year 10 Maths', not for this tracker's class 10B: " +
        "it was left alone, and class 10B has the new sheet 'Class 10B (2)'.",
    );
    // The other tracker's record stays, for the sheet that is still there.
    expect(plan.records).toContainEqual(other.records.find((record) => record.name === 'Class 10B'));
    expect(plan.records.map((record) => record.name.toLowerCase())).not.toContain('year 10');
    expect(plan.skipped).toEqual([]);
  });

  it('keeps names valid and unique when classes clean to the same name or are very long', () => {
    const long = 'Set 3 for Year 10 combined science with Mrs Fotheringham';
    const plan = made({ classValues: ['10/A', '10-A', long, `${long} too`] });
    for (const name of namesOf(plan)) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[:\\/?*[\]]/);
    }
    expect(new Set(namesOf(plan).map((name) => name.toLowerCase())).size).toBe(4);
    expect(plan.sheets.find((sheet) => sheet.className === '10/A')!.filterFormula).toContain('="10/A"');
  });

  it('reads saved records leniently: an unreadable record is dropped, never guessed', () => {
    expect(
      readClassSheetRecords([{ name: 'Class 10A', className: '10A', trackerSheetName: 'Year 10' }, { name: '' }, 'junk']),
    ).toHaveLength(1);
    expect(readClassSheetRecords(null)).toEqual([]);
  });
});

describe('which class column', () => {
  it('refuses clearly when the tracker has no class column, pointing at a form column if there is one', () => {
    const noClass = handLayout([col('Name', 'name'), col('Form', 'form'), target(), grade('RP1')]);
    const plan = classSheetsPlan({ ...base, layout: noClass });
    expect(plan).toEqual({
      ok: false,
      message: expect.stringMatching(/no class column.*'Class \/ set'.*'Form' \(column B\).*Nothing was changed\.$/),
    });
  });

  it('uses the general class column on a wide tracker with class columns per subject, and says so', () => {
    const wide = handLayout([
      col('Name', 'name'),
      { header: 'Maths Set', role: 'class', subject: 'Maths' },
      col('Class', 'class'),
      target('Maths'),
      grade('RP1', 'Maths'),
    ]);
    const plan = made({ layout: wide });
    expect(plan.classColumn).toEqual({ letter: 'C', label: 'Class' });
    expect(plan.notes[0]).toMatch(/general class column 'Class' \(column C\).*'Maths Set' \(column B\)/);
    expect(plan.sheets[0]!.filterFormula).toContain("'Year 10'!C2:C107");
    expect(classValuesRange(wide, 7)).toBe('C2:C7');
  });

  it('refuses a column with more values than a school has classes, and an empty one', () => {
    const many = Array.from({ length: 41 }, (_, i) => `Pupil ${i}`);
    expect(classSheetsPlan({ ...base, classValues: many, lastRow: 42 })).toEqual({
      ok: false,
      message: expect.stringContaining('41 different values'),
    });
    expect(classSheetsPlan({ ...base, classValues: ['', null] })).toEqual({
      ok: false,
      message: expect.stringContaining('no classes in it yet'),
    });
  });
});

describe('the class sheets of the sample Year 11 tracker', () => {
  const school = generateSchool({ years: [11] });
  const sheet = sampleWideTrackerSheet(school, { year: 11 });
  const detected = detectLayout(sheet.slice(0, 15));
  const plan = classSheetsPlan({
    layout: detected,
    trackerSheetName: 'Year 11',
    lastRow: sheet.length,
    topRows: sheet.slice(0, 15),
    classValues: sheet.slice(detected.dataStartRow!).map((row) => row[3]),
    sheets: plain('Year 11'),
    previous: [],
    ruleSettings: DEFAULT_RULE_SETTINGS,
  });
  if (!plan.ok) throw new Error(plan.message);
  const trackerColours = planColouring({ name: 'Year 11', lastRow: sheet.length, isProtected: false }, detected, DEFAULT_RULE_SETTINGS);
  if (!trackerColours.ok) throw new Error(trackerColours.message);

  it('has one sheet per class the generator made, with every pupil on exactly one', () => {
    const classes = [...new Set(school.yearGroups[0]!.pupils.map((pupil) => pupil.classGroup))];
    expect(plan.sheets.map((entry) => entry.className).sort()).toEqual([...classes].sort());
    expect(plan.sheets.reduce((total, entry) => total + entry.pupils, 0)).toBe(school.yearGroups[0]!.pupils.length);
  });

  it("colours the tracker's grade and target columns, moved up to start at row 2", () => {
    const colouring = plan.sheets[0]!.colouring!;
    const columnsOf = (address: string) => address.replace(/\d+/g, '');
    expect(colouring.blocks.map((block) => [columnsOf(block.current), columnsOf(block.target)])).toEqual(
      trackerColours.plan.blocks.map((block) => [columnsOf(block.current), columnsOf(block.target)]),
    );
    for (const block of colouring.blocks) expect(block.current).toMatch(/^[A-Z]+2:/);
    expect(colouring.blocks[0]!.rules[0]!.formula).toContain(`${columnsOf(colouring.blocks[0]!.current).split(':')[0]}2`);
    expect(colouring.sheetName).toBe(plan.sheets[0]!.name);
  });
});
