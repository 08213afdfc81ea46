/**
 * "Class sheets" through the Excel host on the recording fake, with the core's real plan for the
 * synthetic school's Year 10 tracker read back through the host: each new sheet gets the header and
 * FILTER formulas in A1 and A2 as formulas (no pupil value is copied) and the tracker's traffic
 * lights; a re-run updates the same sheets in place, never duplicating a rule, and leaves the
 * school's own sheet named like a class sheet, a teacher's notes and every other value untouched.
 */
import { describe, expect, it } from 'vitest';
import type { FakeConditionalFormat, FakeSheetSeed } from '../../fakes/excelFake';
import { classPlanFor } from './classSheetsSupport';
import { sampleTracker, TRACKER } from './reportApiCounts';
import { excelHostOn } from './support';
import { formatsOf } from './trackers';

/** The school's own sheet, named as Tracklight would name class 10A's sheet. */
const foreign: FakeSheetSeed = {
  name: 'Class 10A',
  values: [['Trip list'], ['Ann', 'paid']],
  bold: ['A1'],
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

    expect(await host.writeClassSheets(plan)).toEqual({ written: plan.sheets.map((sheet) => sheet.name), notWritten: [], problems: [] });
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual([
      TRACKER,
      foreign.name,
      notes.name,
      ...plan.sheets.map((sheet) => sheet.name),
    ]);
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

  const updatesInPlace =
    "re-running updates the same sheets in place: no new sheet, no duplicate rule, a teacher's notes and the school's rules kept";
  it(updatesInPlace, async () => {
    const setup = workbookWithTracker();
    const { host, workbook } = setup;
    const first = await classPlanFor(setup);
    await host.writeClassSheets(first);
    const names = workbook.sheets.map((sheet) => sheet.name);

    // Between runs a teacher adds notes beside the table (past its last column, BM) and a rule of their own.
    const teachers = workbook.sheetNamed(first.sheets[1]!.name);
    teachers.write({ row: 0, column: 70, rows: 2, columns: 1 }, [['Seating plan'], ['Row 1: Ann, Bob']], 'values');
    const ownRule: FakeConditionalFormat = { type: 'Custom', range: 'AO2:AO30', formula: '=AO2<>""', fill: '#FFEB9C' };
    teachers.conditionalFormats.push(ownRule);
    const before = setup.untouched();

    const again = await classPlanFor(setup, first.records);
    expect(again.sheets.map((sheet) => [sheet.name, sheet.isNew])).toEqual(first.sheets.map((sheet) => [sheet.name, false]));
    workbook.resetCounts();
    expect(await host.writeClassSheets(again)).toEqual({ written: first.sheets.map((sheet) => sheet.name), notWritten: [], problems: [] });

    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(names);
    for (const planned of again.sheets) {
      const sheet = workbook.sheetNamed(planned.name);
      expect(sheet.readValues({ row: 0, column: 0, rows: 2, columns: 1 })).toEqual([[planned.headerFormula], [planned.filterFormula]]);
      const school = sheet === teachers ? [ownRule] : [];
      expect(sheet.conditionalFormats).toEqual([...formatsOf(planned.colouring!), ...school]);
    }
    expect(teachers.readValues({ row: 0, column: 70, rows: 2, columns: 1 })).toEqual([['Seating plan'], ['Row 1: Ann, Bob']]);
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
    const uncoloured = {
      ...again,
      sheets: again.sheets.map((planned) => ({ ...planned, colouring: null, colouringMessage: 'No target column.' })),
    };
    await setup.host.writeClassSheets(uncoloured);
    expect(sheet.conditionalFormats).toEqual([ownRule]);
    expect(sheet.formulaAddresses().sort()).toEqual(['A1', 'A2']);
  });
});

describe('Excel host: class sheets that cannot be written', () => {
  it('leaves a sheet the plan would add, made by hand since, exactly as it is, says why, and writes the rest', async () => {
    const setup = workbookWithTracker();
    const plan = await classPlanFor(setup);
    await setup.host.addSheet(plan.sheets[2]!.name, [['Made by hand']]);
    setup.workbook.resetCounts();
    const outcome = await setup.host.writeClassSheets(plan);
    expect(outcome.notWritten).toEqual([
      {
        name: 'Class 10C',
        reason: expect.stringMatching(
          /^A sheet called 'Class 10C' was added after Tracklight planned the class sheets.*so it was not written\./,
        ),
      },
    ]);
    expect(outcome.written).toEqual(plan.sheets.map((sheet) => sheet.name).filter((name) => name !== 'Class 10C'));
    expect(setup.workbook.sheetNamed('Class 10C').values()).toEqual([['Made by hand']]);
    expect(setup.workbook.sheetNamed('Class 10C').customProperties.size).toBe(0);
    expect(setup.workbook.writes.map((write) => write.sheet)).not.toContain('Class 10C');
  });

  it('leaves a class sheet that was protected or has gone since the plan as it is, naming it, and updates the rest', async () => {
    const setup = workbookWithTracker();
    const first = await classPlanFor(setup);
    await setup.host.writeClassSheets(first);
    const again = await classPlanFor(setup, first.records);
    setup.workbook.sheetNamed(again.sheets[0]!.name).isProtected = true;
    const before = structuredClone(setup.workbook.sheetNamed(again.sheets[0]!.name).values());
    setup.workbook.resetCounts();
    const outcome = await setup.host.writeClassSheets(again);
    expect(outcome.notWritten).toEqual([
      { name: 'Class 10A (2)', reason: expect.stringMatching(/^The class sheet 'Class 10A \(2\)' is protected, so it was not updated\./) },
    ]);
    expect(outcome.written).toEqual(again.sheets.slice(1).map((sheet) => sheet.name));
    expect(setup.workbook.sheetNamed('Class 10A (2)').values()).toEqual(before);
    const gone = await setup.host.writeClassSheets({ ...again, sheets: [{ ...again.sheets[1]!, name: 'Class 10Z' }] });
    expect(gone).toEqual({
      written: [],
      notWritten: [{ name: 'Class 10Z', reason: expect.stringMatching(/^The class sheet 'Class 10Z' is no longer in this workbook/) }],
      problems: [],
    });
  });

  it("marks each new sheet as it is added: the mark is the plan's, in a worksheet custom property", async () => {
    const setup = workbookWithTracker();
    const plan = await classPlanFor(setup);
    await setup.host.writeClassSheets(plan);
    for (const planned of plan.sheets)
      expect([...setup.workbook.sheetNamed(planned.name).customProperties.values()]).toEqual([
        { key: 'tracklight.classSheet', value: planned.mark },
      ]);
    for (const name of [TRACKER, foreign.name, notes.name]) expect(setup.workbook.sheetNamed(name).customProperties.size).toBe(0);
  });

  const spilledCells =
    'treats cells its table spills into (getSpillingToRangeOrNullObject) as its own, and a typed cell beside them as in the way';
  it(spilledCells, async () => {
    const setup = workbookWithTracker();
    const first = await classPlanFor(setup);
    await setup.host.writeClassSheets(first);
    const planned = first.sheets[1]!;
    const sheet = setup.workbook.sheetNamed(planned.name);
    // What Excel shows once the FILTER has spilled: values below A2, and the header row beside A1.
    const width = planned.spillArea.match(/^A1:([A-Z]+)/)![1]!;
    setup.workbook.spills.set(`${planned.name.toLowerCase()}!A1`, `A1:${width}1`);
    setup.workbook.spills.set(`${planned.name.toLowerCase()}!A2`, `A2:${width}${1 + planned.pupils}`);
    sheet.write({ row: 1, column: 1, rows: 1, columns: 1 }, [['Spilled value']], 'values');
    const again = await classPlanFor(setup, first.records);
    expect((await setup.host.writeClassSheets(again)).notWritten).toEqual([]);

    setup.workbook.spills.delete(`${planned.name.toLowerCase()}!A2`);
    const blocked = await setup.host.writeClassSheets(await classPlanFor(setup, first.records));
    expect(blocked.notWritten).toEqual([
      {
        name: planned.name,
        reason: expect.stringContaining(`'${planned.name}' has something typed in B2, where the class list needs room`),
      },
    ]);
  });
});
