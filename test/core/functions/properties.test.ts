/**
 * Property tests (fast-check) for the rules issue 2 states as laws: ON_TRACK is antisymmetric,
 * status counts add up, PP_GAP ignores row order, TARGET_GRADE never falls as KS2 rises.
 * The no-throw property lives in robustness.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allBuiltInGradeLabels, CellError, functions, STATUSES, type Result } from '../../../core/index';

const grade = fc.oneof(fc.constantFrom(...allBuiltInGradeLabels()), fc.integer({ min: 1, max: 9 }));
const blank = fc.constantFrom(null, undefined, '', '  ', 0);
const gradeOrBlank = fc.oneof({ weight: 4, arbitrary: grade }, { weight: 1, arbitrary: blank });
const tolerance = fc.oneof(fc.constantFrom(0, 0.34, 1 / 3, 0.5, 1, 1.5), fc.double({ min: 0, max: 9, noNaN: true }));
const isBlank = (value: unknown) =>
  value === null || value === undefined || value === 0 || (typeof value === 'string' && value.trim() === '');

describe('ON_TRACK is antisymmetric in Above and Below', () => {
  it('Above for (current, target) exactly when (target, current) is Below or Well below; On exactly when On', () => {
    // diff > tol  <=>  -diff < -tol, which is Below (down to -1) or Well below (under -1).
    fc.assert(
      fc.property(grade, grade, tolerance, (current, target, tol) => {
        const forward = functions.ON_TRACK(current, target, tol);
        const backward = functions.ON_TRACK(target, current, tol);
        expect(STATUSES).toContain(forward);
        expect(forward === 'Above').toBe(backward === 'Below' || backward === 'Well below');
        expect(backward === 'Above').toBe(forward === 'Below' || forward === 'Well below');
        expect(forward === 'On').toBe(backward === 'On');
      }),
      { numRuns: 500 },
    );
  });
});

describe('status counts add up to the non-blank count', () => {
  const sheet = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 })).chain(([rows, cols]) =>
    fc.record({
      current: fc.array(fc.array(gradeOrBlank, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }),
      targets: fc.array(
        gradeOrBlank.map((cell) => [cell]),
        { minLength: rows, maxLength: rows },
      ),
    }),
  );

  it('every cell with a grade and a target has exactly one status; every other cell is blank', () => {
    fc.assert(
      fc.property(sheet, ({ current, targets }) => {
        const statuses = functions.ON_TRACK(current, targets) as unknown[][];
        let expectedStatuses = 0;
        const counts = new Map<unknown, number>();
        current.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (!isBlank(cell) && !isBlank(targets[r]![0])) expectedStatuses += 1;
            counts.set(statuses[r]![c], (counts.get(statuses[r]![c]) ?? 0) + 1);
          }),
        );
        const statusTotal = STATUSES.reduce((total, status) => total + (counts.get(status) ?? 0), 0);
        expect(statusTotal).toBe(expectedStatuses);
        expect(counts.get('') ?? 0).toBe(current.length * current[0]!.length - expectedStatuses);
      }),
    );
  });
});

describe('PP_GAP does not depend on row order', () => {
  const statusCell = fc.oneof(fc.constantFrom(...STATUSES), fc.constant(''));
  const numberCell = fc.oneof(fc.double({ min: -50, max: 100, noNaN: true }), fc.constant(''));
  const flag = fc.constantFrom(true, false, 1, 0, 'Y', 'N', 'PP', 'yes', 'no', '', null);
  const pupils = fc
    .tuple(fc.constantFrom(statusCell, gradeOrBlank, numberCell), fc.integer({ min: 1, max: 3 }))
    .chain(([cell, cols]) =>
      fc.array(fc.record({ values: fc.array(cell, { minLength: cols, maxLength: cols }), flag }), { minLength: 1, maxLength: 30 }),
    )
    .chain((rows) => fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })));

  function expectSameResult(a: Result, b: Result): void {
    if (a instanceof CellError) {
      // A message may name a row, and rows moved: the outcome is the same kind of error.
      expect(b).toBeInstanceOf(CellError);
      expect((b as CellError).code).toBe(a.code);
    } else if (Array.isArray(a)) {
      expect(Array.isArray(b)).toBe(true);
      a.forEach((row, r) => row.forEach((cell, c) => expectSameResult(cell, (b as unknown[][])[r]![c] as Result)));
    } else if (typeof a === 'number') {
      expect(b as number).toBeCloseTo(a, 9); // sums in another order may differ in the last bits
    } else {
      expect(b).toBe(a);
    }
  }

  it('shuffling the pupils (values with their flags) gives the same gap, table or error', () => {
    fc.assert(
      fc.property(pupils, fc.constantFrom(null, 'auto', 'mean', 'on_target', '>=4'), fc.boolean(), ([rows, shuffled], measure, detail) => {
        const run = (order: typeof rows) =>
          functions.PP_GAP(
            order.map((row) => row.values),
            order.map((row) => [row.flag]),
            measure,
            detail,
          );
        expectSameResult(run(rows), run(shuffled));
      }),
      { numRuns: 300 },
    );
  });
});

describe('TARGET_GRADE never falls as KS2 rises', () => {
  const ks2Pair = fc
    .tuple(fc.double({ min: 59, max: 120, noNaN: true }), fc.double({ min: 59, max: 120, noNaN: true }))
    .map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]);
  const element = fc.constantFrom(null, 'overall', 'english', 'maths', 'ebacc', 'open');
  const previous = fc.option(grade, { nil: null });

  function expectNotLower(low: unknown, high: unknown): void {
    if (typeof low !== 'number') return; // below the lowest band: nothing to compare
    expect(typeof high).toBe('number');
    expect(high as number).toBeGreaterThanOrEqual(low);
  }

  it('with whole-grade challenges, for every element and previous target', () => {
    fc.assert(
      fc.property(ks2Pair, element, fc.integer({ min: -3, max: 3 }), previous, ([low, high], el, challenge, prev) => {
        expectNotLower(functions.TARGET_GRADE(low, el, challenge, prev), functions.TARGET_GRADE(high, el, challenge, prev));
      }),
      { numRuns: 1000 },
    );
  });

  it('with any challenge from -3 to 3, as the issue allows', () => {
    // Issue 2: challenge is "grades, default 0, allowed -3..3" and the target "never falls as KS2 rises".
    // Known counterexample: the DfE EBacc element dips from 4.19 (KS2 82) to 4.13 (KS2 82.5); with a
    // challenge of 0.11 that is 1.40 + 0.11 = 1.51 -> 2 at 82 but 1.38 + 0.11 = 1.49 -> 1 at 82.5.
    fc.assert(
      fc.property(ks2Pair, element, fc.double({ min: -3, max: 3, noNaN: true }), previous, ([low, high], el, challenge, prev) => {
        expectNotLower(functions.TARGET_GRADE(low, el, challenge, prev), functions.TARGET_GRADE(high, el, challenge, prev));
      }),
      { numRuns: 1000, examples: [[[82, 82.5], 'ebacc', 0.11, null]] },
    );
  });

  it("with a school's band table whose grades rise with the bound, rows in any order", () => {
    const table = fc
      .uniqueArray(fc.integer({ min: 59, max: 120 }), { minLength: 1, maxLength: 6 })
      .chain((bounds) =>
        fc.tuple(
          fc.constant([...bounds].sort((a, b) => a - b)),
          fc.array(fc.integer({ min: 1, max: 9 }), { minLength: bounds.length, maxLength: bounds.length }),
        ),
      )
      .map(([bounds, grades]) => bounds.map((bound, index) => [bound, [...grades].sort((a, b) => a - b)[index]!]))
      .chain((rows) => fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length }));
    fc.assert(
      fc.property(ks2Pair, table, fc.double({ min: -3, max: 3, noNaN: true }), previous, ([low, high], bands, challenge, prev) => {
        expectNotLower(
          functions.TARGET_GRADE(low, null, challenge, prev, bands),
          functions.TARGET_GRADE(high, null, challenge, prev, bands),
        );
      }),
      { numRuns: 500 },
    );
  });
});
