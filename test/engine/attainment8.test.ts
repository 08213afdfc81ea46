/**
 * ATTAINMENT8 with its element argument typed into a real formula engine (HyperFormula), for each way
 * a host passes cells: the detail table spills from the header row, each element spills beside the
 * pupils, both spellings agree, and every spill is what the core returns for the same arrays.
 */
import type { RawCellContent } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { functions } from '../../core';
import { buildTrackerEngine, type Host } from '../support/hyperformulaPlugin';
import { at, expectedFrom, hostBlock, shownAt, spillAt, typeFormulas } from './trackerSheet';

const HOSTS: Host[] = ['excel-web', 'excel-desktop', 'sheets'];

// A: name | B-L: one column per subject under its header | Q onwards: the formulas.
const SHEET: RawCellContent[][] = [
  [
    'Name',
    'Maths',
    'Eng Lang',
    'Eng Lit',
    'Combined Science: Trilogy',
    'Biology',
    'History',
    'French',
    'Music',
    'BTEC Music',
    'Art',
    'BTEC Sport',
  ],
  ['Amira', 5, 6, 5, '5-5', null, 6, null, null, null, 7, 'L2M'], // the reference README's worked case: 55.5
  ['Ben', null, null, null, null, null, null, null, 7, 'L2D', 6, null], // issue 11: music counted once, 13
  ['Chloe', 6, 7, null, '3-3', 7, null, 5, null, null, null, null], // biology route 12 + 7 + (7 + 5) = 31 beats combined's 30
  ['Dan'], // no grades yet
  ['Ella', 5, null, null, null, null, '5++', null, null, null, null, null], // a bad grade
  ['Finn', 9, 9, 9, '9-9', null, 9, 9, 9, null, 9, null], // 90, Art 9 left over
];

const FORMULAS = {
  Q1: '=ATTAINMENT8(B2:L7, B1:L1, "detail")', // typed in the header row, so each pupil's row lines up
  AE2: '=ATTAINMENT8(B2:L7, B1:L1)',
  AG2: '=ATTAINMENT8(B2:L7, B1:L1, "english")',
  AI2: '=PUPIL.ATTAINMENT8(B2:L7, B1:L1, "ebacc")',
  AK2: '=ATTAINMENT8(B2:L7, B1:L1, "maths")',
  AM2: '=ATTAINMENT8(B2:L7, B1:L1, "open")',
  AO2: '=ATTAINMENT8(B2:L7, B1:L1, "physics")',
};

describe.each(HOSTS)('ATTAINMENT8 with an element, cells passed as %s passes them', (host) => {
  const engine = buildTrackerEngine(SHEET, { host });
  typeFormulas(engine, FORMULAS);
  const grades = hostBlock(SHEET, 'B2:L7', host);
  const subjects = hostBlock(SHEET, 'B1:L1', host);

  it('spills the detail table from the header row, exactly as the core returns it', () => {
    const table = spillAt(engine, 'Q1');
    expect(table).toEqual(expectedFrom(functions.ATTAINMENT8(grades, subjects, 'detail')));
    expect(table).toHaveLength(7);
    expect(table[0]).toHaveLength(12);
  });

  it('shows the worked case, the music discount and the spare Art in the detail rows', () => {
    const table = spillAt(engine, 'Q1');
    expect(table[1]!.slice(0, 11)).toEqual([
      'Maths 5',
      'Maths 5',
      'Eng Lang 6',
      'Eng Lang 6',
      'History 6',
      'Combined Science: Trilogy 5',
      'Combined Science: Trilogy 5',
      'Art 7',
      'BTEC Sport 5.5',
      'Eng Lit 5',
      55.5,
    ]);
    expect(table[2]![10]).toBe(13);
    expect(table[2]![11]).toContain('BTEC Music 7: discounted: same DfE discount code (LF1) as Music');
    expect(table[6]![11]).toBe('Art 9: not in the best 8');
  });

  it.each([
    ['AE2', 'total'],
    ['AG2', 'english'],
    ['AI2', 'ebacc'],
    ['AK2', 'maths'],
    ['AM2', 'open'],
  ])('spills %s (%s) beside the pupils as the core does, whichever spelling', (anchor, element) => {
    expect(spillAt(engine, anchor)).toEqual(expectedFrom(functions.ATTAINMENT8(grades, subjects, element)));
    expect(spillAt(engine, anchor)).toHaveLength(6);
  });

  it('adds the four element spills up to the total, pupil by pupil', () => {
    const column = (anchor: string) => spillAt(engine, anchor).map(([value]) => value);
    const [total, english, ebacc, maths, open] = ['AE2', 'AG2', 'AI2', 'AK2', 'AM2'].map(column);
    expect(total!.slice(0, 3)).toEqual([55.5, 13, 31]);
    for (const pupil of [0, 1, 2, 5]) {
      expect((english![pupil] as number) + (ebacc![pupil] as number) + (maths![pupil] as number) + (open![pupil] as number)).toBe(
        total![pupil],
      );
    }
  });

  it('refuses an unknown element with one #VALUE! naming the choices', () => {
    expect(shownAt(engine, at('AO2'))).toMatchObject({
      error: '#VALUE!',
      message: expect.stringContaining('total, english, maths, ebacc, open, detail'),
    });
  });
});
