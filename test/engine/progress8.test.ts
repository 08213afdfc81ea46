/**
 * Issue 11's PROGRESS8 through a real formula engine, as each host passes its cells: element scores on
 * the published worked case in both spellings, and how a real 0 is told from an empty cell. Excel on the
 * web passes an empty cell as null and Sheets as "", so both leave it blank; older Excel desktop builds
 * pass it as 0, which no function can tell from a typed 0, so there it counts as an A8 of 0. A formula's
 * "" (ATTAINMENT8 for a pupil with no grades) is text in every host, so the usual chain stays blank.
 */
import { describe, expect, it } from 'vitest';
import { buildTrackerEngine, spellingsOf, type Host } from '../support/hyperformulaPlugin';
import { at, shownAt, spillAt, typeFormulas } from './trackerSheet';

const HOSTS: Host[] = ['excel-web', 'excel-desktop', 'sheets'];

// A: A8 | B, C: KS2 reading, maths | D-F: grades | G-J: the worked case's element points.
const SHEET = [
  ['A8', 'KS2 Reading', 'KS2 Maths', 'Eng Lang', 'Maths', 'History', 'English', 'Maths points', 'EBacc', 'Open'],
  [55.5, 104, 106, null, null, null, 12, 10, 16, 17.5], // reference README: A8 55.5 = 12 + 10 + 16 + 17.5
  [0, 100, 100], // every entry U: a real A8 of 0
  [null, 100, 100], // an A8 cell never typed in
  ['X', 100, 100], // the no-grade mark: no A8 yet, in every host
  [36.3, null, null], // no KS2: the only pupils the DfE leaves out
  [],
  [null, 100, 100, 'U', 'U', 'U'], // row 8: sat everything, all U
  [null, 100, 100, null, null, null], // row 9: no grades yet
];

// At KS2 100 the estimate is 8.15 + 6.94 + 9.89 + 11.32 = 36.30, so an A8 of 0 is (0 - 36.30) / 10.
const ALL_U = -3.63;
// KS2 average 105.0: English 9.88, maths 8.90, EBacc 12.90, open 13.79, total 45.47 (reference CSV).
const WORKED = {
  total: (55.5 - 45.47) / 10, // 1.003
  english: (12 - 9.88) / 2, // 1.06
  maths: (10 - 8.9) / 2, // 0.55
  ebacc: (16 - 12.9) / 3, // 1.0333...
  open: (17.5 - 13.79) / 3, // 1.2366...
};

describe.each(HOSTS)('PROGRESS8 as %s passes its cells', (host) => {
  const engine = buildTrackerEngine(SHEET, { host });
  typeFormulas(engine, {
    L2: '=PROGRESS8(A2:A6, B2:C6)',
    N8: '=ATTAINMENT8(D8:F9, D1:F1)',
    P8: '=PROGRESS8(N8:N9, B8:C9)',
  });

  it('counts a typed A8 of 0 beside KS2, leaves X and no KS2 blank, and leaves an empty cell blank unless the host sent 0', () => {
    const [worked, typedZero, empty, marked, noKs2] = spillAt(engine, 'L2').map((row) => row[0]);
    expect(worked).toBeCloseTo(WORKED.total, 9);
    expect(typedZero).toBeCloseTo(ALL_U, 9);
    if (host === 'excel-desktop') expect(empty).toBeCloseTo(ALL_U, 9);
    else expect(empty).toBe('');
    expect([marked, noKs2]).toEqual(['', '']);
  });

  it('chained on ATTAINMENT8, an all-U pupil counts and a pupil with no grades is blank, in every host', () => {
    expect(spillAt(engine, 'N8')).toEqual([[0], ['']]);
    const [allU, noGrades] = spillAt(engine, 'P8').map((row) => row[0]);
    expect(allU).toBeCloseTo(ALL_U, 9);
    expect(noGrades).toBe('');
  });

  it.each(spellingsOf('PROGRESS8'))("%s gives the worked case's element scores against the 2023 element estimates", (name) => {
    typeFormulas(engine, {
      L12: `=${name}(A2, B2:C2)`,
      M12: `=${name}(A2, B2:C2, )`,
      N12: `=${name}(G2, B2:C2, "english")`,
      O12: `=${name}(H2, B2:C2, "Maths")`,
      P12: `=${name}(I2, B2:C2, "ebacc")`,
      Q12: `=${name}(J2, B2:C2, "open")`,
      R12: `=${name}(A2, B2:C2, "total")`,
    });
    const shown = (cell: string) => shownAt(engine, at(cell)) as number;
    for (const cell of ['L12', 'M12', 'R12']) expect(shown(cell)).toBeCloseTo(WORKED.total, 9);
    expect(shown('N12')).toBeCloseTo(WORKED.english, 9);
    expect(shown('O12')).toBeCloseTo(WORKED.maths, 9);
    expect(shown('P12')).toBeCloseTo(WORKED.ebacc, 9);
    expect(shown('Q12')).toBeCloseTo(WORKED.open, 9);
    // Twice the English and maths scores and three times EBacc and open make ten slots: the total again.
    expect((2 * WORKED.english + 2 * WORKED.maths + 3 * WORKED.ebacc + 3 * WORKED.open) / 10).toBeCloseTo(WORKED.total, 9);
  });

  it('says what to fix for a whole A8 given as an element, and for an element it does not know', () => {
    typeFormulas(engine, { L14: '=PROGRESS8(A2, B2:C2, "english")', M14: '=PROGRESS8(G2, B2:C2, "physics")' });
    expect(shownAt(engine, at('L14'))).toEqual({
      error: '#VALUE!',
      message: expect.stringMatching(/^55\.5 is more than the English element can hold \(20 points\): pass that element's points/),
    });
    expect(shownAt(engine, at('M14'))).toEqual({
      error: '#VALUE!',
      message: "element must be one of total, english, maths, ebacc, open, not 'physics'.",
    });
  });
});
