/**
 * 100,000 seeded calls across every function on each `npm test`: none throws, none gives a NaN or
 * ±Infinity, none spills a wrong shape, none falls back on the runner's last-resort error.
 * `npm run fuzz` runs the same fuzzer for a million calls or more.
 * The checker and the generator are tested too, so a count of 0 means the calls were fine, not that
 * nothing was looked at.
 */
import { describe, expect, it } from 'vitest';
import { CellError, DEFINITIONS } from '../../../../core/index';
import type { FunctionDefinition } from '../../../../core/registry/definition';
import { createGradeScale } from '../../../../core/grades/gradeScale';
import { runFunction } from '../../../../core/registry/runner';
import { judge } from './check';
import { countsOf, DEFAULT_SEED, fuzzCall, runFuzz } from './fuzzCalls';

const CALLS = 100_000;
const definition = (name: string): FunctionDefinition => DEFINITIONS.find((candidate) => candidate.name === name)!;

describe('fuzzing every registry function', () => {
  it(`${CALLS.toLocaleString('en-GB')} generated calls: 0 throws, 0 non-finite outputs, 0 wrong shapes, 0 last-resort errors`, () => {
    const summary = runFuzz(CALLS);
    // The failures name seed and index: rebuild one with fuzzCall(seed, index).
    expect(summary.failures).toEqual([]);
    expect(countsOf(summary)).toEqual({ calls: CALLS, throws: 0, nonFinite: 0, wrongShapes: 0, unexpectedProblems: 0 });
    for (const { name } of DEFINITIONS) {
      const { calls, withValues } = summary.reach[name]!;
      expect(calls, name).toBeGreaterThan(CALLS / DEFINITIONS.length / 2);
      // Enough calls get past every check to a figure or label that the arithmetic is fuzzed too.
      expect(withValues / calls, name).toBeGreaterThan(0.05);
    }
  });
});

describe('the generator', () => {
  it('is deterministic: the same seed and index always give the same call', () => {
    for (const index of [0, 1, 999, 54_321]) expect(fuzzCall(DEFAULT_SEED, index)).toEqual(fuzzCall(DEFAULT_SEED, index));
  });

  it('gives other calls for another seed', () => {
    const calls = (seed: number) => JSON.stringify(Array.from({ length: 20 }, (_, index) => fuzzCall(seed, index).args));
    expect(calls(DEFAULT_SEED)).not.toBe(calls(DEFAULT_SEED + 1));
  });

  it('reaches realistic and hostile inputs: grade text, KS2 out of range, huge numbers, mismatched and empty ranges', () => {
    const cells = new Set<unknown>();
    let mismatchedRows = 0;
    let emptyRanges = 0;
    for (let index = 0; index < 20_000; index += 1) {
      const { args } = fuzzCall(DEFAULT_SEED, index);
      const rowCounts = new Set(args.filter((arg) => Array.isArray(arg) && Array.isArray(arg[0])).map((arg) => (arg as unknown[]).length));
      if (rowCounts.size > 1) mismatchedRows += 1;
      for (const arg of args) {
        if (Array.isArray(arg) && (arg.length === 0 || (Array.isArray(arg[0]) && arg[0].length === 0))) emptyRanges += 1;
        for (const cell of Array.isArray(arg) ? arg.flat(2) : [arg]) cells.add(cell);
      }
    }
    for (const expected of [
      '5+',
      '5/4',
      'A*',
      'L2M',
      'U',
      '',
      0,
      'Y',
      'N',
      'TRUE',
      'PP',
      'Maths',
      'Combined Science',
      59,
      120,
      58,
      121,
      1e308,
      -1e308,
      '9'.repeat(400),
    ]) {
      expect(cells.has(expected), String(expected).slice(0, 20)).toBe(true);
    }
    expect([...cells].some((cell) => Number.isNaN(cell))).toBe(true);
    expect([...cells].some((cell) => cell instanceof Date)).toBe(true);
    expect([...cells].some((cell) => cell instanceof CellError)).toBe(true);
    expect(mismatchedRows).toBeGreaterThan(100);
    expect(emptyRanges).toBeGreaterThan(10);
  });
});

describe('the checker counts what it should', () => {
  const grades = definition('GRADE_POINTS');
  const gap = definition('PP_GAP');

  it('a thrown error is a throw', () => {
    expect(
      judge(grades, [5], () => {
        throw new TypeError('boom');
      }).threw,
    ).toBe(true);
  });

  it("the runner's last-resort error is counted apart from other errors", () => {
    const throwing = {
      name: 'THROWS',
      params: [],
      whole: () => {
        throw new TypeError('e is not iterable');
      },
    };
    const lastResort = runFunction(throwing, [], { grades: createGradeScale() });
    expect(lastResort).toBeInstanceOf(CellError);
    expect(judge(gap, [[[1]], [['Y']]], () => lastResort).unexpectedProblem).toBe(true);
    expect(judge(gap, [[[1]], [['Y']]], () => new CellError('#N/A', 'No flagged pupil has a value.')).unexpectedProblem).toBe(false);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity in a grid', [[1, Number.POSITIVE_INFINITY]]],
  ])('%s is a non-finite output', (_label, result) => {
    expect(judge(gap, [[[1]], [['Y']]], () => result).nonFinite).toBe(true);
  });

  it.each<[string, FunctionDefinition, unknown[], unknown]>([
    ['a ragged grid', gap, [[[1]], [['Y']]], [[1, 2], [3]]],
    ['an empty grid', gap, [[[1]], [['Y']]], []],
    ['an undefined cell', gap, [[[1]], [['Y']]], [[1, undefined]]],
    ['a null result', gap, [[[1]], [['Y']]], null],
    ['a grid of another shape than the mapped range', grades, [[[5], [6], [7]]], [[5], [6]]],
    ['a single value where a range was passed', grades, [[[5], [6]]], 5],
    ['a grid where a single value was passed', grades, [5], [[5]]],
  ])('%s is a wrong shape', (_label, spec, args, result) => {
    expect(judge(spec, args, () => result).wrongShape).toBeDefined();
  });

  it('accepts the broadcast shape, a whole-call error as one cell, and a rectangular table', () => {
    const onTrack = definition('ON_TRACK');
    expect(
      judge(
        onTrack,
        [
          [
            [5, 6, 7],
            [4, 5, 6],
          ],
          [[5], [6]],
        ],
        () => [
          ['On', 'Above', 'Above'],
          ['', 'Below', 'On'],
        ],
      ).wrongShape,
    ).toBeUndefined();
    expect(judge(onTrack, [[[5, 6]], [[5], [6], [7]]], () => new CellError('#VALUE!', 'shapes differ')).wrongShape).toBeUndefined();
    expect(
      judge(gap, [[[1]], [['Y']], 'mean', true], () => [
        ['Group', 'Pupils'],
        ['Flagged', 1],
      ]).wrongShape,
    ).toBeUndefined();
  });
});
