import { describe, expect, it } from 'vitest';
import { pupilSheetPlan, readPupilSheetMark, type PupilSheetFacts } from '../../../core/pupilSheet';
import { DEFAULT_RULE_SETTINGS } from '../../../core/rules';
import { col, grade, handLayout, target } from '../report/support';
import { planFor, pupils, specs, TRACKER, trackerLayout, trackerRows, writtenAt, writtenGrid } from './support';

const tracker: PupilSheetFacts = { name: TRACKER, mark: null, isProtected: false };
const ranges = "'Year 10 O''Neil'!";

describe('the pupil report sheet plan', () => {
  it('lays out one pupil: picker, date, details, a row per subject with target and each collection, effort and attendance', () => {
    const plan = planFor();
    const grid = writtenGrid(plan);
    expect(plan.sheetName).toBe("Pupil report Year 10 O'Neil");
    expect(plan.isNew).toBe(true);
    expect(grid.map((row) => row[0])).toEqual([
      "Pupil report: Year 10 O'Neil",
      expect.stringMatching(/^=IF\(\$B\$3="","Choose a pupil/),
      'Pupil',
      'Date',
      'Class',
      'Tutor group',
      '',
      'Subject',
      'Maths',
      'English',
      '',
      'Effort and attendance',
      'Effort',
      'Attendance',
      '',
      "Teacher's comment",
    ]);
    expect(grid[7]).toEqual(['Subject', 'Target', 'RP1', 'RP2']);
    expect(grid[3]![1]).toBe('=TODAY()');
    // Maths target is column E, Maths RP2 column G, English RP1 column I: each a lookup of the chosen pupil's row.
    const lookup = (letter: string) =>
      `=IF($B$3="","",IFERROR(IF(INDEX(${ranges}$${letter}$3:$${letter}$6,MATCH($B$3,${ranges}$B$3:$B$6,0))="","",` +
      `INDEX(${ranges}$${letter}$3:$${letter}$6,MATCH($B$3,${ranges}$B$3:$B$6,0))),""))`;
    expect(grid[8]!.slice(1)).toEqual([lookup('E'), lookup('F'), lookup('G')]);
    expect(grid[9]!.slice(1)).toEqual([lookup('H'), lookup('I'), lookup('J')]);
    expect(grid[4]![1]).toBe(lookup('C'));
    expect(grid[13]![1]).toBe(lookup('L'));
  });

  it("never writes the picker or the comment lines, which are the user's", () => {
    const plan = planFor();
    expect(writtenAt(plan, 'B3')).toBeUndefined();
    for (const cell of ['A17', 'D17', 'B19', 'A20', 'D20']) expect(writtenAt(plan, cell)).toBeUndefined();
    expect(readPupilSheetMark(plan.mark)).toMatchObject({
      tracker: TRACKER,
      sheet: plan.sheetName,
      area: 'A1:D20',
      keep: ['B3', 'A17:D20'],
    });
  });

  it('lists every pupil on the tracker in a dropdown over the name column, and prints on one A4 page', () => {
    const plan = planFor();
    expect(plan.picker).toMatchObject({ cell: 'B3', sheetName: TRACKER, range: 'B3:B6', excelSource: `=${ranges}$B$3:$B$6` });
    expect(plan.print).toEqual({ area: 'A1:D20', paper: 'A4', orientation: 'portrait', fitToOnePage: true });
    expect(plan.numberFormats).toEqual([
      { format: 'd mmmm yyyy', ranges: ['B4'] },
      { format: '0%', ranges: ['B14'] },
    ]);
  });

  it("colours the grades against each subject's target with the tracker's four rules", () => {
    const plan = planFor();
    expect(plan.colouring?.blocks.map(({ current, target: against }) => [current, against])).toEqual([['C9:D10', 'B9:B10']]);
    expect(plan.colouring?.blocks[0]!.rules.map((rule) => rule.status)).toEqual(['Above', 'On', 'Below', 'Well below']);
    expect(plan.colouring?.sheetName).toBe(plan.sheetName);
  });

  it('colours against a per-collection expected grade where the tracker pairs one, beside the printed page', () => {
    const layout = handLayout([col('Name', 'name'), target(), col('RP1 expected', 'expected'), grade('RP1'), grade('RP2')]);
    const paired = {
      ...layout,
      pairs: [
        { grade: 3, target: 2, label: 'RP1 -> RP1 expected' },
        { grade: 4, target: 1, label: 'RP2 -> Target' },
      ],
    };
    const outcome = pupilSheetPlan({
      layout: paired,
      trackerSheetName: 'T',
      lastRow: 3,
      values: [
        ['Name', 'Target', 'RP1 expected', 'RP1', 'RP2'],
        ['Ann', 6, 4, 4, 5],
        ['Bob', 5, 3, 3, 4],
      ],
      sheets: [{ name: 'T', mark: null, isProtected: false }],
      ruleSettings: DEFAULT_RULE_SETTINGS,
    });
    if (!outcome.ok) throw new Error(outcome.message);
    const grid = writtenGrid(outcome.plan);
    const header = grid.findIndex((row) => row[0] === 'Subject');
    expect(grid[header]).toEqual(['Subject', 'Target', 'RP1', 'RP2', '', 'Coloured against: RP1', 'Coloured against: RP2']);
    expect(grid[header + 1]![5]).toContain("INDEX('T'!$C$2:$C$3");
    expect(grid[header + 1]![6]).toContain("INDEX('T'!$B$2:$B$3");
    const row = header + 2;
    expect(outcome.plan.colouring?.blocks.map((block) => [block.current, block.target])).toEqual([[`C${row}:D${row}`, `F${row}:G${row}`]]);
    expect(outcome.plan.print.area).toMatch(/^A1:D\d+$/);
  });

  it('lists UPNs, and shows the name beside them, when two pupils share a name', () => {
    const twins = [...trackerRows, ['E500', 'Ann Lee', '10C', '10F3', 5, 5, 5, 5, 5, 5, 2, 0.9]];
    const plan = planFor([tracker], twins);
    expect(plan.picker.range).toBe('A3:A7');
    expect(writtenGrid(plan).find((row) => row[0] === 'Name')?.[1]).toContain('$B$3:$B$7');
    expect(writtenAt(plan, 'A3')).toBe('Pupil (UPN)');
    expect(plan.notes.join(' ')).toContain('Some pupils share a name');
  });

  it('says what to fix when the tracker has no name or UPN column, or no grades, and plans nothing', () => {
    const refused = (layout = trackerLayout) =>
      pupilSheetPlan({
        layout,
        trackerSheetName: TRACKER,
        lastRow: 6,
        values: trackerRows,
        sheets: [tracker],
        ruleSettings: DEFAULT_RULE_SETTINGS,
      });
    const noNames = handLayout(
      specs.filter((spec) => spec.role !== 'name' && spec.role !== 'upn'),
      1,
    );
    expect(refused(noNames)).toEqual({
      ok: false,
      message: expect.stringContaining("set the role of the column that holds each pupil's name to 'Pupil name'"),
    });
    const noGrades = handLayout(
      specs.filter((spec) => spec.role !== 'grade'),
      1,
    );
    expect(refused(noGrades)).toEqual({ ok: false, message: expect.stringContaining("Set the grade columns' role to 'Grade'") });
  });

  it('updates the sheet it made for this tracker, and clears only what it laid out before and no longer needs', () => {
    const first = planFor();
    const made: PupilSheetFacts = { name: first.sheetName, mark: first.mark, isProtected: false };
    const again = planFor([tracker, made]);
    expect(again).toMatchObject({ sheetName: first.sheetName, isNew: false, expected: { mark: first.mark } });
    expect(again.writes).toEqual(first.writes);

    // The tracker loses its RP2 columns: the report is one column narrower, and D's old cells are cleared.
    const narrower = handLayout(
      specs.filter((spec) => spec.header !== 'Maths RP2' && spec.header !== 'English RP2'),
      1,
    );
    const rows = trackerRows.map((row, r) => (r === 0 ? row : row.filter((_, c) => c !== 6 && c !== 9)));
    const outcome = pupilSheetPlan({
      layout: narrower,
      trackerSheetName: TRACKER,
      lastRow: 6,
      values: rows,
      sheets: [tracker, made],
      ruleSettings: DEFAULT_RULE_SETTINGS,
    });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.plan.checkArea).toBe('A1:D20');
    expect(writtenAt(outcome.plan, 'D8')).toBe('');
    expect(writtenAt(outcome.plan, 'C8')).toBe("'RP1");
    // The old comment lines are still the user's; the new ones (A17:C20) are inside them.
    expect(writtenAt(outcome.plan, 'D18')).toBeUndefined();
  });

  it('leaves a renamed copy alone, refuses a protected report sheet, and refuses to make one from a report sheet', () => {
    const first = planFor();
    const copy = planFor([tracker, { name: 'My copy', mark: first.mark, isProtected: false }]);
    expect(copy.isNew).toBe(true);
    expect(copy.notes).toContain(
      "'My copy' is a renamed copy of a pupil report sheet, so it is the school's own now: Tracklight left it alone.",
    );
    const input = {
      layout: trackerLayout,
      trackerSheetName: TRACKER,
      lastRow: 6,
      values: trackerRows,
      ruleSettings: DEFAULT_RULE_SETTINGS,
    };
    expect(pupilSheetPlan({ ...input, sheets: [tracker, { name: first.sheetName, mark: first.mark, isProtected: true }] })).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^The pupil report sheet 'Pupil report Year 10 O'Neil' is protected, so Tracklight cannot update it\./,
      ),
    });
    const fromReport = pupilSheetPlan({
      ...input,
      trackerSheetName: first.sheetName,
      sheets: [tracker, { name: first.sheetName, mark: first.mark, isProtected: false }],
    });
    expect(fromReport).toEqual({ ok: false, message: expect.stringContaining(`is a pupil report sheet made from '${TRACKER}'`) });
  });

  it('says that a host without marks gets a new sheet each time', () => {
    const plan = planFor([{ ...tracker, mark: undefined }]);
    expect(plan.notes.join(' ')).toContain('making the pupil report again adds a new sheet');
  });

  it('writes the tracker text it shows (subjects, collections, labels) so that no host reads it as a value', () => {
    const layout = handLayout([col('Name', 'name'), target('10'), grade('1/2', '10')]);
    const outcome = pupilSheetPlan({
      layout,
      trackerSheetName: '=SUM',
      lastRow: 2,
      values: [
        ['Name', '10 Target', '10 1/2'],
        [pupils[0]![1], 5, 4],
      ],
      sheets: [],
      ruleSettings: DEFAULT_RULE_SETTINGS,
    });
    if (!outcome.ok) throw new Error(outcome.message);
    const grid = outcome.plan.writes.flatMap((write) => write.values.flat());
    expect(grid).toEqual(expect.arrayContaining(['Pupil report: =SUM', "'10", "'1/2"]));
  });
});
