/** "Check grades as they are typed" on the Excel fake: exactly what is written, the school's validation kept, remove, twice, counts. */
import { describe, expect, it } from 'vitest';
import { gradeSettingsSchema } from '../../../core/grades/gradeSettings';
import { GRADE_LIST_HEADING } from '../../../core/validation/excelListSource';
import { GRADE_CHECK_MARK } from '../../../core/validation/gradeCheckMark';
import { gradeChecksApiCounts, gradeChecksPlanFor } from './gradeChecksApiCounts';
import { excelHostOn } from './support';
import { wideTracker } from './trackers';

const SCHOOL = 'list:A,B,C';
const tracker = (validation?: Record<string, string>) =>
  excelHostOn([{ name: 'Year 10', values: wideTracker(40), ...(validation ? { dataValidation: validation } : {}) }]);
const longScale = gradeSettingsSchema.parse({
  labels: Array.from({ length: 30 }, (_, index) => ({ label: `Stage ${index + 1} secure`, value: (index + 1) / 4 })),
});

describe('Excel grade checks', () => {
  it('puts a Warning list rule with a dropdown on each grade column, from the first pupil to the last', async () => {
    const { host, workbook } = tracker();
    const plan = gradeChecksPlanFor(await host.activeSheet());
    expect(await host.applyGradeChecks(plan)).toEqual({ checked: 12, leftAlone: [] });
    const validation = workbook.sheetNamed('Year 10').dataValidation;
    expect(Object.keys(validation)).toEqual(['G4:I43,K4:M43,O4:Q43,S4:U43']);
    const rule = Object.values(validation)[0]!;
    expect(rule).toContain(`List {"list":{"inCellDropDown":true,"source":"${plan.labels.join(',')}"}}`);
    expect(rule).toContain(`alert: Warning "${plan.title}"`);
    expect(rule).toContain(GRADE_CHECK_MARK);
    // No value changed, and no list sheet was needed for a short list.
    expect(workbook.sheetNamed('Year 10').values()).toEqual(wideTracker(40).map((row) => row.map((cell) => cell ?? '')));
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Year 10']);
  });

  it("leaves a column with the school's own validation exactly as it was, and names it", async () => {
    const { host, workbook } = tracker({ 'H4:H43': SCHOOL, 'A1:A2': 'list:x,y' });
    const plan = gradeChecksPlanFor(await host.activeSheet());
    const outcome = await host.applyGradeChecks(plan);
    expect(outcome.checked).toBe(11);
    expect(outcome.leftAlone).toEqual([{ range: 'H4:H43', label: 'Maths RP2 (column H)' }]);
    const validation = workbook.sheetNamed('Year 10').dataValidation;
    expect(validation['H4:H43']).toBe(SCHOOL);
    expect(validation['A1:A2']).toBe('list:x,y');
  });

  it("also leaves a column where the school's validation covers only some pupils", async () => {
    const { host } = tracker({ 'K10:K12': SCHOOL });
    const outcome = await host.applyGradeChecks(gradeChecksPlanFor(await host.activeSheet()));
    expect(outcome.leftAlone.map((column) => column.range)).toEqual(['K4:K43']);
  });

  it('changes nothing more when applied twice, and covers pupils added since', async () => {
    const { host, workbook } = tracker({ 'H4:H43': SCHOOL });
    await host.applyGradeChecks(gradeChecksPlanFor(await host.activeSheet()));
    const once = workbook.sheetNamed('Year 10').dataValidation;
    await host.applyGradeChecks(gradeChecksPlanFor(await host.activeSheet()));
    expect(workbook.sheetNamed('Year 10').dataValidation).toEqual(once);
    // Two more pupils: Tracklight's checks on rows 4-43 and none below are all its own to rewrite.
    const sheet = workbook.sheetNamed('Year 10');
    sheet.write({ row: 43, column: 0, rows: 2, columns: 1 }, [['K1'], ['K2']], 'values');
    const outcome = await host.applyGradeChecks(gradeChecksPlanFor(await host.activeSheet()));
    expect(outcome.checked).toBe(11);
    expect(Object.keys(sheet.dataValidation)).toEqual(['G4:G45,I4:I45,K4:M45,O4:Q45,S4:U45', 'H4:H43']);
  });

  it("removes only Tracklight's checks: every cell's validation is as it was, the school's stay", async () => {
    const { host, workbook } = tracker({ 'H4:H43': SCHOOL, 'B4:B43': 'list:Y,N' });
    const before = workbook.sheetNamed('Year 10').dataValidation;
    await host.applyGradeChecks(gradeChecksPlanFor(await host.activeSheet()));
    expect(await host.removeGradeChecks('Year 10')).toEqual({ removed: 11 });
    expect(workbook.sheetNamed('Year 10').dataValidation).toEqual(before);
    expect(await host.removeGradeChecks('Year 10')).toEqual({ removed: 0 });
  });

  it("puts a long list on a very hidden 'Tracklight lists' sheet and points the rule at it", async () => {
    const { host, workbook } = tracker();
    const plan = gradeChecksPlanFor(await host.activeSheet(), longScale);
    await host.applyGradeChecks(plan);
    const lists = workbook.sheetNamed('Tracklight lists');
    expect(lists.visibility).toBe('VeryHidden');
    expect(lists.values().map((row) => row[0])).toEqual([GRADE_LIST_HEADING, ...plan.labels]);
    expect(Object.values(workbook.sheetNamed('Year 10').dataValidation)[0]).toContain(`"source":"='Tracklight lists'!$A$2:$A$31"`);
    // The list sheet is never offered as a tracker.
    expect((await host.allSheets()).map((sheet) => sheet.name)).toEqual(['Year 10']);
    // Twice: the same sheet, rewritten in place.
    await host.applyGradeChecks(plan);
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Year 10', 'Tracklight lists']);
  });

  it("refuses to write over a 'Tracklight lists' sheet that is not Tracklight's, changing nothing", async () => {
    const { host, workbook } = excelHostOn([
      { name: 'Year 10', values: wideTracker(40) },
      { name: 'Tracklight lists', values: [['our own notes']] },
    ]);
    const plan = gradeChecksPlanFor(await host.activeSheet(), longScale);
    await expect(host.applyGradeChecks(plan)).rejects.toThrow(/did not make/);
    expect(workbook.sheetNamed('Year 10').dataValidation).toEqual({});
    expect(workbook.sheetNamed('Tracklight lists').values()).toEqual([['our own notes']]);
  });

  it('refuses a protected sheet, and an Excel without ExcelApi 1.9, changing nothing', async () => {
    const { host, workbook } = tracker();
    const plan = gradeChecksPlanFor(await host.activeSheet());
    workbook.sheetNamed('Year 10').isProtected = true;
    await expect(host.applyGradeChecks(plan)).rejects.toThrow(/protected/);
    expect(workbook.sheetNamed('Year 10').dataValidation).toEqual({});
    const old = excelHostOn([{ name: 'Year 10', values: wideTracker(40) }], { excelApi: '1.8' });
    await expect(old.host.applyGradeChecks(plan)).rejects.toThrow(/newer Excel/);
  });

  it('makes the same calls and syncs at 200 and 2,000 pupils', async () => {
    const [small, large, smallSyncs, largeSyncs] = await gradeChecksApiCounts().then((lines) => [
      lines[0]!.calls,
      lines[2]!.calls,
      lines[1]!.calls,
      lines[3]!.calls,
    ]);
    expect(small).toBe(large);
    expect(smallSyncs).toBe(largeSyncs);
    expect(smallSyncs).toBeLessThanOrEqual(2);
  });
});
