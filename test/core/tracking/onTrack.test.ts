/**
 * ON_TRACK and RESIDUAL: the four statuses at their boundaries, tolerance, broadcasting,
 * blanks and per-cell errors. Every diff is worked by hand in grades (5- = 4 2/3 and so on).
 */
import { describe, expect, it } from 'vitest';
import { CellError, functions } from '../../../core/index';
import { asGrid, column, expectCellError } from '../functions/expectations';

const onTrack = functions.ON_TRACK;
const residual = functions.RESIDUAL;

describe('the four statuses, tolerance 0', () => {
  it.each([
    ['6', '5', 'Above'], // diff +1
    ['5+', '5', 'Above'], // +1/3 > 0
    ['5', '5', 'On'], // 0
    ['5=', 5, 'On'], // 0
    ['5-', '5', 'Below'], // -1/3: -1 <= diff < 0
    ['5/4', '5', 'Below'], // -1/2
    ['4', '5', 'Below'], // exactly -1 is still Below
    ['4-', '5', 'Well below'], // -1 1/3 < -1
    ['4/3', '5', 'Well below'], // -1.5
  ])('%s against %s is %s', (current, target, status) => {
    expect(onTrack(current, target)).toBe(status);
  });

  it('U against a 1 target is exactly one grade under, so Below; U against a 2 is Well below', () => {
    expect(onTrack('U', 1)).toBe('Below');
    expect(onTrack('U', 2)).toBe('Well below');
  });

  it('an omitted or blank tolerance is 0', () => {
    expect(onTrack('5+', '5', null)).toBe('Above');
    expect(onTrack('5+', '5', '')).toBe('Above');
    expect(onTrack('5+', '5', 0)).toBe('Above');
  });
});

describe('tolerance', () => {
  it('0.34 makes 5- On for a 5 (the issue example), and 5+ too', () => {
    expect(onTrack('5-', '5', 0.34)).toBe('On');
    expect(onTrack('5+', '5', 0.34)).toBe('On');
  });

  it('0.34 leaves two thirds away outside: 6- is Above, 4+ is Below', () => {
    expect(onTrack('6-', '5', 0.34)).toBe('Above'); // +2/3 > 0.34
    expect(onTrack('4+', '5', 0.34)).toBe('Below'); // -2/3 < -0.34 and >= -1
  });

  it('with tolerance 1, a whole grade either way is On and beyond a grade under is Well below', () => {
    expect(onTrack('4', '5', 1)).toBe('On');
    expect(onTrack('6', '5', 1)).toBe('On');
    expect(onTrack('6+', '5', 1)).toBe('Above');
    expect(onTrack('4-', '5', 1)).toBe('Well below'); // -1 1/3
  });

  it('product decision: when tolerance is over 1 the On band wins over Well below where the issue rules overlap', () => {
    // 4- for a 5 is -1 1/3: within a tolerance of 1.5 (On) and under -1 (Well below). The code says On.
    expect(onTrack('4-', '5', 1.5)).toBe('On');
  });

  it('product decision: 0.33 is read as a third, so 5- is On; 0.3 is not a third, so 5- is Below', () => {
    expect(onTrack('5-', '5', 0.33)).toBe('On');
    expect(onTrack('5-', '5', 0.3)).toBe('Below');
  });

  it.each([-0.5, 'lots', Number.NaN, true])('a tolerance of %s is one whole-call error that says what to use', (tolerance) => {
    expectCellError(onTrack(column('5', '6'), column('5', '5'), tolerance), '#VALUE!', 'tolerance must be a number from 0');
  });

  it('a range as the tolerance is one whole-call error', () => {
    expectCellError(onTrack('5', '5', [[0], [1]]), '#VALUE!', 'tolerance must be a single value');
  });
});

describe('shapes and broadcasting', () => {
  it('same-shaped ranges compare cell by cell', () => {
    expect(
      onTrack(
        [
          ['6', '5'],
          ['4', '3-'],
        ],
        [
          ['5', '5'],
          ['5', '4'],
        ],
      ),
    ).toEqual([
      ['Above', 'On'],
      ['Below', 'Well below'],
    ]);
  });

  it('one target column broadcasts across RP1-RP3 (three current columns)', () => {
    const rp1ToRp3 = [
      ['4', '5-', '5'],
      ['6', '6', '7-'],
      ['3', '', '4'],
    ];
    const targets = column('5', '6', '5');
    expect(onTrack(rp1ToRp3, targets)).toEqual([
      ['Below', 'Below', 'On'], // 5 target: -1, -1/3, 0
      ['On', 'On', 'Above'], // 6 target: 0, 0, +2/3
      ['Well below', '', 'Below'], // 5 target: -2, blank, -1
    ]);
  });

  it('a single-cell target broadcasts to everything', () => {
    expect(
      onTrack(
        [
          ['4', '5', '6'],
          ['7', 'U', '5+'],
        ],
        5,
      ),
    ).toEqual([
      ['Below', 'On', 'Above'],
      ['Above', 'Well below', 'Above'],
    ]);
  });

  it.each([
    [
      [
        ['5', '5', '5'],
        ['5', '5', '5'],
        ['5', '5', '5'],
      ],
      column('5', '5'),
      '3 rows x 3 columns',
      '2 rows x 1 column',
    ],
    [
      [
        ['5', '5', '5'],
        ['5', '5', '5'],
      ],
      [
        ['5', '5'],
        ['5', '5'],
      ],
      '2 rows x 3 columns',
      '2 rows x 2 columns',
    ],
    [
      [
        ['5', '5', '5'],
        ['5', '5', '5'],
      ],
      [['5', '5', '5']],
      '2 rows x 3 columns',
      '1 row x 3 columns',
    ],
  ])('any other mismatch is one CellError naming both shapes', (current, target, currentShape, targetShape) => {
    const result = onTrack(current, target);
    expectCellError(result, '#VALUE!', currentShape, targetShape);
    expectCellError(residual(current, target), '#VALUE!', currentShape, targetShape);
  });
});

describe('blanks and bad cells', () => {
  it.each([
    ['', '5'],
    ['5', ''],
    [null, '5'],
    ['5', undefined],
    [0, '5'],
    ['5', 0],
    ['  ', '  '],
  ])('current %j against target %j gives blank, not a status', (current, target) => {
    expect(onTrack(current, target)).toBe('');
    expect(residual(current, target)).toBe('');
  });

  it('a blank target gives blank even beside a bad grade, as a blank current does beside a bad target', () => {
    // Issue 2: "Blank current or blank target gives ''" and "A blank input gives a blank output, never an error".
    expect(onTrack('', '5++')).toBe('');
    expect(onTrack('5++', '')).toBe('');
    expect(residual('5++', null)).toBe('');
  });

  it('one bad cell never breaks the rest of the array', () => {
    const result = asGrid(onTrack([['5', '5++', '6', '']], 5));
    expect(result[0]![0]).toBe('On');
    expectCellError(result[0]![1], '#VALUE!', "'5++' is not a grade");
    expect(result[0]!.slice(2)).toEqual(['Above', '']);
  });

  it('a bad target only breaks its own row', () => {
    const result = asGrid(
      onTrack(
        [
          ['5', '6'],
          ['5', '6'],
        ],
        column('5', 'five'),
      ),
    );
    expect(result[0]).toEqual(['On', 'Above']);
    expect(result[1]!.every((cell) => cell instanceof CellError && cell.message.includes("'five'"))).toBe(true);
  });
});

describe('RESIDUAL', () => {
  it.each([
    ['5-', '6', -4 / 3], // 4 2/3 - 6
    ['5+', '5', 1 / 3],
    ['B', '4', 1.5], // 5.5 - 4
    ['5-4', '5', -0.5],
    ['L2M', 'C', 1.5], // 5.5 - 4
    ['9+', 'U', 28 / 3],
  ])('%s against %s is %d', (current, target, expected) => {
    expect(residual(current, target)).toBe(expected);
  });

  it('broadcasts like ON_TRACK: one target column across three collections', () => {
    expect(
      residual(
        [
          ['4', '5-', '6'],
          ['7', '', 'U'],
        ],
        column('5', '6'),
      ),
    ).toEqual([
      [-1, -1 / 3, 1],
      [1, '', -6],
    ]);
  });

  it('keeps good cells beside a bad one', () => {
    const result = asGrid(residual([['6', 'ten']], 5));
    expect(result[0]![0]).toBe(1);
    expectCellError(result[0]![1], '#VALUE!', "'ten' is not a grade");
  });
});
