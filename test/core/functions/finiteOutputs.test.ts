/**
 * No function returns NaN or ±Infinity. A number cell too far from zero to be any grade, KS2
 * score, Attainment 8 or residual is a #VALUE! that says so and what to do, and numbers a real
 * tracker holds are still read as before.
 */
import { describe, expect, it } from 'vitest';
import { functions } from '../../../core/index';
import { asGrid, column, expectCellError, expectHelpfulMessage } from './expectations';

const FOUR_HUNDRED_NINES = '9'.repeat(400);
const TOO_LARGE = 'too large to be a grade, score or residual';
const TOO_FAR_BELOW_ZERO = 'too far below zero to be a grade, score or residual';

describe('PP_GAP with numbers no tracker holds', () => {
  it('a 400-digit number in the values is a #VALUE! naming its row, not -Infinity', () => {
    const result = functions.PP_GAP(column(1, 6, FOUR_HUNDRED_NINES), column('N', 'Y', 'Y'));
    const error = expectCellError(result, '#VALUE!', 'Row 3', TOO_LARGE, '(400 characters)');
    expectHelpfulMessage(error);
  });

  it('values near 1e308 are a #VALUE!, not NaN', () => {
    const result = functions.PP_GAP(column(1e308, 1e308, 1e308, 1e308), column('N', 'N', 'Y', 'Y'));
    expectHelpfulMessage(expectCellError(result, '#VALUE!', 'Row 1', TOO_LARGE));
  });

  it('values near 1e308 are a #VALUE! with detail TRUE too, not a table holding Infinity and NaN', () => {
    const result = functions.PP_GAP(column(1e308, 1e308, 1e308, 1e308), column('N', 'N', 'Y', 'Y'), 'mean', true);
    expectCellError(result, '#VALUE!', TOO_LARGE);
  });

  it('a value near -1e308 says it is too far below zero', () => {
    const result = functions.PP_GAP(column(3, -1e308, 2), column('N', 'N', 'Y'), 'mean');
    expectHelpfulMessage(expectCellError(result, '#VALUE!', 'Row 2', TOO_FAR_BELOW_ZERO));
  });

  it('numbers up to a million either way are still averaged', () => {
    // Not a real residual, but the bound must refuse only what no tracker could hold.
    const result = functions.PP_GAP(column(1e6, 1e6, -1e6), column('N', 'N', 'Y'), 'mean');
    expect(result).toBe(2e6);
  });

  it('a table of realistic values keeps every figure finite', () => {
    const table = asGrid(functions.PP_GAP(column(-1.33, 0, 2.5, 45, 90), column('N', 'Y', 'N', 'Y', 'PP'), 'mean', true));
    for (const cell of table.flat()) if (typeof cell === 'number') expect(Number.isFinite(cell)).toBe(true);
  });
});

describe('number cells beyond any plausible score are per-cell errors', () => {
  it('PROGRESS8 refuses 1e308 and a 400-digit A8 in their own cells and keeps the good cell', () => {
    const grid = asGrid(functions.PROGRESS8(column(50, 1e308, FOUR_HUNDRED_NINES), column(105, 105, 105)));
    expect(typeof grid[0]![0]).toBe('number');
    expectHelpfulMessage(expectCellError(grid[1]![0], '#VALUE!', TOO_LARGE));
    expectHelpfulMessage(expectCellError(grid[2]![0], '#VALUE!', TOO_LARGE));
  });

  it("TARGET_GRADE refuses a 400-digit KS2 lower bound in the school's band table, naming its row", () => {
    const table = [
      ['KS2 from', 'Target'],
      [FOUR_HUNDRED_NINES, 5],
    ];
    expectHelpfulMessage(expectCellError(functions.TARGET_GRADE(100, null, null, null, table), '#VALUE!', 'Row 2 of table', TOO_LARGE));
  });
});
