/**
 * Golden test of ATTAINMENT8(..., "detail") on 10 pupils: the whole table, written out by hand, with
 * each row's slots and sum worked in its comment. Slots: 1-2 maths, 3-4 English, 5-7 EBacc, 8-10 open;
 * within a pool the higher grade goes first, and on equal grades the column further left.
 */
import { describe, expect, it } from 'vitest';
import { CellError, functions } from '../../../core/index';
import { asGrid, expectCellError } from '../functions/expectations';

const SUBJECTS = [
  'Maths', // 0
  'Eng Lang', // 1
  'Eng Lit', // 2
  'Combined Science', // 3
  'Biology', // 4
  'History', // 5
  'French', // 6
  'Music', // 7
  'BTEC Music', // 8
  'Art', // 9
  'Underwater Basket Weaving', // 10
];

/** A pupil's row of grades from { column: grade }; every other cell is empty. */
const pupil = (grades: Record<number, unknown>) => SUBJECTS.map((_, column) => grades[column] ?? null);

const GRADES = [
  pupil({ 0: 7, 1: 6, 2: 5, 3: '6-6', 5: 7, 6: 5, 9: 6 }),
  pupil({ 7: 7, 8: 'L2D', 9: 6 }),
  pupil({ 0: 5, 2: 6, 9: 4, 10: 8 }),
  pupil({ 0: 6, 1: 5, 2: 5, 3: '5-5', 4: 7, 5: 6 }),
  pupil({}),
  pupil({ 0: '5++', 9: 6 }),
  pupil({ 0: 3, 3: '6-6', 5: 8, 6: 7, 7: 4, 9: 5 }),
  pupil({ 0: '6+', 1: '7-', 2: 7, 4: 6, 5: 7, 6: 7, 7: 6, 9: 6, 10: 5 }),
  pupil({ 0: 5, 3: '4-3', 4: 8, 5: 5 }),
  pupil({ 0: 9, 1: 9, 2: 9, 3: '9-9', 5: 9, 6: 9, 7: 9, 9: 9 }),
];

const HEADER = [
  'Slot 1: maths',
  'Slot 2: maths',
  'Slot 3: English',
  'Slot 4: English',
  'Slot 5: EBacc',
  'Slot 6: EBacc',
  'Slot 7: EBacc',
  'Slot 8: open',
  'Slot 9: open',
  'Slot 10: open',
  'Attainment 8',
  'Notes',
];

const ENGLISH_ONCE = 'English counted once: the DfE doubles it only when both language and literature are taken';

const EXPECTED = [
  HEADER,
  // 1. Maths 7 doubled (14); Eng Lang 6 over Eng Lit 5, doubled (12); EBacc History 7 and both halves of combined 6-6 (19);
  //    open Art 6, then Eng Lit 5 and French 5 (equal: Eng Lit is further left) (16). 14 + 12 + 19 + 16 = 61.
  [
    'Maths 7',
    'Maths 7',
    'Eng Lang 6',
    'Eng Lang 6',
    'History 7',
    'Combined Science 6',
    'Combined Science 6',
    'Art 6',
    'Eng Lit 5',
    'French 5',
    61,
    '',
  ],
  // 2. Issue 11's case: Music 7 and BTEC Music L2D (7) share LF1 and tie, so Music (further left) counts: 7 + Art 6 = 13.
  [
    ...['', '', '', '', '', '', ''],
    'Music 7',
    'Art 6',
    '',
    13,
    'BTEC Music 7: discounted: same DfE discount code (LF1) as Music, which scores the same and is further left',
  ],
  // 3. Maths 5 doubled (10); Eng Lit 6 alone, not doubled (6); open: the unknown subject 8, Art 4 (12). 28.
  [
    'Maths 5',
    'Maths 5',
    'Eng Lit 6',
    ...['', '', '', ''],
    'Underwater Basket Weaving 8',
    'Art 4',
    '',
    28,
    `Underwater Basket Weaving: not recognised: counted as open; ${ENGLISH_ONCE}`,
  ],
  // 4. Science route: with combined 5-5, EBacc History 6, 5, 5 (16) and total 12 + 10 + 16 + 5 = 43; with Biology 7 instead,
  //    EBacc 7 + 6 (13), total 40. Combined counts. English: 5 and 5, Eng Lang doubled (10), Eng Lit 5 in open.
  [
    'Maths 6',
    'Maths 6',
    'Eng Lang 5',
    'Eng Lang 5',
    'History 6',
    'Combined Science 5',
    'Combined Science 5',
    'Eng Lit 5',
    '',
    '',
    43,
    'Biology 7: discounted: science counts once, and Combined Science gives an Attainment 8 at least as high',
  ],
  // 5. No grades: a blank row, so every pupil keeps their own row.
  ['', '', '', '', '', '', '', '', '', '', '', ''],
  // 6. A bad grade: the error stands where the A8 would (checked below), the rest blank.
  'error row',
  // 7. Maths 3 doubled (6); EBacc History 8, French 7 and one half of combined 6-6 (21); open: the other half 6, Art 5,
  //    Music 4 (15). 6 + 21 + 15 = 42.
  ['Maths 3', 'Maths 3', '', '', 'History 8', 'French 7', 'Combined Science 6', 'Combined Science 6', 'Art 5', 'Music 4', 42, ''],
  // 8. Maths 6+ (76/12) doubled; Eng Lit 7 over Eng Lang 7- (80/12), doubled (14); EBacc History 7, French 7, Biology 6
  //    (20); open Eng Lang 80/12, Music 6, Art 6 (Music further left); the unknown 5 is not in the best 8.
  //    152/12 + 168/12 + 240/12 + 224/12 = 784/12.
  [
    'Maths 6.33',
    'Maths 6.33',
    'Eng Lit 7',
    'Eng Lit 7',
    'History 7',
    'French 7',
    'Biology 6',
    'Eng Lang 6.67',
    'Music 6',
    'Art 6',
    784 / 12,
    'Underwater Basket Weaving: not recognised: counted as open; Underwater Basket Weaving 5: not in the best 8',
  ],
  // 9. Science route: with combined 4-3 (3.5 each), 10 + (5 + 3.5 + 3.5) = 22; with Biology 8, 10 + (8 + 5) = 23. Biology counts.
  [
    'Maths 5',
    'Maths 5',
    '',
    '',
    'Biology 8',
    'History 5',
    ...['', '', '', ''],
    23,
    'Combined Science 3.5: discounted: science counts once, and Biology gives the higher Attainment 8',
  ],
  // 10. All 9s: 18 + 18 + 27 + 27 = 90. EBacc: combined (column 3) before History and French; open: Eng Lit, French, Music
  //     by column; Art 9 is the one grade left over.
  [
    'Maths 9',
    'Maths 9',
    'Eng Lang 9',
    'Eng Lang 9',
    'Combined Science 9',
    'Combined Science 9',
    'History 9',
    'Eng Lit 9',
    'French 9',
    'Music 9',
    90,
    'Art 9: not in the best 8',
  ],
];

describe('ATTAINMENT8 detail: the golden table', () => {
  const table = asGrid(functions.ATTAINMENT8(GRADES, [SUBJECTS], 'detail'));

  it('spills a header row and one row per pupil, 12 columns each', () => {
    expect(table).toHaveLength(11);
    expect(table.every((row) => row.length === 12)).toBe(true);
  });

  it.each(EXPECTED.map((row, index) => [index, row] as const).filter(([, row]) => row !== 'error row'))('row %i', (index, row) => {
    expect(table[index]).toEqual(row);
  });

  it('row 6: a bad grade is a #VALUE! naming its subject in the A8 column, the rest blank', () => {
    const row = table[6]!;
    expectCellError(row[10], '#VALUE!', "Maths: '5++' is not a grade");
    expect(row.filter((cell) => !(cell instanceof CellError))).toEqual(Array(11).fill(''));
  });

  it('agrees with the total, row by row', () => {
    const totals = asGrid(functions.ATTAINMENT8(GRADES, [SUBJECTS]));
    table.slice(1).forEach((row, pupilIndex) => {
      const total = totals[pupilIndex]![0];
      if (total instanceof CellError) expect(row[10]).toEqual(total);
      else expect(row[10]).toBe(total);
    });
  });
});
