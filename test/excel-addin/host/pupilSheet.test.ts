/** "Make pupil report sheet" on the Excel fake: what is written, what is kept, twice, refusals, older Excel. */
import { describe, expect, it } from 'vitest';
import { COMMENT_LINES, PUPIL_SHEET_MARK_KEY, pupilSheetPlan, type PupilSheetPlan } from '../../../core/pupilSheet';
import { DEFAULT_RULE_SETTINGS, isTracklightRule } from '../../../core/rules';
import { TRACKER, trackerLayout, trackerRows, writtenGrid } from '../../core/pupilSheet/support';
import { excelHostOn } from './support';

type Setup = ReturnType<typeof excelHostOn>;

const SCHOOL_RULE = { type: 'Custom', range: 'E3:E6', formula: '=E3>8', fill: '#000000', fontColor: '#FFFFFF' };
const onTracker = (excelApi?: string) =>
  excelHostOn([{ name: TRACKER, values: trackerRows, conditionalFormats: [structuredClone(SCHOOL_RULE)] }], { excelApi });

async function planOn({ host }: Setup): Promise<PupilSheetPlan> {
  const outcome = pupilSheetPlan({
    layout: trackerLayout,
    trackerSheetName: TRACKER,
    lastRow: trackerRows.length,
    values: trackerRows,
    sheets: await host.readPupilSheetFacts!(),
    ruleSettings: DEFAULT_RULE_SETTINGS,
  });
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.plan;
}

/** Everything Tracklight or a user could have changed on a sheet. */
function stateOf({ workbook }: Setup, name: string) {
  const sheet = workbook.sheetNamed(name);
  return structuredClone({
    values: sheet.values(),
    formulas: sheet.formulaAddresses().sort(),
    validation: sheet.dataValidation,
    formats: sheet.conditionalFormats,
    page: sheet.pageSetup,
    properties: [...sheet.customProperties.values()],
  });
}

describe('the pupil report sheet in Excel', () => {
  it('adds a marked sheet of formulas, the pupil list in B3, A4 print setup and traffic lights; the tracker is untouched', async () => {
    const setup = onTracker();
    const before = stateOf(setup, TRACKER);
    const plan = await planOn(setup);
    expect(await setup.host.writePupilSheet!(plan)).toEqual({ written: true, problems: [] });
    const sheet = setup.workbook.sheetNamed(plan.sheetName);
    // Every cell as the plan lays it out, B3 (the user's) empty; text lands as text, formulas as formulas.
    const expected = writtenGrid(plan).map((row) => Array.from({ length: 4 }, (_, c) => row[c] ?? ''));
    const formulas = sheet.readFormulas({ row: 0, column: 0, rows: expected.length, columns: 4 });
    expect(formulas.map((row) => row.map((cell) => String(cell ?? '')))).toEqual(expected);
    expect(sheet.dataValidation).toEqual({ B3: expect.stringContaining(`"source":"='Year 10 O''Neil'!$B$3:$B$6"`) });
    expect(sheet.dataValidation.B3).toContain('alert: Warning');
    expect(sheet.pageSetup).toEqual({
      printArea: 'A1:D20',
      orientation: 'Portrait',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 1 },
    });
    expect(sheet.conditionalFormats.filter((format) => isTracklightRule(format.formula ?? '')).map((format) => format.range)).toEqual([
      'C9:D10',
      'C9:D10',
      'C9:D10',
      'C9:D10',
    ]);
    expect(sheet.customProperties.get(PUPIL_SHEET_MARK_KEY.toLowerCase())?.value).toBe(plan.mark);
    expect(stateOf(setup, TRACKER)).toEqual(before);
    expect(setup.workbook.activeSheet().name).toBe(plan.sheetName);
  });

  it('keeps the chosen pupil and the typed comment when made again, and changes nothing more', async () => {
    const setup = onTracker();
    const first = await planOn(setup);
    await setup.host.writePupilSheet!(first);
    const sheet = setup.workbook.sheetNamed(first.sheetName);
    sheet.write({ row: 2, column: 1, rows: 1, columns: 1 }, [['Bob Cho']], 'values');
    sheet.write({ row: 16, column: 0, rows: COMMENT_LINES, columns: 1 }, [['Works hard.'], ['Revise algebra.'], [''], ['']], 'values');
    const once = stateOf(setup, first.sheetName);
    const again = await planOn(setup);
    expect(again.isNew).toBe(false);
    expect(await setup.host.writePupilSheet!(again)).toEqual({ written: true, problems: [] });
    expect(stateOf(setup, first.sheetName)).toEqual(once);
    expect(setup.workbook.sheets.map((each) => each.name)).toEqual([TRACKER, first.sheetName]);
  });

  it('refuses, changing nothing, when a cell it wrote was edited or something is typed where it needs room', async () => {
    const setup = onTracker();
    const first = await planOn(setup);
    await setup.host.writePupilSheet!(first);
    const sheet = setup.workbook.sheetNamed(first.sheetName);
    sheet.write({ row: 8, column: 2, rows: 1, columns: 1 }, [['9']], 'values');
    const edited = stateOf(setup, first.sheetName);
    const outcome = await setup.host.writePupilSheet!(await planOn(setup));
    expect(outcome).toEqual({ written: false, reason: expect.stringContaining('was changed by hand') });
    expect(stateOf(setup, first.sheetName)).toEqual(edited);
  });

  it('refuses a sheet added under its name since the plan, and one protected since', async () => {
    const setup = onTracker();
    const plan = await planOn(setup);
    setup.workbook.addSheet(plan.sheetName);
    expect(await setup.host.writePupilSheet!(plan)).toEqual({ written: false, reason: expect.stringMatching(/^A sheet called/) });
    const other = onTracker();
    const first = await planOn(other);
    await other.host.writePupilSheet!(first);
    const again = await planOn(other);
    other.workbook.sheetNamed(first.sheetName).isProtected = true;
    expect(await other.host.writePupilSheet!(again)).toEqual({ written: false, reason: expect.stringContaining('is protected') });
  });

  it('in an Excel without ExcelApi 1.12 or 1.9: a new sheet each time, and the print settings left to the user, said', async () => {
    const setup = onTracker('1.8');
    const plan = await planOn(setup);
    expect(plan.notes.join(' ')).toContain('making the pupil report again adds a new sheet');
    const outcome = await setup.host.writePupilSheet!(plan);
    expect(outcome).toEqual({ written: true, problems: [expect.stringContaining('choose File > Print, A4, Portrait')] });
    expect(setup.workbook.sheetNamed(plan.sheetName).pageSetup.printArea).toBeNull();
    expect(setup.workbook.sheetNamed(plan.sheetName).dataValidation.B3).toContain('List');
    const again = await planOn(setup);
    expect(again.sheetName).not.toBe(plan.sheetName);
  });
});
