/**
 * ATTAINMENT8 and PROGRESS8: the two published cases (issue 2 and shared/reference/README.md)
 * and each DfE slot rule on its own, with the slot arithmetic in the comments.
 */
import { describe, expect, it } from 'vitest';
import { classifySubject, functions } from '../../../core/index';
import { asGrid, expectCellError } from '../functions/expectations';

const a8 = functions.ATTAINMENT8;
const p8 = functions.PROGRESS8;

/** One pupil's A8 from a { subject: grade } record. */
function pupilA8(grades: Record<string, unknown>): unknown {
  const subjects = Object.keys(grades);
  return asGrid(a8([Object.values(grades)], [subjects]))[0]![0];
}

describe('the published cases', () => {
  const worked = { 'Eng Lang': 6, 'Eng Lit': 5, Maths: 5, 'Combined Science': '5-5', History: 6, Art: 7, 'BTEC Sport': 'L2M' };

  it('KS2 104/106 worked case: A8 55.5', () => {
    // 12 (English 6 doubled) + 10 (maths) + 16 (EBacc 5 + 5 + 6) + 17.5 (open: Eng Lit 5, Art 7, L2M 5.5)
    expect(pupilA8(worked)).toBe(55.5);
  });

  it('KS2 104/106 worked case: P8 1.00 to 2 dp', () => {
    // Estimate at 105.0: 9.88 + 8.90 + 12.90 + 13.79 = 45.47; (55.5 - 45.47) / 10 = 1.003
    const progress = asGrid(p8([[55.5]], [[104, 106]]))[0]![0] as number;
    expect(progress.toFixed(2)).toBe('1.00');
    expect(progress).toBeCloseTo(1.003, 9);
  });

  it('the worked case chains: PROGRESS8(ATTAINMENT8(...), KS2)', () => {
    const attainment = a8([Object.values(worked)], [Object.keys(worked)]);
    expect((asGrid(p8(attainment, [[104, 106]]))[0]![0] as number).toFixed(2)).toBe('1.00');
  });

  it('both English qualifications taken: A8 67', () => {
    // 14 (maths 7) + 16 (Eng Lang 8 doubled) + 20 (EBacc: Core Sci 7, French 7, Add Sci 6)
    // + 17 (open: Eng Lit 6, Spanish 6, Art 5)
    const grades = { Maths: 7, 'Eng Lang': 8, 'Eng Lit': 6, 'Core Science': 7, 'Additional Science': 6, French: 7, Spanish: 6, Art: 5 };
    expect(pupilA8(grades)).toBe(67);
  });
});

describe('slot rules', () => {
  it('maths is double-weighted', () => expect(pupilA8({ Maths: 5 })).toBe(10));

  it('English alone is not doubled, whichever it is', () => {
    expect(pupilA8({ 'Eng Lang': 6 })).toBe(6);
    expect(pupilA8({ 'Eng Lit': 7 })).toBe(7);
  });

  it('with both, the higher English is doubled and the other fills an open slot', () => {
    expect(pupilA8({ 'Eng Lang': 5, 'Eng Lit': 7 })).toBe(19); // 2 x 7 + 5
  });

  it('the best 3 EBacc subjects count; a fourth can fill an open slot', () => {
    // EBacc: Comp Sci 8, Geography 7, French 6 = 21; History 4 goes to open.
    expect(pupilA8({ History: 4, Geography: 7, French: 6, 'Computer Science': 8 })).toBe(25);
  });

  it('combined science fills two EBacc slots', () => {
    expect(pupilA8({ 'Combined Science': '6-5' })).toBe(11); // 5.5 + 5.5
    // EBacc pool 7, 5.5, 5.5, 4: best three 18; Geography 4 goes to open. Total 22.
    expect(pupilA8({ 'Combined Science': '6-5', History: 7, Geography: 4 })).toBe(22);
  });

  it('the best 3 open subjects count', () => {
    expect(pupilA8({ Art: 7, Music: 6, Drama: 5, Dance: 4 })).toBe(18);
  });

  it('empty slots score 0, and a full set of 9s is 90', () => {
    expect(pupilA8({ Art: 7 })).toBe(7);
    const nines = { Maths: 9, 'Eng Lang': 9, 'Eng Lit': 9, Physics: 9, Chemistry: 9, Biology: 9, Art: 9, Music: 9 };
    expect(pupilA8(nines)).toBe(90); // 18 + 18 + 27 + 27
  });

  it('one row per pupil; a pupil with no grades is blank', () => {
    const result = a8(
      [
        [5, 6],
        ['', 0],
        [9, null],
      ],
      [['Maths', 'History']],
    );
    expect(result).toEqual([[16], [''], [18]]);
  });
});

describe('subject names', () => {
  it.each([
    ['Eng Lang', 'englishLanguage'],
    ['English Language', 'englishLanguage'],
    ['Eng Lit', 'englishLiterature'],
    ['english literature', 'englishLiterature'],
    ['Maths', 'maths'],
    ['Mathematics', 'maths'],
    ['Combined Science', 'combinedScience'],
    ['Double Science', 'combinedScience'],
    ['Comp Sci', 'ebacc'],
    ['Computer Science', 'ebacc'],
    ['French', 'ebacc'],
    ['Spanish', 'ebacc'],
    ['History', 'ebacc'],
    ['Geography', 'ebacc'],
    ['Physics', 'ebacc'],
    ['Art', 'open'],
    ['Religious Studies', 'open'],
    ['Underwater Basket Weaving', 'open'],
    ['', 'open'],
  ])('%j counts as %s', (name, kind) => {
    expect(classifySubject(name)).toBe(kind);
  });

  it('product decision: qualification words, brackets and punctuation are ignored', () => {
    expect(classifySubject('GCSE Eng. Lit (9-1)')).toBe('englishLiterature');
    expect(classifySubject('  MATHS  ')).toBe('maths');
  });

  it('an unrecognised subject fills an open slot in ATTAINMENT8', () => {
    expect(pupilA8({ 'Underwater Basket Weaving': 9, Maths: 5 })).toBe(19); // 10 + 9 in open
  });
});

describe('errors', () => {
  it('a bad grade names its subject, and other pupils are unaffected', () => {
    const result = asGrid(
      a8(
        [
          [5, '5++'],
          [5, 6],
        ],
        [['Maths', 'History']],
      ),
    );
    const error = expectCellError(result[0]![0], '#VALUE!', 'History', "'5++'", 'is not a grade');
    expect(error.message.startsWith('History')).toBe(true);
    expect(result[1]).toEqual([16]);
  });

  it('grades and subjects must have the same number of columns', () => {
    expectCellError(a8([[5, 6, 7]], [['Maths', 'History']]), '#VALUE!', '3 columns', '2');
  });

  it('subjects must be a single header row', () => {
    expectCellError(a8([[5]], [['Maths'], ['History']]), '#VALUE!', 'one row');
  });
});

describe('PROGRESS8', () => {
  it('is (A8 - estimate) / 10: an A8 of 36.3 at KS2 100 is 0', () => {
    expect(p8(36.3, 100)).toBeCloseTo(0, 9); // 8.15 + 6.94 + 9.89 + 11.32 = 36.30
    expect(p8(46.3, 100)).toBeCloseTo(1, 9);
  });

  it('blank A8 or KS2 gives blank', () => {
    expect(p8('', 100)).toBe('');
    expect(p8(50, null)).toBe('');
  });

  it('an A8 outside 0-100 or a KS2 outside 59-120 is a #VALUE! that says the range', () => {
    expectCellError(p8(120, 100), '#VALUE!', '0 to 100');
    expectCellError(p8(50, 130), '#VALUE!', '59 to 120');
  });
});
