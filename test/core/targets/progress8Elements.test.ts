/**
 * Issue 11's PROGRESS8(a8, ks2, [element]) in the core: the element scores of the published worked case,
 * the element estimates against the reference CSV, how a real 0 is told from no A8, what bad points say,
 * and the DfE's school-level 95% interval.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CellError, functions } from '../../../core/index';
import { dfeProgress8Interval } from '../../../core/targets/dfe2023Deviations';
import { dfeProgress8Estimate, PROGRESS8_ELEMENTS } from '../../../core/targets/progress8';

const p8 = functions.PROGRESS8;
const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const csv = readFileSync(path.resolve(projectRoot, '../shared/reference/dfe-ks4-a8-estimates-2023.csv'), 'utf8').trim().split(/\r?\n/);
const names = csv[0]!.split(',');
const reference = csv.slice(1).map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i]!, Number(cell)])));

/** The worked case (reference README): KS2 104 and 106 average 105.0, where the estimates are 9.88, 8.90, 12.90 and 13.79. */
const KS2 = [[104, 106]];

describe('PROGRESS8 element scores on the published worked case', () => {
  // A8 55.5 = English 12 (Eng Lang 6, doubled) + maths 10 + EBacc 16 (5 + 5 + 6) + open 17.5 (5 + 7 + 5.5).
  it('gives the total (55.5 - 45.47) / 10 = 1.003, with or without "total"', () => {
    expect(p8([[55.5]], KS2)).toEqual([[expect.closeTo(1.003, 9)]]);
    expect(p8([[55.5]], KS2, 'total')).toEqual([[expect.closeTo(1.003, 9)]]);
    expect(p8([[55.5]], KS2, null)).toEqual([[expect.closeTo(1.003, 9)]]);
  });

  it('gives English (12 - 9.88) / 2 = 1.06 and maths (10 - 8.90) / 2 = 0.55', () => {
    expect(p8([[12]], KS2, 'english')).toEqual([[expect.closeTo(1.06, 9)]]);
    expect(p8([[10]], KS2, 'maths')).toEqual([[expect.closeTo(0.55, 9)]]);
  });

  it('gives EBacc (16 - 12.90) / 3 = 1.0333 and open (17.5 - 13.79) / 3 = 1.2367', () => {
    expect(p8([[16]], KS2, 'ebacc')).toEqual([[expect.closeTo(3.1 / 3, 9)]]);
    expect(p8([[17.5]], KS2, ' Open ')).toEqual([[expect.closeTo(3.71 / 3, 9)]]);
  });

  it('adds back to the total: (2 × 1.06 + 2 × 0.55 + 3 × 1.0333 + 3 × 1.2367) / 10 = 1.003', () => {
    expect((2 * 1.06 + 2 * 0.55 + 3.1 + 3.71) / 10).toBeCloseTo(1.003, 9);
  });
});

describe('the 2023 element estimates', () => {
  it('are the reference CSV columns at every KS2 from 59 to 120, and the total is their sum', () => {
    expect(reference).toHaveLength(123);
    for (const row of reference) {
      const { ks2_average: ks2, english_element: english, maths_element: maths, ebacc_element: ebacc, open_element: open } = row;
      expect([english, maths, ebacc, open]).toEqual(PROGRESS8_ELEMENTS.map((element) => dfeProgress8Estimate(ks2!, element)));
      expect(dfeProgress8Estimate(ks2!, 'total')).toBeCloseTo(english! + maths! + ebacc! + open!, 9);
    }
  });
});

describe('a real 0 against no A8', () => {
  it('counts 0 (every entry U) as the DfE does: (0 - 36.30) / 10 at KS2 100, and an element of 0 too', () => {
    expect(p8(0, 100)).toBeCloseTo(-3.63, 9);
    expect(p8('0', 100)).toBeCloseTo(-3.63, 9);
    expect(p8(0, 100, 'maths')).toBeCloseTo(-6.94 / 2, 9);
  });

  it('reads an empty cell, spaces, "" and the no-grade marks as no A8 yet: blank', () => {
    expect(p8([[null], [''], ['  '], ['X'], ['abs'], ['N/A'], ['-']], 100)).toEqual([[''], [''], [''], [''], [''], [''], ['']]);
  });

  it('leaves a pupil without KS2 out, whatever their A8', () => {
    expect(p8([[0], [55.5]], [[null], ['']])).toEqual([[''], ['']]);
  });
});

describe('points PROGRESS8 cannot use', () => {
  const message = (result: unknown) => (result as CellError).message;

  it('refuses a whole A8 given as an element, saying which points to pass', () => {
    expect(message(p8(55.5, 105, 'english'))).toBe(
      "55.5 is more than the English element can hold (20 points): pass that element's points, e.g. from " +
        'ATTAINMENT8(grades, subjects, "english"), not the whole A8.',
    );
    expect(message(p8(31, 105, 'open'))).toMatch(/^31 is more than the open element can hold \(30 points\)/);
    expect(p8(30, 105, 'open')).toBeCloseTo((30 - 13.79) / 3, 9);
  });

  it('refuses text and an unknown element with what to type instead', () => {
    expect(message(p8('abc', 100))).toBe(
      "'abc' is not Attainment 8 points: use a number from 0 to 100, or leave the cell blank (or X) for no A8 yet.",
    );
    expect(message(p8(-1, 100))).toMatch(/^-1 is not Attainment 8 points: use a number from 0 to 100/);
    expect(message(p8(50, 100, 'physics'))).toBe("element must be one of total, english, maths, ebacc, open, not 'physics'.");
  });
});

describe("the DfE's 95% interval for a school's score", () => {
  it('is the mean ± 1.96 × the national SD / √pupils: ± 0.276912 for 100 pupils in Progress 8 (SD 1.412814)', () => {
    expect(dfeProgress8Interval(0.5, 100, 'total')).toEqual({ low: expect.closeTo(0.5 - 0.276912, 6), high: expect.closeTo(0.776912, 6) });
    // English element, SD 1.635252, 25 pupils: 1.96 × 1.635252 = 3.205094, / √25 = 0.641019.
    expect(dfeProgress8Interval(0, 25, 'english')).toEqual({ low: expect.closeTo(-0.641019, 6), high: expect.closeTo(0.641019, 6) });
  });

  it('has none without pupils', () => {
    expect(dfeProgress8Interval(0, 0, 'total')).toBeNull();
  });
});
