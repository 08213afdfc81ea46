/**
 * `defineFunction` types each body's arguments from its declared parameters. The lines marked
 * `@ts-expect-error` are the proof: `tsc --noEmit` fails if any of them stops being an error, so a
 * body that takes a string where its parameter reads a number can never be written. The runtime
 * checks only show the well-typed definitions run as declared.
 */
import { describe, expect, it } from 'vitest';
import { createGradeScale } from '../../../core/grades/gradeScale';
import { defineFunction } from '../../../core/registry/definition';
import { booleanOption, gradeCells, numberCells, wholeRange } from '../../../core/registry/paramTypes';
import { runFunction } from '../../../core/registry/runner';
import type { Grid } from '../../../core/values';

const docs = {
  family: 'Grades',
  description: 'A function made for this test only.',
  returns: 'A number.',
  example: { formula: '=T()', says: 'Nothing.' },
} as const;
const scores = numberCells({ name: 'scores', description: 'Scores from 0 to 100.' }, { min: 0, max: 100, what: 'a score' });
const context = { grades: createGradeScale() };

describe('defineFunction checks each body against its parameters', () => {
  it('a body that takes what its parameters read compiles and runs', () => {
    const double = defineFunction({ ...docs, name: 'DOUBLE', params: [scores], each: (score: number) => score * 2 });
    expect(runFunction(double, [21], context)).toBe(42);
  });

  it('an optional grade reaches the body as null, and an optional range left out as undefined', () => {
    const seen = defineFunction({
      ...docs,
      name: 'SEEN',
      params: [
        gradeCells({ name: 'grade', description: 'A grade.' }),
        gradeCells({ name: 'previous', description: 'A grade.' }, { optional: true }),
      ],
      each: (grade: number, previous: number | null) => (previous === null ? grade : grade - previous),
    });
    expect(runFunction(seen, [5, ''], context)).toBe(60);
    const rows = defineFunction({
      ...docs,
      name: 'ROWS',
      params: [wholeRange({ name: 'table', description: 'A table.' }, (grid) => grid, { optional: true })],
      whole: (table: Grid | undefined) => table?.length ?? 0,
    });
    expect(runFunction(rows, [], context)).toBe(0);
  });

  it('a body whose argument types do not match fails to compile', () => {
    defineFunction({
      ...docs,
      name: 'WRONG_TYPE',
      params: [scores],
      // @ts-expect-error the parameter reads a number, so a body taking a string is refused
      each: (score: string) => score.length,
    });
    defineFunction({
      ...docs,
      name: 'FORGETS_NULL',
      params: [gradeCells({ name: 'previous', description: 'A grade.' }, { optional: true })],
      // @ts-expect-error an optional grade can be null, so the body must take null too
      each: (previous: number) => previous,
    });
    defineFunction({
      ...docs,
      name: 'WRONG_ORDER',
      params: [
        booleanOption({ name: 'detail', description: 'TRUE or FALSE.' }, false),
        wholeRange({ name: 'values', description: 'A range.' }, (grid) => grid),
      ],
      // @ts-expect-error the range comes second, the option first
      whole: (values: Grid, detail: boolean) => (detail ? values.length : 0),
    });
    expect(true).toBe(true);
  });
});
