/**
 * TARGET_GRADE: the examples, KS2 rounding and averaging, the valid range, elements,
 * challenge, clamping, previous targets and a school's band table. DfE figures quoted in the
 * comments are rows of shared/reference/dfe-ks4-a8-estimates-2023.csv.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { functions } from '../../../core/index';
import { column, expectCellError } from '../functions/expectations';

const target = functions.TARGET_GRADE;

describe('the examples issue 2 requires', () => {
  it('TARGET_GRADE(100) = 4: per-slot estimate 3.63 rounds to 4', () => expect(target(100)).toBe(4));
  it('TARGET_GRADE(100,,1) = 5: 3.63 + 1 = 4.63', () => expect(target(100, null, 1)).toBe(5));
  it('TARGET_GRADE({104,106}) = 5: average 105, per slot 4.55', () => expect(target([[104, 106]])).toEqual([[5]]));
  it('TARGET_GRADE(105,"maths") = 4: maths element 8.90 / 2 = 4.45', () => expect(target(105, 'maths')).toBe(4));
  it('TARGET_GRADE(110,"english") = 6: English element 12.11 / 2 = 6.055', () => expect(target(110, 'english')).toBe(6));
  it('TARGET_GRADE(120,,1) = 9: 8.19 + 1 = 9.19', () => expect(target(120, null, 1)).toBe(9));
  it('TARGET_GRADE(59) = 2: per slot 1.58', () => expect(target(59)).toBe(2));
  it('TARGET_GRADE(100,,,6) = 6: a previous 6 is never lowered to 4', () => expect(target(100, null, null, 6)).toBe(6));
});

describe('KS2 input', () => {
  it('rounds to the nearest 0.5, halves up: 104.25 uses the 104.5 row, 104.24 the 104.0 row', () => {
    expect(target(104.25)).toBe(5); // 104.5: 4.55 -> 5
    expect(target(104.24)).toBe(4); // 104.0: 4.36 -> 4
    expect(target('104.25')).toBe(5);
  });

  it('averages a reading and maths pair without rounding the average to a whole score', () => {
    // (87 + 88) / 2 = 87.5: English element 4.74 / 2 = 2.37 -> 2. Rounding the average to 88 first
    // would use 5.02 / 2 = 2.51 -> 3, which is what the pair (88, 88) gets.
    expect(target([[87, 88]], 'english')).toEqual([[2]]);
    expect(target([[88, 88]], 'english')).toEqual([[3]]);
  });

  it('reads a two-column range row by row as (reading, maths)', () => {
    expect(
      target([
        [104, 106],
        [100, 100],
        [87, 88],
      ]),
    ).toEqual([[5], [4], [2]]); // 4.55, 3.63, 1.92
  });

  it('product decision: a pupil with only one of the two scores is measured on that one', () => {
    expect(target([[104, '']])).toEqual([[4]]); // 104: 4.36
  });

  it('accepts the ends of the range, 59 and 120', () => {
    expect(target(59)).toBe(2);
    expect(target(120)).toBe(8); // 8.19
  });

  it.each([58.9, 121, 30, -5, '140', 'abc', true])('%j is a #VALUE! cell that states the range 59 to 120', (ks2) => {
    expectCellError(target(ks2), '#VALUE!', 'not a KS2 scaled score', '59 to 120');
  });

  it('a score out of range in a pair is named, and other pupils still get targets', () => {
    const result = target([
      [50, 110],
      [100, 100],
    ]) as unknown[][];
    expectCellError(result[0]![0], '#VALUE!', '50 is not a KS2 scaled score', '59 to 120');
    expect(result[1]).toEqual([4]);
  });

  it.each([null, '', '  ', 0])('a blank KS2 (%j) gives a blank target', (ks2) => {
    expect(target(ks2)).toBe('');
  });
});

describe('elements', () => {
  it.each([
    ['overall', 4], // A8 per slot 3.63
    ['english', 4], // 8.15 / 2 = 4.075
    ['maths', 3], // 6.94 / 2 = 3.47
    ['ebacc', 3], // 9.89 / 3 = 3.30
    ['open', 4], // 11.32 / 3 = 3.77
  ])('at KS2 100, %s gives %i', (element, expected) => {
    expect(target(100, element)).toBe(expected);
    expect(target(100, element.toUpperCase())).toBe(expected);
  });

  it('an unknown element is one error listing the choices', () => {
    expectCellError(target(column(100, 110), 'science'), '#VALUE!', 'overall, english, maths, ebacc, open', "'science'");
  });
});

describe('challenge, rounding and clamping', () => {
  it('challenge is added before rounding to a whole grade, halves up', () => {
    expect(target(100, null, 0.87)).toBe(5); // 3.63 + 0.87 = 4.50 -> 5
    expect(target(100, null, 0.86)).toBe(4); // 4.49 -> 4
    expect(target(105, 'maths', 0.05)).toBe(5); // 4.45 + 0.05 = 4.50 -> 5
  });

  it('a negative challenge lowers the target', () => expect(target(110, null, -1)).toBe(5)); // 5.81 - 1 = 4.81

  it('clamps to 1..9', () => {
    expect(target(59, null, -3)).toBe(1); // 1.58 - 3 = -1.42
    expect(target(120, null, 3)).toBe(9); // 8.19 + 3 = 11.19
  });

  it.each([3.5, -3.01, 'high', [[1, 2]]])('a challenge of %j is a whole-call error giving the allowed range', (challenge) => {
    expectCellError(target(column(100, 110), null, challenge), '#VALUE!', 'challenge');
  });

  it('accepts the limits -3 and 3', () => {
    expect(target(110, null, 3)).toBe(9); // 8.81
    expect(target(110, null, -3)).toBe(3); // 2.81
  });
});

describe('previous targets never go down', () => {
  it('a lower previous target is replaced, a higher one kept', () => {
    expect(target(100, null, null, 3)).toBe(4);
    expect(target(100, null, 1, '4')).toBe(5);
    expect(target(100, null, null, 'A')).toBe(7); // A is worth 7
  });

  it('a fine previous grade keeps the whole-grade target at or above it: after 5+ (5 1/3) the next whole grade is 6', () => {
    expect(target(100, null, null, '5+')).toBe(6);
    expect(target(100, null, null, '5-')).toBe(5);
  });

  it('works row by row beside a KS2 column, and a blank previous is ignored', () => {
    expect(target(column(100, 100, 110), null, null, column(6, '', 0))).toEqual([[6], [4], [6]]);
  });

  it('a bad previous target is an error in that pupil only', () => {
    const result = target(column(100, 110), null, null, column('5++', 3)) as unknown[][];
    expectCellError(result[0]![0], '#VALUE!', "'5++' is not a grade");
    expect(result[1]).toEqual([6]);
  });
});

describe("a school's band table", () => {
  // Rows in any order: KS2 lower bound, target grade.
  const bands = [
    [110, 7],
    [90, 3],
    [100, 5],
    [105, 6],
  ];

  it.each([
    [104, 5], // highest bound not above 104 is 100
    [105, 6], // a bound equal to the KS2 value counts
    [99.5, 3],
    [90, 3],
    [120, 7],
  ])('KS2 %d gets %i', (ks2, expected) => {
    expect(target(ks2, null, null, null, bands)).toBe(expected);
  });

  it('the band table wins over the DfE table and any element', () => {
    expect(target(104, 'maths', null, null, bands)).toBe(5);
  });

  it('adds challenge to the band grade, clamps, and respects previous targets', () => {
    expect(target(104, null, 1, null, bands)).toBe(6);
    expect(target(120, null, 3, null, bands)).toBe(9); // 7 + 3 = 10 -> 9
    expect(target(104, null, null, 6, bands)).toBe(6);
  });

  it('a KS2 value below every band is a #VALUE! naming the range the table covers (was #N/A before baselines other than KS2)', () => {
    expectCellError(target(89, null, null, null, bands), '#VALUE!', '89', '90 or more', 'add a band');
  });

  it('product decision: a header row and blank rows in the table are passed over', () => {
    expect(
      target(104, null, null, null, [
        ['KS2 from', 'Target'],
        [100, 5],
        ['', ''],
        [90, 3],
      ]),
    ).toBe(5);
  });

  it('a table that is not two columns, or has a non-number bound, is one error that says how to fix it', () => {
    expectCellError(target(104, null, null, null, [[100, 5, 1]]), '#VALUE!', 'two columns');
    expectCellError(
      target(104, null, null, null, [
        [100, 5],
        ['high', 7],
      ]),
      '#VALUE!',
      'Row 2',
      "'high'",
      'number',
    );
  });
});

describe('baselines other than KS2, with a band table', () => {
  // CAT4 standard age scores: lower bound, upper bound, target grade.
  const cat4 = [
    ['SAS from', 'SAS to', 'Target'],
    [60, 88, 3],
    [89, 96, 4],
    [97, 103, 5],
    [104, 111, 6],
    [112, 126, 7],
    [127, 141, 8],
  ];

  it.each([
    [60, 3],
    [88, 3],
    [89, 4],
    [100, 5],
    [118, 7], // read on the CAT4 table, not as a KS2 score
    [131, 8], // above KS2's 120, refused before
    [141, 8],
  ])('CAT4 SAS %d gets %i', (sas, expected) => {
    expect(target(sas, null, null, null, cat4)).toBe(expected);
  });

  it('a column of CAT4 scores, with challenge and previous targets', () => {
    expect(target(column(131, 75, ''), null, 1, column(null, 5, null), cat4)).toEqual([[9], [5], ['']]);
  });

  it('a CAT4 score below the table is a #VALUE! naming the range and what to do', () => {
    expectCellError(target(59, null, null, null, cat4), '#VALUE!', '59', '60 to 141', 'check the score', 'add a band');
  });

  it('a CAT4 score above the table is a #VALUE! naming the range', () => {
    expectCellError(target(142, null, null, null, cat4), '#VALUE!', '142', '60 to 141');
  });

  it('a two-column table has no upper bound: 150 reads the top band', () => {
    const open = [
      [60, 3],
      [100, 5],
      [127, 8],
    ];
    expect(target(150, null, null, null, open)).toBe(8);
    expectCellError(target(59, null, null, null, open), '#VALUE!', '60 or more');
  });

  it('a reading-age table (years)', () => {
    const readingAge = [
      ['Reading age', 'Target'],
      [6, 2],
      [8, 3],
      [10, 4],
      [12, 5],
      [14, 6],
    ];
    expect(target(7.5, null, null, null, readingAge)).toBe(2);
    expect(target(11, null, null, null, readingAge)).toBe(4);
    expect(target(16, null, null, null, readingAge)).toBe(6);
    expectCellError(target(5, null, null, null, readingAge), '#VALUE!', '6 or more');
  });

  it("a school's own test percentage", () => {
    const percent = [
      [1, 19, 1],
      [20, 39, 3],
      [40, 59, 4],
      [60, 79, 6],
      [80, 100, 8],
    ];
    expect(target(45, null, null, null, percent)).toBe(4);
    expect(target('72', null, null, null, percent)).toBe(6);
    expect(target(100, null, null, null, percent)).toBe(8);
    expectCellError(target(101, null, null, null, percent), '#VALUE!', '1 to 100');
  });

  it('a baseline that is not a number is a #VALUE! in that pupil only', () => {
    const result = target(column('high', 100), null, null, null, cat4) as unknown[][];
    expectCellError(result[0]![0], '#VALUE!', "'high'", 'number');
    expect(result[1]).toEqual([5]);
  });

  it('an upper bound below its lower bound is one error saying how the table is laid out', () => {
    expectCellError(target(100, null, null, null, [[100, 90, 5]]), '#VALUE!', 'Row 1', 'upper bound', 'three');
  });

  it('without a table, KS2 rules still apply: 131 and CAT4-only scores are refused', () => {
    expectCellError(target(131), '#VALUE!', 'not a KS2 scaled score', '59 to 120');
  });

  it('property: with a band table, a higher baseline never gives a lower target', () => {
    const band = fc.record({ lowerBound: fc.integer({ min: 0, max: 150 }), grade: fc.integer({ min: 1, max: 9 }) });
    fc.assert(
      fc.property(
        fc.array(band, { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.integer({ min: -3, max: 3 }),
        (bands, bounded, a, b, challenge) => {
          const top = Math.max(...bands.map((row) => row.lowerBound));
          const table = bands.map((row) => (bounded ? [row.lowerBound, top + 10, row.grade] : [row.lowerBound, row.grade]));
          const [low, high] = a <= b ? [a, b] : [b, a];
          const lower = target(low, null, challenge, null, table);
          const higher = target(high, null, challenge, null, table);
          if (typeof lower === 'number' && typeof higher === 'number') expect(higher).toBeGreaterThanOrEqual(lower);
          // Within the range both are targets (or blank for 0): an error above means only the higher is out of range.
          if (typeof lower === 'number' && low >= Math.min(...bands.map((row) => row.lowerBound)) && high <= top + 10) {
            expect(typeof higher).toBe('number');
          }
        },
      ),
    );
  });
});
