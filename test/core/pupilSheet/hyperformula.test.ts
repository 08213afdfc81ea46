/**
 * The pupil report sheet's formulas evaluated in HyperFormula over the tracker they read: choosing a
 * pupil shows exactly that pupil's values (blanks stay blank, a name that looks like a formula is
 * found as the text it is), and the grades it shows are coloured as ON_TRACK says, by evaluating the
 * sheet's own traffic-light rules over what it shows.
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { afterAll, describe, expect, it } from 'vitest';
import { functions } from '../../../core/functions';
import { rangeOf } from '../../../core/pupilSheet';
import { asTypedCell, evaluateRules } from '../rules/ruleGrid';
import { planFor, pupils, TRACKER, trackerRows, writtenGrid } from './support';

const plan = planFor();
const REPORT = plan.sheetName;
const reportCells = writtenGrid(plan).map((row) => row.map((cell) => (cell === '' ? null : cell.startsWith('=') ? cell : `'${cell}`)));
const engine = HyperFormula.buildFromSheets(
  { [TRACKER]: trackerRows.map((row) => row.map(asTypedCell)), [REPORT]: reportCells as RawCellContent[][] },
  { licenseKey: 'gpl-v3' },
);
afterAll(() => engine.destroy());
const report = engine.getSheetId(REPORT)!;

/** Chooses a pupil in B3 (as the dropdown does: the text itself) and reads the sheet. */
function choose(pupil: string | null): unknown[][] {
  engine.setCellContents({ sheet: report, row: 2, col: 1 }, [[pupil === null ? null : `'${pupil}`]]);
  return engine.getSheetValues(report);
}

const shown = (value: unknown) => (value === null || value === undefined ? '' : value);

describe('the pupil report sheet in HyperFormula', () => {
  it.each([
    ['Ann Lee, who has every value', 0],
    ['Bob Cho, whose form, RP1, English target and effort are blank', 1],
    ['"=1+1", a name that looks like a formula', 2],
  ])('shows exactly the chosen pupil: %s', (_, index) => {
    const pupil = pupils[index]!;
    const values = choose(String(pupil[1]));
    const [, , className, form, mathsTarget, mathsRp1, mathsRp2, englishTarget, englishRp1, englishRp2, effort, attendance] =
      pupil.map(shown);
    expect(values[1]![0]).toBe('');
    expect(values[4]!.slice(0, 2)).toEqual(['Class', className]);
    expect(values[5]!.slice(0, 2)).toEqual(['Tutor group', form]);
    expect(values[8]).toEqual(['Maths', mathsTarget, mathsRp1, mathsRp2]);
    expect(values[9]).toEqual(['English', englishTarget, englishRp1, englishRp2]);
    expect(values[12]!.slice(0, 2)).toEqual(['Effort', effort]);
    expect(values[13]!.slice(0, 2)).toEqual(['Attendance', attendance]);
    expect(typeof values[3]![1]).toBe('number'); // TODAY() as a date serial, shown by the plan's date format
  });

  it('says what to do when no pupil is chosen, or one who is not on the tracker, and shows nothing else', () => {
    const none = choose(null);
    expect(none[1]![0]).toBe('Choose a pupil from the list in B3.');
    expect(none[8]).toEqual(['Maths', '', '', '']);
    const gone = choose('Zed Ash');
    expect(gone[1]![0]).toBe(`Not on '${TRACKER}': choose a pupil again from the list.`);
    expect(gone[4]![1]).toBe('');
  });

  it("colours what it shows exactly as ON_TRACK colours the tracker's cells", () => {
    const block = rangeOf(plan.colouring!.blocks[0]!.current);
    const rules = plan.colouring!.blocks[0]!.rules;
    for (const pupil of pupils.slice(0, 3)) {
      const values = choose(String(pupil[1]));
      const shownCells = values.map((row) => row.map((value) => (value === '' ? null : asTypedCell(value))));
      const sheet = evaluateRules(
        shownCells,
        { row: block.firstRow - 1, col: block.firstColumn - 1, rows: 2, cols: 2 },
        rules.map((rule) => rule.formula),
      );
      const statuses = [0, 1].map((r) => [0, 1].map((c) => rules.find((_, i) => sheet.results[i]![r]![c] === true)?.status ?? ''));
      sheet.hf.destroy();
      const expected = functions.ON_TRACK(
        [pupil.slice(5, 7).map(shown), pupil.slice(8, 10).map(shown)],
        [[shown(pupil[4])], [shown(pupil[7])]],
      ) as unknown[][];
      expect(statuses.flat().filter(Boolean).length).toBeGreaterThan(0);
      expect(statuses).toEqual(expected.map((row) => row.map((status) => (typeof status === 'string' ? status : ''))));
    }
  });
});
