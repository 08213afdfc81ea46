/**
 * GRADE_POINTS: every grade form issue 2 lists, blanks, exact thirds, and a school's own
 * labels through createFunctions. Expected values are the issue's own figures (and the DfE
 * points in shared/reference/README.md), or thirds and halves worked out in the test.
 */
import { describe, expect, it } from 'vitest';
import { createFunctions, functions, gradeSettingsSchema } from '../../../core/index';
import { asGrid, expectCellError } from '../functions/expectations';

const points = functions.GRADE_POINTS;
const WHOLE_GRADES = [1, 2, 3, 4, 5, 6, 7, 8, 9];

describe('GCSE 9-1', () => {
  it.each(WHOLE_GRADES)('grade %i is worth %i, typed as a number or as text', (grade) => {
    expect(points(grade)).toBe(grade);
    expect(points(String(grade))).toBe(grade);
  });

  it('U is 0, in either case', () => {
    expect(points('U')).toBe(0);
    expect(points('u')).toBe(0);
  });
});

describe('fine grades', () => {
  // (3g + 1) / 3 is g and a third, computed once as a single rounded division.
  it.each(WHOLE_GRADES)('%i+ adds a third, %i- takes a third away, %i= adds nothing', (grade) => {
    expect(points(`${grade}+`)).toBe((3 * grade + 1) / 3);
    expect(points(`${grade}-`)).toBe((3 * grade - 1) / 3);
    expect(points(`${grade}=`)).toBe(grade);
  });

  it('the issue figures: 5+ = 5.333..., 5- = 4.666..., 5= = 5', () => {
    expect(points('5+')).toBeCloseTo(5.333333, 6);
    expect(points('5-')).toBeCloseTo(4.666667, 6);
    expect(points('5=')).toBe(5);
  });

  it('the ends of the scale, 1- and 9+, are allowed', () => {
    expect(points('1-')).toBe(2 / 3);
    expect(points('9+')).toBe(28 / 3);
  });

  it('thirds are exact: 5+ against 5+ is On, never "a little above", and the residual is exactly 0', () => {
    expect(functions.ON_TRACK('5+', '5+')).toBe('On');
    expect(functions.RESIDUAL('5+', '5+')).toBe(0);
    // 6- minus 5+ is (18 - 1)/3 - (15 + 1)/3 = 1/3, with no float drift.
    expect(functions.RESIDUAL('6-', '5+')).toBe(1 / 3);
    // GRADE_POINTS' own output for 5+, typed back in as a number, is still exactly 5+.
    expect(functions.ON_TRACK(points('5+'), '5+')).toBe('On');
  });
});

describe('split and double grades', () => {
  it('5/4 (split) and 5-4 (combined science double) are both worth 4.5', () => {
    expect(points('5/4')).toBe(4.5);
    expect(points('5-4')).toBe(4.5);
  });

  it('5-4 (double) is read apart from 5- (fine)', () => {
    expect(points('5-')).toBe(14 / 3);
    expect(points('5-4')).not.toBe(points('5-'));
  });

  it('a double grade of the same two grades is that grade: 9-9 = 9, 5-5 = 5', () => {
    expect(points('9-9')).toBe(9);
    expect(points('5-5')).toBe(5);
  });

  it('other neighbours are the mean of the two: 9/8 = 8.5, 6-5 = 5.5, 2-1 = 1.5', () => {
    expect(points('9/8')).toBe(8.5);
    expect(points('6-5')).toBe(5.5);
    expect(points('2-1')).toBe(1.5);
  });
});

describe('legacy letters and vocational awards (DfE points)', () => {
  const LETTERS: Array<[string, number]> = [
    ['A*', 8.5],
    ['A', 7],
    ['B', 5.5],
    ['C', 4],
    ['D', 3],
    ['E', 2],
    ['F', 1.5],
    ['G', 1],
  ];
  const VOCATIONAL: Array<[string, number]> = [
    ['L2D*', 8.5],
    ['L2D', 7],
    ['L2M', 5.5],
    ['L2P', 4],
    ['L1D', 3],
    ['L1M', 2],
    ['L1P', 1.25],
  ];

  it.each(LETTERS)('%s is worth %d', (letter, value) => {
    expect(points(letter)).toBe(value);
    expect(points(letter.toLowerCase())).toBe(value);
  });

  it.each(VOCATIONAL)('%s is worth %d', (award, value) => {
    expect(points(award)).toBe(value);
    expect(points(award.toLowerCase())).toBe(value);
  });
});

describe('case and spaces are ignored', () => {
  it.each([
    [' 5+ ', 16 / 3],
    ['5 +', 16 / 3],
    ['\t5-\n', 14 / 3],
    ['5 / 4', 4.5],
    ['a *', 8.5],
    [' l2 d* ', 8.5],
    [' u ', 0],
  ])('%j is read as the grade without its spaces', (typed, value) => {
    expect(points(typed)).toBe(value);
  });
});

describe('blanks', () => {
  it.each([null, undefined, '', '  ', 0])('%j is blank and gives blank, never U or an error', (blank) => {
    expect(points(blank)).toBe('');
  });

  it('the number 0 from an older Excel desktop empty cell never shows a pupil as U or Well below', () => {
    expect(functions.ON_TRACK(0, 4)).toBe('');
    expect(functions.RESIDUAL(0, 4)).toBe('');
  });

  it('blanks in a range stay blank beside real grades', () => {
    expect(points([[null, 0, '5', ' ', 'U']])).toEqual([['', '', 5, '', 0]]);
  });
});

describe("a school's own grade labels", () => {
  const school = createFunctions({
    labels: [
      { label: 'Secure', value: 5 },
      { label: 'Developing', value: 4 },
      { label: '6a', value: 6.75 },
      { label: '6b', value: 6.5 },
      { label: '6c', value: 6.25 },
    ],
  });

  it('reads the custom labels, ignoring case and spaces', () => {
    expect(asGrid(school.GRADE_POINTS([['Secure', 'developing', ' 6A ', '6b', '6 c']]))).toEqual([[5, 4, 6.75, 6.5, 6.25]]);
  });

  it('custom labels work in every grade argument: Developing against Secure is one grade below', () => {
    expect(school.ON_TRACK('Developing', 'Secure')).toBe('Below');
    expect(school.RESIDUAL('6a', '6c')).toBe(0.5);
  });

  it('keeps every built-in grade alongside the custom ones', () => {
    expect(school.GRADE_POINTS('5+')).toBe(16 / 3);
    expect(school.GRADE_POINTS('L2M')).toBe(5.5);
  });

  it('does not leak into the default library', () => {
    expectCellError(functions.GRADE_POINTS('Secure'), '#VALUE!', "'Secure' is not a grade");
  });

  it.each([
    [{ labels: [{ label: '', value: 5 }] }, 'A grade label cannot be empty'],
    [{ labels: [{ label: 'Mastered', value: 12 }] }, 'Grade values run up to 9.5'],
    [{ labels: [{ label: 'Emerging', value: -1 }] }, 'Grade values run from 0 (U)'],
    [
      {
        labels: [
          { label: 'Secure', value: 5 },
          { label: 'SECURE', value: 6 },
        ],
      },
      "The grade label 'SECURE' is listed twice",
    ],
    [{ colours: ['red'] }, 'colours'],
  ])('rejects bad settings %j with a readable message', (settings, message) => {
    const parsed = gradeSettingsSchema.safeParse(settings);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => issue.message).join('\n')).toContain(message);
    expect(() => createFunctions(settings as never)).toThrow(message);
  });
});
