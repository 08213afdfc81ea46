/** One subject per sheet: the most common departmental tracker. */
import { describe, expect, it } from 'vitest';
import { detectLayout, layoutSchema } from '../../../core/layout';
import { column, pairLabels, roleOf, rolesByHeader, warningCodes, warningFor } from './helpers';

describe('single-subject trackers', () => {
  it('finds headings in row 4 under a merged title, a blank row and a date line', () => {
    const layout = detectLayout([
      ['Year 11 Maths Tracker 2025-26', '', '', '', '', '', '', ''],
      ['', '', '', '', '', '', '', ''],
      ['Data as of November', '', '', '', '', '', '', ''],
      ['UPN', 'Surname', 'Forename', 'Set', 'Target', 'Working At', 'RP1', 'RP2'],
      ['A123456789012', 'Khan', 'Aisha', '11M1', '7', '6', '6', '7'],
      ['B123456789012', 'Jones', 'Tom', '11M2', '5', '4', '4', ''],
    ]);
    expect(layoutSchema.safeParse(layout).success).toBe(true);
    expect(layout.headerRow).toBe(3);
    expect(layout.dataStartRow).toBe(4);
    expect(rolesByHeader(layout)).toEqual({
      UPN: 'upn',
      Surname: 'surname',
      Forename: 'forename',
      Set: 'class',
      Target: 'target',
      'Working At': 'grade',
      RP1: 'grade',
      RP2: 'grade',
    });
    expect(pairLabels(layout)).toEqual(['Working At -> Target', 'RP1 -> Target', 'RP2 -> Target']);
    expect(layout.collections).toEqual(['Working At', 'RP1', 'RP2']);
    expect(layout.subjects).toEqual([]);
    expect(layout.warnings).toEqual([]);
  });

  it('keeps a blank spacer column out of the way, and names a blank-headed column that holds grades', () => {
    const layout = detectLayout([
      ['Science Tracker'],
      [],
      ['Name', 'Target', '', 'Autumn', '', 'Predicted'],
      ['Ola', '6', '', '5', '5', '6'],
    ]);
    expect(layout.headerRow).toBe(2);
    expect(column(layout, 'Name').letter).toBe('A');
    const blanks = layout.columns.filter((c) => c.header === '');
    expect(blanks.map((c) => [c.letter, c.role, c.label])).toEqual([
      ['C', 'other', 'Column C'],
      ['E', 'other', 'Column E'],
    ]);
    expect(pairLabels(layout)).toEqual(['Autumn -> Target', 'Predicted -> Target']);
    // Column E holds data under no heading: the user is told; spacer column C is not mentioned.
    const blank = warningFor(layout, 'blankHeading');
    expect(blank.columns).toEqual([4]);
    expect(blank.message).toContain('E');
    expect(blank.message).toMatch(/no heading/);
  });

  it('reads the abbreviations departments use: WAG, CWA, MLG, MEG, FFT20', () => {
    const layout = detectLayout([['Pupil', 'MEG', 'FFT20', 'WAG', 'CWA', 'MLG']]);
    expect(rolesByHeader(layout)).toEqual({ Pupil: 'name', MEG: 'target', FFT20: 'target', WAG: 'grade', CWA: 'grade', MLG: 'grade' });
    // The school's minimum expected grade is preferred to an FFT estimate, and the choice is reported.
    // WAG and CWA are working-at grades beside the prediction MLG, with no expected grade: only MLG is coloured.
    expect(pairLabels(layout)).toEqual(['MLG -> MEG']);
    expect(warningFor(layout, 'ambiguousTarget').columns).toEqual([1, 2]);
    expect(layout.warnings.filter((w) => w.code === 'workingAtUnpaired').map((w) => w.columns)).toEqual([
      [3, 5],
      [4, 5],
    ]);
  });

  it('reads Autumn, Spring and Summer collections in the order they appear', () => {
    const layout = detectLayout([['Name', 'Target Grade', 'Autumn 1', 'Aut 2', 'Spring 1', 'Spring 2', 'Summer 1', 'Summer Term 2']]);
    expect(layout.columns.slice(2).every((c) => c.role === 'grade')).toBe(true);
    expect(layout.collections).toEqual(['Autumn 1', 'Aut 2', 'Spring 1', 'Spring 2', 'Summer 1', 'Summer Term 2']);
    expect(layout.pairs).toHaveLength(6);
    expect(layout.pairs.every((pair) => pair.target === 1)).toBe(true);
  });

  it('reads mocks, terms and data collections as grade columns against a Y11 target', () => {
    const layout = detectLayout([
      ['Adno', 'Name', 'Y11 Target', 'Nov Mock', 'Feb Mock', 'Term 1', 'DC1', 'AP3', 'Most Likely Grade', 'Projected'],
    ]);
    expect(roleOf(layout, 'Y11 Target')).toBe('target');
    expect(layout.collections).toEqual(['Nov Mock', 'Feb Mock', 'Term 1', 'DC1', 'AP3', 'Most Likely Grade', 'Projected']);
    expect(pairLabels(layout)[0]).toBe('Nov Mock -> Y11 Target');
    expect(layout.warnings).toEqual([]);
  });

  it('does not take a one-off describing word for a subject', () => {
    const layout = detectLayout([['Name', 'Target', 'Realistic Prediction', 'Predicted']]);
    expect(layout.subjects).toEqual([]);
    expect(layout.columns[2]).toMatchObject({ role: 'grade', subject: null, collection: 'Realistic Prediction' });
    expect(pairLabels(layout)).toEqual(['Realistic Prediction -> Target', 'Predicted -> Target']);
  });

  it('says plainly that colouring needs a target column when there is none', () => {
    const layout = detectLayout([
      ['Name', 'Class', 'Current', 'Predicted'],
      ['Sam', '10X1', '4', '5'],
    ]);
    expect(rolesByHeader(layout)).toEqual({ Name: 'name', Class: 'class', Current: 'grade', Predicted: 'grade' });
    expect(layout.pairs).toEqual([]);
    const noTarget = warningFor(layout, 'noTarget');
    expect(noTarget.severity).toBe('error');
    expect(noTarget.message).toMatch(/target column/i);
    expect(noTarget.message).toMatch(/cannot be coloured/);
    expect(noTarget.message).toMatch(/Add a column headed 'Target'/);
  });

  it('gives the same roles and pairs whatever order the headings come in', () => {
    const forwards = detectLayout([['Name', 'PP', 'Target', 'Current', 'Predicted']]);
    const backwards = detectLayout([['Predicted', 'Current', 'Target', 'PP', 'Name']]);
    expect(rolesByHeader(backwards)).toEqual(rolesByHeader(forwards));
    expect([...pairLabels(backwards)].sort()).toEqual([...pairLabels(forwards)].sort());
  });

  it('reports a sheet with no headings, and an empty sheet, instead of guessing', () => {
    const numbers = detectLayout([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect(numbers.headerRow).toBeNull();
    expect(warningFor(numbers, 'noHeaderRow').message).toMatch(/No row of column headings/);
    const empty = detectLayout([]);
    expect(warningCodes(empty)).toEqual(['noHeaderRow']);
    expect(empty.warnings[0]!.message).toMatch(/empty/);
  });

  it('reads a used range that starts below and to the right of A1 with true sheet positions', () => {
    const layout = detectLayout(
      [
        ['Name', 'Target', 'RP1'],
        ['Jo', '5', '4'],
      ],
      { firstRow: 2, firstColumn: 1 },
    );
    expect(layout.headerRow).toBe(2);
    expect(layout.dataStartRow).toBe(3);
    expect(layout.columns.map((c) => c.letter)).toEqual(['B', 'C', 'D']);
    expect(layout.pairs).toEqual([{ grade: 3, target: 2, label: 'RP1 -> Target' }]);
  });

  it('reads the header row the user chose in the panel, and refuses one outside the rows read', () => {
    const rows = [['Maths department tracker'], ['Name', 'Target', 'Current'], ['Jo', '5', '4']];
    // Left alone, detection picks row 2; the user says the headings are in row 1 (sheet row index 0).
    expect(detectLayout(rows).headerRow).toBe(1);
    const chosen = detectLayout(rows, { headerRow: 0 });
    expect(chosen.headerRow).toBe(0);
    expect(chosen.dataStartRow).toBe(1);
    expect(chosen.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['noTarget', 'noGrade']));
    const outside = detectLayout(rows, { headerRow: 20 });
    expect(outside.headerRow).toBeNull();
    expect(warningFor(outside, 'noHeaderRow').message).toMatch(/Row 21 cannot be the header row: only rows 1 to 3 were read/);
  });

  it('shows a date used as a heading as that date, not as a blank heading', () => {
    const layout = detectLayout([
      ['Name', 'Target', new Date(Date.UTC(2025, 10, 1))],
      ['Jo', '5', '4'],
    ]);
    expect(layout.columns[2]).toMatchObject({ header: '2025-11-01', label: '2025-11-01', role: 'other' });
    expect(warningCodes(layout)).not.toContain('blankHeading');
  });
});
