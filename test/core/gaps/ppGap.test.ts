/**
 * PP_GAP: flag spellings, the four measures, the sign of the gap, the detail table with its
 * small-group caution, empty groups and several value columns. Every expected gap is worked
 * out in the comments as (not flagged) - (flagged).
 */
import { describe, expect, it } from 'vitest';
import { functions } from '../../../core/index';
import { asGrid, column, expectCellError } from '../functions/expectations';

const gap = functions.PP_GAP;

describe('flags', () => {
  const FLAGGED = [true, 1, '1', 'Y', 'y', 'YES', 'Yes', 'TRUE', 'true', 'PP', 'pp', 'D', 'DISADVANTAGED', ' Disadvantaged '];
  const NOT_FLAGGED = [false, 0, '0', 'N', 'n', 'NO', 'No', 'FALSE', 'false', '', '  ', null, undefined];

  // The flagged pupil has 4, the other 6: the gap is 6 - 4 = 2 only if the marker is read as flagged.
  it.each(FLAGGED)('%j marks a pupil as flagged', (marker) => {
    expect(gap(column(4, 6), column(marker, 'N'))).toBe(2);
  });

  it.each(NOT_FLAGGED)('%j marks a pupil as not flagged', (marker) => {
    expect(gap(column(6, 4), column(marker, 'Y'))).toBe(2);
  });

  it.each([
    ['maybe', "'maybe'"],
    [2, '2'],
    ['Not PP', "'Not PP'"],
    ['N/A', "'N/A'"],
  ])('anything else (%j) is an error naming the row and the value', (marker, shown) => {
    expectCellError(gap(column(6, 5, 4), column('Y', 'N', marker)), '#VALUE!', 'Row 3', shown, /use Y or N/);
  });

  it('flags must be one column', () => {
    expectCellError(
      gap(column(6, 4), [
        ['Y', 'N'],
        ['N', 'Y'],
      ]),
      '#VALUE!',
      'one column',
    );
  });

  it('values and flags must have the same number of rows', () => {
    expectCellError(gap(column(6, 4, 5), column('Y', 'N')), '#VALUE!', '3 rows', '2');
  });
});

describe('measures', () => {
  // Not flagged: On, Above, Below, On -> 3 of 4 on target = 0.75. Flagged: On, Well below -> 1 of 2 = 0.5.
  const statuses = column('On', 'Above', 'Below', 'On', 'On', 'Well below');
  const statusFlags = column('N', 'N', 'N', 'N', 'Y', 'Y');

  it('auto reads statuses as the share on target, as a fraction: 0.75 - 0.5 = 0.25', () => {
    expect(gap(statuses, statusFlags)).toBe(0.25);
    expect(gap(statuses, statusFlags, 'auto')).toBe(0.25);
    expect(gap(statuses, statusFlags, 'on_target')).toBe(0.25);
  });

  it('works on ON_TRACK output directly', () => {
    const current = column('6', '5', '4', '5-', '5', '3');
    const targets = column('5', '5', '5', '5', '6', '5');
    // Statuses: Above, On, Below, Below | Below, Well below -> 2/4 - 0/2 = 0.5
    expect(gap(functions.ON_TRACK(current, targets), column(0, 0, 0, 0, 1, 1))).toBe(0.5);
  });

  it('auto reads grades as the mean grade: 5.5 - (4 + 4 2/3)/2 = 7/6', () => {
    expect(gap(column('6', '5', '4', '5-'), column('N', 'N', 'Y', 'Y'))).toBeCloseTo(7 / 6, 12);
    expect(gap(column('6', '5', '4', '5-'), column('N', 'N', 'Y', 'Y'), 'mean')).toBeCloseTo(7 / 6, 12);
  });

  it('auto reads other numbers (A8 totals) as a mean: (55.5 + 40)/2 - (36.7 + 30)/2 = 14.4', () => {
    expect(gap(column(55.5, 40, 36.7, 30), column('N', 'N', 'Y', 'Y'))).toBeCloseTo(14.4, 9);
  });

  it('>=4 is the share of grades worth at least 4: 2/3 - 1/3 = 1/3 (3+ is under 4)', () => {
    const grades = column(6, 5, 3, 4, '3+', 3);
    const flags = column('N', 'N', 'N', 'Y', 'Y', 'Y');
    expect(gap(grades, flags, '>=4')).toBeCloseTo(1 / 3, 12);
    expect(gap(grades, flags, ' >= 4 ')).toBeCloseTo(1 / 3, 12);
  });

  it('>=N takes any grade as N: >=5+ counts only grades of at least 5 1/3', () => {
    // Not flagged: 6, 5+ -> 2/2. Flagged: 5, 7 -> 1/2. Gap 0.5.
    expect(gap(column(6, '5+', 5, 7), column('N', 'N', 'Y', 'Y'), '>=5+')).toBe(0.5);
  });

  it('blanks are left out of every share and mean', () => {
    // Not flagged: On, (blank) -> 1/1. Flagged: Below, (blank) -> 0/1.
    expect(gap(column('On', '', 'Below', null), column('N', 'N', 'Y', 'Y'))).toBe(1);
  });

  it('an unknown measure is an error that lists the choices', () => {
    expectCellError(gap(statuses, statusFlags, 'median'), '#VALUE!', "'median'", 'on_target', '>=4');
  });

  it('on_target with a non-status is an error naming its row and value', () => {
    expectCellError(gap(column('On', 'Sort of'), column('N', 'Y'), 'on_target'), '#VALUE!', 'Row 2', "'Sort of'", 'not a status');
  });

  it('auto with statuses and one stray text names the stray cell, not a good status', () => {
    // Issue 2: "Bad input gets a clear message". Row 1 holds a valid status; the cell to fix is row 2.
    expectCellError(gap(column('On', 'Sort of'), column('N', 'Y')), '#VALUE!', 'Row 2', "'Sort of'");
  });

  it('RESIDUAL output can be averaged: residuals of 0 (on target) are values, not blanks', () => {
    // Issue 2: values may be "numbers such as residuals", and mean is "the mean ... number".
    // Residuals: not flagged 6-5 = 1 and 5-5 = 0 -> mean 0.5; flagged 5-5 = 0 and 5-5 = 0 -> mean 0. Gap 0.5.
    const residuals = functions.RESIDUAL(column('6', '5', '5', '5'), column('5', '5', '5', '5'));
    expect(residuals).toEqual(column(1, 0, 0, 0));
    expect(gap(residuals, column('N', 'N', 'Y', 'Y'))).toBe(0.5);
  });
});

describe('sign', () => {
  it('is not flagged minus flagged: positive when the flagged group is behind, negative when ahead', () => {
    expect(gap(column(6, 4), column('N', 'Y'))).toBe(2);
    expect(gap(column(4, 6), column('N', 'Y'))).toBe(-2);
  });
});

describe('detail table', () => {
  it("gives each group's label, pupil count and value, then the gap, with a caution under 10 pupils", () => {
    const table = asGrid(gap(column('On', 'Above', 'Below', 'On', 'On', 'Well below'), column('N', 'N', 'N', 'N', 'Y', 'Y'), null, true));
    expect(table.slice(0, 4)).toEqual([
      ['Group', 'Pupils', 'Value'],
      ['Not flagged', 4, 0.75],
      ['Flagged', 2, 0.5],
      ['Gap (not flagged minus flagged)', '', 0.25],
    ]);
    expect(table).toHaveLength(5);
    expect(String(table[4]![0])).toMatch(/fewer than 10 pupils in each group/i);
  });

  it('has no caution when both groups have 10 or more pupils', () => {
    const values = column(...Array(10).fill(6), ...Array(10).fill(5));
    const flags = column(...Array(10).fill('N'), ...Array(10).fill('Y'));
    const table = asGrid(gap(values, flags, 'mean', true));
    expect(table).toHaveLength(4);
    expect(table[1]).toEqual(['Not flagged', 10, 6]);
    expect(table[2]).toEqual(['Flagged', 10, 5]);
    expect(table[3]![2]).toBe(1);
  });

  it('cautions about the one small group when only one group has fewer than 10', () => {
    const values = column(...Array(10).fill(6), ...Array(9).fill(5));
    const flags = column(...Array(10).fill('N'), ...Array(9).fill('Y'));
    const table = asGrid(gap(values, flags, 'mean', true));
    expect(String(table[4]![0])).toMatch(/fewer than 10 pupils in the flagged group/i);
  });

  it('accepts detail as TRUE or FALSE in any of the spreadsheet forms, and rejects anything else', () => {
    expect(gap(column(6, 4), column('N', 'Y'), null, false)).toBe(2);
    expect(asGrid(gap(column(6, 4), column('N', 'Y'), null, 'TRUE'))[3]![2]).toBe(2);
    expectCellError(gap(column(6, 4), column('N', 'Y'), null, 'lots'), '#VALUE!', 'detail must be TRUE or FALSE');
  });
});

describe('empty groups', () => {
  it('no flagged pupils is #N/A with a message', () => {
    expectCellError(gap(column(6, 4), column('N', 'N')), '#N/A', /No flagged pupil/);
  });

  it('no not-flagged pupils is #N/A with a message', () => {
    expectCellError(gap(column(6, 4), column('Y', 'Y')), '#N/A', /No not flagged pupil/);
  });

  it('flagged pupils whose values are all blank are an empty group too', () => {
    expectCellError(gap(column(6, '', null), column('N', 'Y', 'Y')), '#N/A', /No flagged pupil/);
  });
});

describe('several value columns (RP1-RP3)', () => {
  it('pools every status of each group', () => {
    const values = [
      ['On', 'On', 'Below'], // not flagged
      ['Above', '', ''], // not flagged
      ['Below', 'Below', 'On'], // flagged
      ['', '', ''], // flagged, nothing yet
    ];
    // Not flagged: 3 of 4 statuses on target = 3/4. Flagged: 1 of 3 = 1/3. Gap 3/4 - 1/3 = 5/12.
    const flags = column('N', 'N', 'Y', 'Y');
    expect(gap(values, flags)).toBeCloseTo(5 / 12, 12);
    const table = asGrid(gap(values, flags, null, true));
    expect(table[1]!.slice(0, 2)).toEqual(['Not flagged', 2]);
    expect(table[2]!.slice(0, 2)).toEqual(['Flagged', 1]); // the pupil with no values is not counted
  });
});
