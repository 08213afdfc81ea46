/**
 * The runner's last lines of defence, tested with function specs built to misbehave: a body that
 * works out a non-finite number, and a body that throws. What reaches the teacher is a CellError in
 * plain words, never NaN, Infinity or a JavaScript error message from a minified bundle.
 */
import { describe, expect, it } from 'vitest';
import { CellError, functions, type Result } from '../../../core/index';
import { createGradeScale } from '../../../core/grades/gradeScale';
import { booleanOption, gradeCells, wholeRange } from '../../../core/registry/paramTypes';
import { runFunction, type FunctionSpec } from '../../../core/registry/runner';
import { asGrid, column, expectCellError, expectHelpfulMessage } from './expectations';

const context = { grades: createGradeScale() };
const grades = gradeCells({ name: 'grades', description: 'A grade or a range of grades.' });
const values = wholeRange({ name: 'values', description: 'Any range, handed over as it is.' }, (grid) => grid);

const cellWise = (each: (grade: number) => number): FunctionSpec => ({ name: 'BROKEN_EACH', params: [grades], each });
const wholeCall = (whole: () => Result): FunctionSpec => ({ name: 'BROKEN_WHOLE', params: [values], whole });

function expectPlainNonFiniteError(cell: unknown, name: string): void {
  const error = expectCellError(cell, '#VALUE!', name);
  expect(error.message).not.toMatch(/NaN|Infinity/);
  expectHelpfulMessage(error);
}

describe('a non-finite number never leaves the runner', () => {
  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
  ])('a cell-wise body that works out %s gives a CellError in that cell, for one cell and in a range', (_label, bad) => {
    const spec = cellWise((grade) => (grade === 60 ? bad : grade / 12));
    expectPlainNonFiniteError(runFunction(spec, [5], context), 'BROKEN_EACH');
    const grid = asGrid(runFunction(spec, [column(4, 5, 6)], context));
    expect(grid[0]![0]).toBe(4);
    expectPlainNonFiniteError(grid[1]![0], 'BROKEN_EACH');
    expect(grid[2]![0]).toBe(6);
  });

  it('a whole-call body that returns a single non-finite number gives a CellError', () => {
    expectPlainNonFiniteError(
      runFunction(
        wholeCall(() => 0 / 0),
        [[[1]]],
        context,
      ),
      'BROKEN_WHOLE',
    );
  });

  it('a detail table holding Infinity and NaN keeps its labels and good figures and replaces only the bad ones', () => {
    const table = [
      ['Group', 'Pupils', 'Value'],
      ['Not flagged', 2, Number.POSITIVE_INFINITY],
      ['Flagged', 2, 0.5],
      ['Gap (not flagged minus flagged)', '', Number.NaN],
    ];
    const grid = asGrid(
      runFunction(
        wholeCall(() => table),
        [[[1]]],
        context,
      ),
    );
    expect(grid.map((row) => row.length)).toEqual([3, 3, 3, 3]);
    expect(grid[0]).toEqual(['Group', 'Pupils', 'Value']);
    expect(grid[2]).toEqual(['Flagged', 2, 0.5]);
    expectPlainNonFiniteError(grid[1]![2], 'BROKEN_WHOLE');
    expectPlainNonFiniteError(grid[3]![2], 'BROKEN_WHOLE');
  });

  it("does not change the grid a body returned, which may be the caller's own range", () => {
    const own = [[1, Number.NaN]];
    runFunction(
      wholeCall(() => own),
      [[[1]]],
      context,
    );
    expect(own[0]![1]).toBeNaN();
  });
});

describe('an exception inside a function reaches the teacher as advice, not as JavaScript', () => {
  const thrown: Array<[string, unknown]> = [
    ['a TypeError from a minified bundle', new TypeError('e is not iterable')],
    ['a TypeError reading a property', new TypeError("Cannot read properties of undefined (reading 'grid')")],
    ['a RangeError', new RangeError('Invalid array length')],
    ['a thrown string', 'zq.map is not a function'],
  ];

  /** Words of the JavaScript text that no teacher-facing sentence would use by chance. */
  const javaScriptWords = (problem: unknown) =>
    [problem instanceof Error ? problem.name : '', ...String(problem instanceof Error ? problem.message : problem).split(/\s+/)].filter(
      (word) => word.length >= 5,
    );

  it.each(thrown)('%s in a whole-call body', (_label, problem) => {
    const spec: FunctionSpec = {
      name: 'THROWS',
      params: [values, booleanOption({ name: 'detail', description: 'TRUE for a table.' }, false)],
      whole: () => {
        throw problem;
      },
    };
    const error = expectCellError(runFunction(spec, [column(1, 2)], context), '#VALUE!', 'THROWS');
    for (const word of javaScriptWords(problem)) expect(error.message.toLowerCase()).not.toContain(word.toLowerCase());
    expect(error.message).not.toMatch(/\(|\)|Error|undefined|null/);
    expect(error.message).toMatch(/\bcheck\b/i);
    expect(error.message).toMatch(/range|shape|rows/);
    expectHelpfulMessage(error);
  });

  it('in a cell-wise body, the whole call gives one such error', () => {
    const spec = cellWise(() => {
      throw new TypeError('e is not iterable');
    });
    const result = runFunction(spec, [column(4, 5)], context);
    const error = expectCellError(result, '#VALUE!', 'BROKEN_EACH');
    expect(error.message).not.toContain('iterable');
    expect(result).toBeInstanceOf(CellError);
  });
});

describe('a range no host sends is still read, not left to the last resort', () => {
  it('a range that mixes rows with bare values is read as rows of one, not a caught exception', () => {
    // [[100, 104], 105] is no host's range, but a caller of the core can pass it: the bare 105 is a row.
    const grid = asGrid(functions.PROGRESS8(column(50, 60), [[100, 104], 105]));
    expect(grid.map((row) => row.length)).toEqual([1, 1]);
    for (const [cell] of grid) expect(typeof cell).toBe('number');
  });
});
