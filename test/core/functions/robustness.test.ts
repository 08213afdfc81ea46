/**
 * No input of any type makes a registry function throw: every failure is a CellError, and
 * every result is something a spreadsheet cell can hold. Then a stricter check: with the kinds
 * of value a host really passes, no failure is the runner's last-resort "unexpected problem".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellError, DEFINITIONS, functions } from '../../../core/index';

const UNEXPECTED = 'hit an unexpected problem';

/** Cells that mean something to some function, so junk reaches the deeper rules too. */
const meaningful = fc.constantFrom(
  '5',
  '5+',
  '5-4',
  'U',
  'A*',
  'L2M',
  'On',
  'Well below',
  'Y',
  'N',
  'PP',
  'Maths',
  'Eng Lang',
  'Combined Science',
  'maths',
  'ebacc',
  '>=4',
  'mean',
  'auto',
  'TRUE',
  100,
  104,
  59,
  120,
  0,
  1,
  9,
  -1,
  0.34,
  '',
  ' ',
  null,
  undefined,
);
const junkCell = fc.oneof(
  meaningful,
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, true, false, new CellError('#N/A', 'upstream')),
  fc.string(),
  fc.double(),
  fc.date(),
  fc.anything(),
);
/** Ragged, empty, one-dimensional and nested ranges: nothing a function should trip over. */
const junkRange = fc.oneof(
  fc.array(fc.array(junkCell, { maxLength: 4 }), { maxLength: 5 }),
  fc.array(junkCell, { maxLength: 4 }),
  fc.constantFrom([], [[]], [[], []]),
);
const junkArgument = fc.oneof(junkCell, junkRange, fc.anything());

function expectCellValue(value: unknown): void {
  const ok =
    value instanceof CellError ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value));
  expect(ok, `not a cell value: ${String(value)}`).toBe(true);
}

function expectSpreadsheetResult(result: unknown): void {
  if (!Array.isArray(result)) return expectCellValue(result);
  expect(result.length).toBeGreaterThan(0);
  const width = (result[0] as unknown[]).length;
  for (const row of result) {
    expect(Array.isArray(row)).toBe(true);
    expect((row as unknown[]).length).toBe(width);
    (row as unknown[]).forEach(expectCellValue);
  }
}

function errorsIn(result: unknown): CellError[] {
  if (result instanceof CellError) return [result];
  return Array.isArray(result) ? result.flat().filter((cell): cell is CellError => cell instanceof CellError) : [];
}

describe('no input makes a function throw', () => {
  it.each(DEFINITIONS.map((definition) => definition.name))('%s returns a cell value or a rectangular range for anything', (name) => {
    const fn = functions[name];
    fc.assert(
      fc.property(fc.array(junkArgument, { maxLength: fn.parameters.length + 1 }), (args) => {
        let result: unknown;
        expect(() => {
          result = fn(...args);
        }).not.toThrow();
        expectSpreadsheetResult(result);
      }),
      { numRuns: 400 },
    );
  });
});

describe('host-shaped input never reaches the last-resort error', () => {
  // What Excel and Sheets pass: numbers, text, booleans, blanks, dates and error values, in rectangular ranges.
  const hostCell = fc.oneof(
    meaningful,
    fc.string(),
    fc.double({ noNaN: true }),
    fc.integer(),
    fc.boolean(),
    fc.date({ noInvalidDate: true }),
    fc.constant(null),
  );
  const hostRange = fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
    .chain(([rows, cols]) => fc.array(fc.array(hostCell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }));

  it.each(DEFINITIONS.map((definition) => definition.name))('%s explains every failure in its own words', (name) => {
    const fn = functions[name];
    fc.assert(
      fc.property(fc.array(fc.oneof(hostCell, hostRange), { maxLength: fn.parameters.length }), (args) => {
        for (const error of errorsIn(fn(...args))) expect(error.message).not.toContain(UNEXPECTED);
      }),
      { numRuns: 400 },
    );
  });
});
