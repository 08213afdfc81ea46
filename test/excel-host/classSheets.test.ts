/**
 * "Class sheets" through the Excel host on the recording fake, with the core's real plan for the
 * synthetic school's Year 10 tracker read back through the host: each new sheet gets the header and
 * FILTER formulas in A1 and A2 as formulas (no pupil value is copied) and the tracker's traffic
 * lights; a re-run updates the same sheets in place, never duplicating a rule, and leaves the
 * school's own sheet named like a class sheet, a teacher's notes and every other value untouched.
 */
import { describe, expect, it } from 'vitest';
import type { FakeConditionalFormat, FakeSheetSeed } from '../fakes/excelFake';
import { classPlanFor } from './classSheetsSupport';
import { sampleTracker, TRACKER } from './reportApiCounts';
import { excelHostOn } from './support';
import { formatsOf } from './trackers';

/** The school's own sheet, named as Tracklight would name class 10A's sheet. */
const foreign: FakeSheetSeed = {
  name: 'Class 10A', values: [['Trip list'], ['Ann', 'paid']], bold: ['A1'],
  conditionalFormats: [{ type: 'Custom', range: 'B2:B9', formula: '=B2="paid"', fill: '#C6EFCE' }],
};
const notes: FakeSheetSeed = { name: 'Notes', values: [['Parents evening', 'Thursday']] };

function workbookWithTracker(pupils = 200) {
  const setup = excelHostOn([{ name: TRACKER, values: sampleTracker(pupils) }, foreign, notes]);
  const snapshot = (name: string) => {
    const sheet = setup.workbook.sheetNamed(name);
    return structuredClone({ values: sheet.values(), rules: sheet.conditionalFormats, formatting: sheet.formattingSnapshot() });
  };
  return { ...setup, snapshot, untouched: () => [TRACKER, foreign.name, notes.name].map(snapshot) };
}

describe('Excel host: class sheets', () => {
  it("adds one sheet per class holding the plan's A1 and A2 formulas, as formulas, and the tracker's traffic lights", async () => {
    const setup = workbookWithTracker();
    const plan = await classPlanFor(setup);
    const { host, workbook } = setup;
    expect(plan.sheets.length).toBeGreaterThan(3);
    expect(plan.sheets.every((sheet) => sheet.isNew)).toBe(true);
    workbook.resetCounts();

    expect(await host.writeClassSheets(plan)).toEqual({ written: plan.sheets.map((sheet) => sheet.name) });
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual([TRACKER, foreign.name, notes.name, ...plan.sheets.map((sheet) => sheet.name)]);
    for (const planned of plan.sheets) {
      const sheet = workbook.sheetNamed(planned.name);
      expect(sheet.values()).toEqual([[planned.headerFormula], [planned.filterFormula]]);
      expect(sheet.formulaAddresses().sort()).toEqual(['A1', 'A2']);
      expect(sheet.conditionalFormats).toEqual(formatsOf(planned.colouring!));
      expect(planned.colouring!.blocks.length).toBeGreaterThan(0);
    }
    // Only formulas are written, two cells per sheet: no pupil's value is copied anywhere.
    expect(workbook.writes.map((write) => [write.address, write.kind])).toEqual(plan.sheets.map(() => ['A1:A2', 'formulas']));
  });

  it("names class 10A's sheet beside the school's own 'Class 10A', and leaves every other sheet exactly as it was", async () => {
    const setup = workbookWithTracker();
    const before = setup.untouched();
    const plan = await classPlanFor(setup);
    expect(plan.sheets.find((sheet) => sheet.className === '10A')!.name).toBe('Class 10A (2)');
    await setup.host.writeClassSheets(plan);
    expect(setup.untouched()).toEqual(before);
  });

  it("re-running updates the same sheets in place: no new sheet, no duplicate rule, a teacher's notes and the school's rules kept", async () => {
    const setup = workbookWithTracker();
    const { host, workbook } = setup;
    const first = await classPlanFor(setup);
    await host.writeClassSheets(first);
    const names = workbook.sheets.map((sheet) => sheet.name);

    // Between runs a teacher adds notes beside the table and a rule of their own.
    const teachers = workbook.sheetNamed(first.sheets[1]!.name);
    teachers.write({ row: 0, column: 40, rows: 2, columns: 1 }, [['Seating plan'], ['Row 1: Ann, Bob']], 'values');
    const ownRule: FakeConditionalFormat = { type: 'Custom', range: 'AO2:AO30', formula: '=AO2<>""', fill: '#FFEB9C' };
    teachers.conditionalFormats.push(ownRule);
    const before = setup.untouched();

    const again = await classPlanFor(setup, first.records);
    expect(again.sheets.map((sheet) => [sheet.name, sheet.isNew])).toEqual(first.sheets.map((sheet) => [sheet.name, false]));
    workbook.resetCounts();
    expect(await host.writeClassSheets(again)).toEqual({ written: first.sheets.map((sheet) => sheet.name) });

    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(names);
    for (const planned of again.sheets) {
      const sheet = workbook.sheetNamed(planned.name);
      expect(sheet.readValues({ row: 0, column: 0, rows: 2, columns: 1 })).toEqual([[planned.headerFormula], [planned.filterFormula]]);
      const school = sheet === teachers ? [ownRule] : [];
      expect(sheet.conditionalFormats).toEqual([...formatsOf(planned.colouring!), ...school]);
    }
    expect(teachers.readValues({ row: 0, column: 40, rows: 2, columns: 1 })).toEqual([['Seating plan'], ['Row 1: Ann, Bob']]);
    expect(workbook.writes.every((write) => write.address === 'A1:A2' && write.kind === 'formulas')).toBe(true);
    expect(setup.untouched()).toEqual(before);
  });
});

describe('Excel host: class sheets without traffic lights', () => {
  it("takes away only Tracklight's old rules from a class sheet when the tracker can no longer be coloured", async () => {
    const setup = workbookWithTracker();
    const first = await classPlanFor(setup);
    await setup.host.writeClassSheets(first);
    const sheet = setup.workbook.sheetNamed(first.sheets[0]!.name);
    const ownRule: FakeConditionalFormat = { type: 'DataBar', range: 'AO2:AO30', details: { color: '#638EC6' } };
    sheet.conditionalFormats.push(ownRule);
    const again = await classPlanFor(setup, first.records);
    const uncoloured = { ...again, sheets: again.sheets.map((planned) => ({ ...planned, colouring: null, colouringMessage: 'No target column.' })) };
    await setup.host.writeClassSheets(uncoloured);
    expect(sheet.conditionalFormats).toEqual([ownRule]);
    expect(sheet.formulaAddresses().sort()).toEqual(['A1', 'A2']);
  });
});

describe('Excel host: class sheets that cannot be written', () => {
  it('refuses, before writing anything, when a sheet the plan would add has appeared since', async () => {
    const setup = workbookWithTracker();
    const plan = await classPlanFor(setup);
    await setup.host.addSheet(plan.sheets[2]!.name, [['Made by hand']]);
    const sheets = setup.workbook.sheets.map((sheet) => sheet.name);
    setup.workbook.resetCounts();
    await expect(setup.host.writeClassSheets(plan)).rejects.toThrow(/^A sheet called 'Class 10C' was added after Tracklight planned the class sheets.*Nothing was changed\.$/);
    expect(setup.workbook.sheets.map((sheet) => sheet.name)).toEqual(sheets);
    expect(setup.workbook.writes).toEqual([]);
    expect(setup.workbook.sheetNamed('Class 10C').values()).toEqual([['Made by hand']]);
  });

  it('refuses, before writing anything, when a class sheet to update is protected or gone', async () => {
    const setup = workbookWithTracker();
    const first = await classPlanFor(setup);
    await setup.host.writeClassSheets(first);
    const again = await classPlanFor(setup, first.records);
    setup.workbook.sheetNamed(again.sheets[0]!.name).isProtected = true;
    const before = setup.workbook.sheets.map((sheet) => structuredClone({ values: sheet.values(), rules: sheet.conditionalFormats }));
    setup.workbook.resetCounts();
    await expect(setup.host.writeClassSheets(again)).rejects.toThrow(/'Class 10A \(2\)' is protected.*Nothing was changed\.$/);
    await expect(setup.host.writeClassSheets({ ...again, sheets: [{ ...again.sheets[1]!, name: 'Class 10Z' }] })).rejects.toThrow(/^The class sheet 'Class 10Z' is no longer in this workbook/);
    expect(setup.workbook.writes).toEqual([]);
    expect(setup.workbook.sheets.map((sheet) => structuredClone({ values: sheet.values(), rules: sheet.conditionalFormats }))).toEqual(before);
  });
});
