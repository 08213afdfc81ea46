/**
 * The registry is the one source of truth the Excel and Sheets surfaces are generated from:
 * every function is exported with its documentation, optional parameters come last, argument
 * counts are checked, and scalars and ranges come back in the shape they went in.
 */
import { describe, expect, it } from 'vitest';
import { DEFINITIONS, functions } from '../../../core/index';
import { expectCellError } from './expectations';

const NAMES = DEFINITIONS.map((definition) => definition.name);

describe('every function in DEFINITIONS', () => {
  it('covers the functions issue 2 names, each once', () => {
    expect([...NAMES].sort()).toEqual([
      'ATTAINMENT8',
      'EXPECTED_GRADE',
      'GRADE_POINTS',
      'ON_TRACK',
      'PP_GAP',
      'PROGRESS8',
      'RESIDUAL',
      'TARGET_GRADE',
    ]);
    expect(Object.keys(functions).sort()).toEqual([...NAMES].sort());
  });

  it.each(NAMES)('%s is exported with its name, description, returns, family and an example formula that calls it', (name) => {
    const fn = functions[name];
    expect(typeof fn).toBe('function');
    expect(fn.functionName).toBe(name);
    expect(fn.description.length).toBeGreaterThan(20);
    expect(fn.returns.length).toBeGreaterThan(10);
    expect(fn.family.length).toBeGreaterThan(0);
    expect(fn.example.formula.startsWith(`=${name}(`)).toBe(true);
    expect(fn.example.says.length).toBeGreaterThan(10);
  });

  it.each(NAMES)('%s documents every parameter, and optional parameters come last', (name) => {
    const { parameters } = functions[name];
    const definition = DEFINITIONS.find((candidate) => candidate.name === name)!;
    expect(parameters).toHaveLength(definition.params.length);
    expect(parameters.length).toBeGreaterThan(0);
    for (const parameter of parameters) {
      expect(parameter.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(parameter.description.length).toBeGreaterThan(10);
      expect(['number', 'string', 'boolean', 'any']).toContain(parameter.type);
      expect(typeof parameter.range).toBe('boolean');
    }
    const firstOptional = parameters.findIndex((parameter) => parameter.optional);
    if (firstOptional >= 0) expect(parameters.slice(firstOptional).every((parameter) => parameter.optional)).toBe(true);
  });

  it.each(NAMES)('%s rejects too many arguments with one error that gives the count', (name) => {
    const count = functions[name].parameters.length;
    const args = Array.from({ length: count + 1 }, () => 5);
    const most = count === 1 ? '1 argument,' : `${count} arguments`;
    expectCellError(functions[name](...args), '#VALUE!', `takes at most ${most}`, `given ${count + 1}`);
  });

  it('the documented optional parameters are the ones issue 2 marks [optional]', () => {
    const optional = (name: (typeof NAMES)[number]) => functions[name].parameters.filter((p) => p.optional).map((p) => p.name);
    expect(optional('ON_TRACK')).toEqual(['tolerance', 'scale']);
    expect(optional('RESIDUAL')).toEqual(['scale']);
    expect(optional('TARGET_GRADE')).toEqual(['element', 'challenge', 'previous', 'table']);
    expect(optional('PP_GAP')).toEqual(['measure', 'detail', 'scale']);
    expect(optional('ATTAINMENT8')).toEqual(['element']);
    expect(optional('PROGRESS8')).toEqual(['element']);
    expect(optional('EXPECTED_GRADE')).toEqual(['table']);
  });
});

describe('missing required arguments', () => {
  it('a whole-range function without its required range says which argument it needs', () => {
    expectCellError(functions.PP_GAP([[6], [4]]), '#VALUE!', 'flags');
    expectCellError(functions.ATTAINMENT8([[6]]), '#VALUE!', 'subjects');
  });
});

describe('shapes', () => {
  const ANY_SHAPE: Array<[number, number]> = [
    [1, 1],
    [3, 1],
    [1, 3],
    [4, 3],
  ];
  // [name, call with the range as the mapped argument, a valid cell, the shapes it takes]
  const CELL_WISE: Array<[string, (input: unknown) => unknown, unknown, Array<[number, number]>]> = [
    ['GRADE_POINTS', (input) => functions.GRADE_POINTS(input), '5', ANY_SHAPE],
    ['ON_TRACK', (input) => functions.ON_TRACK(input, '5'), '5', ANY_SHAPE],
    ['RESIDUAL', (input) => functions.RESIDUAL(input, '5'), '5', ANY_SHAPE],
    ['PROGRESS8', (input) => functions.PROGRESS8(input, 100), 40, ANY_SHAPE],
    // A KS2 range is one column of averages (two columns are a reading, maths pair: below).
    [
      'TARGET_GRADE',
      (input) => functions.TARGET_GRADE(input),
      100,
      [
        [1, 1],
        [3, 1],
      ],
    ],
  ];

  it.each(CELL_WISE)('%s: a scalar in gives a scalar out', (_name, call, value) => {
    expect(Array.isArray(call(value))).toBe(false);
  });

  it.each(CELL_WISE)('%s: a range in gives a same-shaped range out', (_name, call, value, shapes) => {
    for (const [rows, cols] of shapes) {
      const input = Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
      const result = call(input) as unknown[][];
      expect(result).toHaveLength(rows);
      for (const row of result) expect(row).toHaveLength(cols);
    }
  });

  it('TARGET_GRADE with a one-column KS2 range keeps its shape; a (reading, maths) pair gives one target per row', () => {
    expect(functions.TARGET_GRADE([[100], [110], [59]])).toEqual([[4], [6], [2]]);
    expect(
      functions.TARGET_GRADE([
        [100, 100],
        [110, 110],
      ]),
    ).toEqual([[4], [6]]);
  });

  it('ATTAINMENT8 gives one value per pupil row', () => {
    expect(functions.ATTAINMENT8([[5], [6], [7]], [['Maths']])).toEqual([[10], [12], [14]]);
  });

  it('an empty range is one error, not an empty result', () => {
    expectCellError(functions.GRADE_POINTS([]), '#VALUE!', 'empty range');
  });
});
