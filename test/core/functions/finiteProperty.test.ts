/**
 * For every function in the registry (read from DEFINITIONS, so a new function is covered the day
 * it is added): whatever the arguments, with numbers at and beyond the edges of what a double holds,
 * nothing throws and no output cell is NaN or ±Infinity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellError, DEFINITIONS, functions } from '../../../core/index';

const extremeNumber = fc.constantFrom(
  1e308,
  -1e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e6,
  1e6 + 1,
  -1e6 - 1,
  1e16,
  45000,
  -0,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.NaN,
);
const hugeText = fc.constantFrom('9'.repeat(400), `-${'9'.repeat(400)}`, `${'9'.repeat(309)}.5`, '1e308', '  99999999999999999999  ');
const ordinary = fc.constantFrom(
  '5',
  '5+',
  '5/4',
  'A*',
  'L2M',
  'U',
  'On',
  'Above',
  'Maths',
  'Eng Lang',
  'mean',
  '>=4',
  '',
  null,
  0,
  1,
  9,
  59,
  100,
  120,
);
const flag = fc.constantFrom('Y', 'N', 'PP', 'TRUE', true, false, 1, 0, '', null);
const anyCell = fc.oneof(
  { weight: 3, arbitrary: extremeNumber },
  { weight: 2, arbitrary: hugeText },
  { weight: 3, arbitrary: ordinary },
  { weight: 1, arbitrary: flag },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.date() },
  { weight: 1, arbitrary: fc.constant(new CellError('#N/A', 'upstream')) },
);
/**
 * Each argument draws its cells from one palette, so a whole column can be flags or numbers and
 * the deeper rules (a gap, a mean) are reached, not only the first unreadable cell.
 */
const palette = fc.constantFrom(
  fc.oneof(extremeNumber, hugeText, fc.double({ min: -100, max: 100, noNaN: true })),
  fc.oneof(extremeNumber, hugeText),
  flag,
  ordinary,
  anyCell,
);

/** A range with the call's row count most of the time; ragged, nested and one-dimensional ones too. */
const argumentFor = (rows: number) =>
  palette.chain((cell) =>
    fc.oneof(
      { weight: 2, arbitrary: cell },
      {
        weight: 5,
        arbitrary: fc
          .integer({ min: 1, max: 4 })
          .chain((cols) => fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows })),
      },
      { weight: 1, arbitrary: fc.array(fc.array(fc.oneof(cell, fc.array(cell, { maxLength: 2 })), { maxLength: 4 }), { maxLength: 5 }) },
      { weight: 1, arbitrary: fc.array(cell, { maxLength: 4 }) },
    ),
  );

const argumentsFor = (count: number) => fc.integer({ min: 1, max: 6 }).chain((rows) => fc.array(argumentFor(rows), { maxLength: count }));

const nonFiniteCells = (result: unknown): unknown[] =>
  (Array.isArray(result) ? result.flat(2) : [result]).filter((value) => typeof value === 'number' && !Number.isFinite(value));

describe('no function returns NaN or ±Infinity', () => {
  it.each(DEFINITIONS.map((definition) => definition.name))('%s: no output cell is a non-finite number, and nothing throws', (name) => {
    const fn = functions[name];
    fc.assert(
      fc.property(argumentsFor(fn.parameters.length + 1), (args) => {
        let result: unknown;
        expect(() => {
          result = fn(...args);
        }).not.toThrow();
        expect(nonFiniteCells(result)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
