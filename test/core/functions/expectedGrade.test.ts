/**
 * EXPECTED_GRADE over a flight-path table a school keeps: final targets 1-9 down the side,
 * Autumn/Spring/Summer across the top, fine grades in the cells. Expected values are read from the
 * table itself (through GRADE_POINTS, the core's own reading of a grade), never typed in twice.
 */
import { describe, expect, it } from 'vitest';
import { CellError, createFunctions, functions } from '../../../core/index';
import { asGrid, column, expectCellError, expectHelpfulMessage } from './expectations';

const COLLECTIONS = ['Autumn', 'Spring', 'Summer'];

/** A Year 11 flight path: a pupil heading for 6 is expected at 5- in the autumn, 5+ by spring and 6- by summer. */
const PATHS: Record<number, [string, string, string]> = {
  1: ['1-', '1-', '1'],
  2: ['1', '1+', '2-'],
  3: ['2-', '2+', '3-'],
  4: ['3-', '3+', '4-'],
  5: ['4-', '4+', '5-'],
  6: ['5-', '5+', '6-'],
  7: ['6-', '6+', '7-'],
  8: ['7-', '7+', '8-'],
  9: ['8-', '8+', '9-'],
};
const TABLE: unknown[][] = [['Final target', ...COLLECTIONS], ...Object.entries(PATHS).map(([target, path]) => [Number(target), ...path])];

/** What the table says for this target and collection, as points. */
const fromTable = (target: number, collection: string) =>
  functions.GRADE_POINTS(PATHS[target]![COLLECTIONS.indexOf(collection)]!) as number;

/** A copy of the table with one cell changed: row and column as the table shows them, from 1. */
function withCell(row: number, col: number, value: unknown): unknown[][] {
  const copy = TABLE.map((cells) => [...cells]);
  copy[row - 1]![col - 1] = value;
  return copy;
}

const TARGETS = [5, 6, 4, 9, 7, 3, 8, 5, 1, 2];

describe('EXPECTED_GRADE reads the flight path', () => {
  it.each(COLLECTIONS)("gives each pupil the %s grade on their target's path, spilling one per pupil", (collection) => {
    const grid = asGrid(functions.EXPECTED_GRADE(column(...TARGETS), collection, TABLE));
    expect(grid).toEqual(TARGETS.map((target) => [fromTable(target, collection)]));
  });

  it('reads fine grades with the core grade scale: 4+ is 4 1/3 and 5- is 4 2/3, exact to the third', () => {
    expect((functions.EXPECTED_GRADE(5, 'Spring', TABLE) as number) * 3).toBeCloseTo(13, 12);
    expect((functions.EXPECTED_GRADE(5, 'Summer', TABLE) as number) * 3).toBeCloseTo(14, 12);
  });

  it('lets the expected grade feed ON_TRACK, so a pupil can be compared with where their path says they might be', () => {
    const expected = functions.EXPECTED_GRADE(column(6, 6, 6), 'Spring', TABLE);
    const spring = PATHS[6]![1];
    expect(functions.ON_TRACK(column(spring, '6', '4'), expected)).toEqual(functions.ON_TRACK(column(spring, '6', '4'), spring));
  });

  it.each([' spring ', 'SPRING', 'Spr ing', '\tSpring\n'])('matches the collection %j ignoring case and spaces', (typed) => {
    expect(functions.EXPECTED_GRADE(column(...TARGETS), typed, TABLE)).toEqual(
      functions.EXPECTED_GRADE(column(...TARGETS), 'Spring', TABLE),
    );
  });

  it('matches a header with spaces in it, such as "RP 2", to RP2', () => {
    const rp = [
      ['Target', 'RP 1', 'RP 2'],
      [5, '4', '4+'],
      [6, '5', '5+'],
    ];
    expect(functions.EXPECTED_GRADE(column(6, 5), 'rp2', rp)).toEqual([[functions.GRADE_POINTS('5+')], [functions.GRADE_POINTS('4+')]]);
  });

  it('reads targets typed as text, with = or spaces, and targets that are the table values as numbers', () => {
    const typed = ['5', ' 6 ', '4=', 7];
    expect(functions.EXPECTED_GRADE(column(...typed), 'Autumn', TABLE)).toEqual(
      [5, 6, 4, 7].map((target) => [fromTable(target, 'Autumn')]),
    );
  });

  it('keeps the shape of a target range across columns (a target per subject)', () => {
    const targets = [
      [5, 6],
      [7, 4],
    ];
    expect(functions.EXPECTED_GRADE(targets, 'Summer', TABLE)).toEqual(targets.map((row) => row.map((t) => fromTable(t, 'Summer'))));
  });

  it('gives one value for one target cell', () => {
    expect(functions.EXPECTED_GRADE(8, 'Spring', TABLE)).toBe(fromTable(8, 'Spring'));
    expect(functions.EXPECTED_GRADE([[8]], 'Spring', TABLE)).toBe(fromTable(8, 'Spring'));
  });

  it('passes over blank rows and blank columns around the table, as a generous selection such as A1:E12 gives', () => {
    const padded = [...TABLE.map((row) => [...row, null]), [null, null, null, null, null], ['', '', '', '', '']];
    padded.splice(4, 0, ['', '', '', '', '']);
    expect(functions.EXPECTED_GRADE(column(...TARGETS), 'Summer', padded)).toEqual(
      functions.EXPECTED_GRADE(column(...TARGETS), 'Summer', TABLE),
    );
  });

  it('reads a table passed as older Excel desktop passes blank cells, as 0', () => {
    const zeros = [...TABLE.map((row) => [...row, 0]), [0, 0, 0, 0, 0]];
    expect(functions.EXPECTED_GRADE(column(...TARGETS), 'Autumn', zeros)).toEqual(
      functions.EXPECTED_GRADE(column(...TARGETS), 'Autumn', TABLE),
    );
  });

  it("reads a school's custom grade labels in the table and the targets", () => {
    const school = createFunctions({ labels: [{ label: '6a', value: 6 + 2 / 3 }] });
    const table = [
      ['Target', 'Spring'],
      ['6a', '6-'],
      [5, '4+'],
    ];
    expect(school.EXPECTED_GRADE(column('6a', 5), 'Spring', table)).toEqual([
      [functions.GRADE_POINTS('6-')],
      [functions.GRADE_POINTS('4+')],
    ]);
  });
});

describe('EXPECTED_GRADE with no table is the flat line', () => {
  it('returns each target itself, as points, whatever the collection', () => {
    const targets = [5, '6+', 'B', '4/5'];
    for (const collection of COLLECTIONS) {
      expect(functions.EXPECTED_GRADE(column(...targets), collection)).toEqual(functions.GRADE_POINTS(column(...targets)));
    }
  });

  it('is the same with the table argument empty, as Excel and Sheets pass an omitted one', () => {
    expect(functions.EXPECTED_GRADE(column(5, 7), 'Spring', null)).toEqual([[5], [7]]);
    expect(functions.EXPECTED_GRADE(column(5, 7), 'Spring', undefined)).toEqual([[5], [7]]);
  });
});

describe('EXPECTED_GRADE blanks and per-pupil errors', () => {
  it('gives a blank for a blank target (empty, spaces, 0 from older Excel, X or ABS) and leaves the others alone', () => {
    const grid = asGrid(functions.EXPECTED_GRADE(column(5, '', null, '  ', 0, 'X', 'ABS', 7), 'Spring', TABLE));
    expect(grid).toEqual([[fromTable(5, 'Spring')], [''], [''], [''], [''], [''], [''], [fromTable(7, 'Spring')]]);
  });

  it('a target with no row in the table is #N/A in that pupil cell only, saying to add the row', () => {
    const shortTable = TABLE.slice(0, 7); // targets 1-6 only
    const grid = asGrid(functions.EXPECTED_GRADE(column(5, 8, '6+', 6), 'Spring', shortTable));
    expect(grid[0]![0]).toBe(fromTable(5, 'Spring'));
    expect(grid[3]![0]).toBe(fromTable(6, 'Spring'));
    expectHelpfulMessage(expectCellError(grid[1]![0], '#N/A', 'no row for a final target of 8', 'add one'));
    // Exact match: 6+ is not given the 6 path, because a pupil heading for 6+ needs a row of their own.
    expectHelpfulMessage(expectCellError(grid[2]![0], '#N/A', "final target of '6+'", 'add one'));
  });

  it('a target that is not a grade is #VALUE! in that cell, with the core message saying what to type', () => {
    const grid = asGrid(functions.EXPECTED_GRADE(column(5, '5++'), 'Spring', TABLE));
    expectHelpfulMessage(expectCellError(grid[1]![0], '#VALUE!', "'5++' is not a grade"));
  });

  it('an error already in a target cell flows through with its own message', () => {
    const upstream = new CellError('#N/A', 'No target found for this pupil.');
    expect(asGrid(functions.EXPECTED_GRADE(column(upstream, 5), 'Spring', TABLE))[0]![0]).toBe(upstream);
  });
});

describe('EXPECTED_GRADE says what to fix in the table or the call', () => {
  const call = (table: unknown, collection: unknown = 'Spring') => functions.EXPECTED_GRADE(column(5, 6), collection, table);
  const helpful = (result: unknown, code: '#VALUE!' | '#N/A', ...fragments: string[]) =>
    expectHelpfulMessage(expectCellError(result, code, ...fragments));

  it('an unknown collection is one #VALUE! naming every collection the table has', () => {
    const error = expectCellError(call(TABLE, 'Sprung'), '#VALUE!', "'Sprung' is not a collection", 'use one of');
    for (const name of COLLECTIONS) expect(error.message).toContain(`'${name}'`);
    expectHelpfulMessage(error);
  });

  it('a table with many collections lists the first and says how many more', () => {
    const names = Array.from({ length: 20 }, (_, i) => `Assessment point ${i + 1}`);
    const wide = [
      ['Target', ...names],
      [5, ...names.map(() => '4')],
      [6, ...names.map(() => '5')],
    ];
    helpful(call(wide, 'AP21'), '#VALUE!', "'Assessment point 1'", 'more');
  });

  it('a blank collection asks for it, and a collection that is not a name says what to type', () => {
    // The runner's own message for any missing required argument, shared by every function.
    expectCellError(call(TABLE, ''), '#VALUE!', 'EXPECTED_GRADE needs its collection argument');
    helpful(call(TABLE, true), '#VALUE!', 'collection must be a collection name', 'e.g. "Spring"');
    expectCellError(call(TABLE, [['Spring', 'Summer']]), '#VALUE!', 'collection must be a single value');
  });

  it('a table with no header row asks for one', () => {
    helpful(call(TABLE.slice(1)), '#VALUE!', 'no header row', 'add a row of collection names');
  });

  it('a table of one row or one column says what shape it needs', () => {
    helpful(call(TABLE.slice(0, 1)), '#VALUE!', 'table needs a header row', 'e.g. Target | Autumn | Spring | Summer');
    helpful(call(TABLE.map((row) => [row[0]])), '#VALUE!', 'table needs a header row');
  });

  it('a repeated final target names both rows', () => {
    const repeated = [...TABLE, [6, '5', '5+', '6']];
    helpful(call(repeated), '#VALUE!', `Row ${repeated.length} of table repeats the final target 6 from row 7`, 'use one row per target');
  });

  it('a repeated collection in the header names it', () => {
    helpful(call(withCell(1, 4, ' spring')), '#VALUE!', "names 'Spring' twice", 'use one column per collection');
  });

  it('a blank collection name above grades asks for a name', () => {
    helpful(call(withCell(1, 3, '')), '#VALUE!', 'Column 3 of table has grades but no collection name', 'add one');
  });

  it('a header cell that is not text says to type a name', () => {
    helpful(call(withCell(1, 3, true)), '#VALUE!', "Column 3 of table's header row holds TRUE", 'type a collection name');
  });

  it('a cell that is not a grade names its row and collection', () => {
    helpful(
      call(withCell(6, 3, '4++')),
      '#VALUE!',
      "Row 6 of table has '4++' as its Spring grade, which is not a grade",
      'use a grade such as',
    );
  });

  it('an error shown in a table cell names its row and collection', () => {
    helpful(
      call(withCell(6, 3, new CellError('#N/A', 'lookup failed'))),
      '#VALUE!',
      'Row 6 of table shows an error as its Spring grade',
      'fix that cell',
    );
  });

  it('a missing expected grade names its row and collection', () => {
    helpful(call(withCell(4, 4, '')), '#VALUE!', 'Row 4 of table has no expected grade for Summer', 'e.g. 5-');
  });

  it('a final target that is not a grade, or missing, names its row', () => {
    helpful(
      call(withCell(5, 1, 'Four')),
      '#VALUE!',
      "Row 5 of table has 'Four' as its final target, which is not a grade",
      'use a grade such as 5',
    );
    helpful(call(withCell(5, 1, '')), '#VALUE!', 'Row 5 of table has expected grades but no final target', 'add one');
  });

  it('an empty target range is one error', () => {
    helpful(functions.EXPECTED_GRADE([], 'Spring', TABLE), '#VALUE!', 'target is an empty range');
    helpful(functions.EXPECTED_GRADE([[]], 'Spring', TABLE), '#VALUE!', 'target is an empty range');
  });

  it('a table error is reported even when every target is blank, so a broken table is seen at once', () => {
    helpful(functions.EXPECTED_GRADE(column('', ''), 'Spring', withCell(4, 4, 'banana')), '#VALUE!', 'Row 4 of table');
  });
});
