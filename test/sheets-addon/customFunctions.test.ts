/**
 * Calls every custom function in the built Code.js as Sheets does (2-D arrays for ranges, scalars
 * for single cells, "" for empty cells, undefined for omitted arguments, Date objects and
 * booleans) and checks each answer is the core's, after the mapping sheets-addon documents:
 * a whole-call CellError is thrown as Error("<code> <message>"), one inside an array is the text
 * "<code> <message>", everything else passes through.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CellError, DEFINITIONS, functions, type FunctionName, type Result } from '../../core';
import { loadSheetsAddOn } from './sheetsBundle';

type Answer = { value: unknown } | { thrown: string };
type SheetsCase = { title: string; fn: FunctionName; args: (date: DateConstructor) => unknown[] };

let addOn: ReturnType<typeof loadSheetsAddOn>;
beforeAll(() => {
  addOn = loadSheetsAddOn();
});

function expectedFromCore(result: Result): Answer {
  if (result instanceof CellError) return { thrown: `${result.code} ${result.message}` };
  if (!Array.isArray(result)) return { value: result };
  return { value: result.map((row) => row.map((cell) => (cell instanceof CellError ? `${cell.code} ${cell.message}` : cell))) };
}

function answerFromSheets(fn: FunctionName, args: unknown[]): Answer {
  try {
    return { value: addOn.call(fn, ...args) };
  } catch (error) {
    // Thrown in the script's realm, as a plain Error: Sheets shows #ERROR! and the message.
    expect(error).toBeInstanceOf(addOn.SheetsError);
    expect((error as Error).name).toBe('Error');
    return { thrown: (error as Error).message };
  }
}

/** A year group as a tracker holds it: fine, split, legacy and vocational grades, gaps and typos. */
const GRADE_CELLS = ['9', '8+', 7, '6-', '5/4', 5, '4+', '3-', 'U', '', 'B', 'L2M', '5-', 6, 2, '', 'Abs', '7='];
const TARGET_CELLS = [5, '6', 4, '7', 3, '', 8, '5'];
const PUPILS = 300;
const rows = <T>(make: (pupil: number) => T) => Array.from({ length: PUPILS }, (_, pupil) => make(pupil));
const grade = (pupil: number, offset: number) => GRADE_CELLS[(pupil * 7 + offset) % GRADE_CELLS.length];
const current = rows((p) => [grade(p, 0), grade(p, 3), grade(p, 11)]);
const currentWithTypos = current.map((row, p) => (p % 50 === 7 ? [row[0], 'banana', row[2]] : row));
const targets = rows((p) => [TARGET_CELLS[p % TARGET_CELLS.length]]);
const ks2 = rows((p) => (p % 40 === 9 ? ['', ''] : [88 + (p % 30), 90 + ((p * 7) % 28)]));
const ppFlags = rows((p) => [p % 3 === 0]); // Sheets passes checkbox cells as booleans
const subjects = [['Maths', 'Eng Lang', 'Eng Lit', 'Combined Science', 'Combined Science', 'French', 'History', 'Art', 'Music', 'Drama']];
const gcseGrades = rows((p) => subjects[0]!.map((_, s) => grade(p, s)));

const CASES: SheetsCase[] = [
  { title: 'a column of grades', fn: 'GRADE_POINTS', args: () => [current.map((row) => [row[0]])] },
  { title: 'one cell holding a grade', fn: 'GRADE_POINTS', args: () => ['5+'] },
  { title: 'one cell holding junk', fn: 'GRADE_POINTS', args: () => ['banana'] },
  { title: 'a date cell among grades', fn: 'GRADE_POINTS', args: (date) => [[['6'], [new date(2024, 8, 1)], [true]]] },
  { title: 'RP1-RP3 against one target column', fn: 'ON_TRACK', args: () => [current, targets] },
  { title: 'typos inside the range', fn: 'ON_TRACK', args: () => [currentWithTypos, targets] },
  { title: 'tolerance omitted', fn: 'ON_TRACK', args: () => [current, targets, undefined] },
  { title: 'tolerance in an empty cell', fn: 'ON_TRACK', args: () => [current, targets, ''] },
  { title: 'tolerance 0.34', fn: 'ON_TRACK', args: () => [current, targets, 0.34] },
  { title: 'a bad tolerance', fn: 'ON_TRACK', args: () => [current, targets, 'lots'] },
  { title: 'ranges of different heights', fn: 'ON_TRACK', args: () => [current, targets.slice(0, 200)] },
  { title: 'one pupil, single cells', fn: 'ON_TRACK', args: () => ['6', 5] },
  { title: 'a surplus argument', fn: 'ON_TRACK', args: () => [current, targets, 0, 1] },
  { title: 'residuals for RP1-RP3', fn: 'RESIDUAL', args: () => [currentWithTypos, targets] },
  { title: 'targets from KS2 reading and maths', fn: 'TARGET_GRADE', args: () => [ks2] },
  { title: 'maths targets with challenge', fn: 'TARGET_GRADE', args: () => [ks2, 'maths', 1] },
  { title: 'never below a previous target, middle options omitted', fn: 'TARGET_GRADE', args: () => [ks2, undefined, '', targets] },
  {
    title: 'a school band table',
    fn: 'TARGET_GRADE',
    args: () => [
      ks2,
      '',
      0,
      '',
      [
        [80, 2],
        [95, 4],
        [105, 6],
        [112, 8],
      ],
    ],
  },
  { title: 'a KS2 score out of range', fn: 'TARGET_GRADE', args: () => [[[105], [130], ['']]] },
  { title: 'an unknown element', fn: 'TARGET_GRADE', args: () => [ks2, 'science'] },
  {
    title: 'expected grades at Spring from a flight-path table',
    fn: 'EXPECTED_GRADE',
    args: () => [
      targets,
      ' spring ',
      [['Target', 'Autumn', 'Spring', 'Summer'], ...[3, 4, 5, 6, 7].map((t) => [t, `${t - 1}-`, `${t - 1}+`, `${t}-`]), ['', '', '', '']],
    ],
  },
  { title: 'expected grades with no table', fn: 'EXPECTED_GRADE', args: () => [targets, 'Spring'] },
  {
    title: 'a flight-path table with a repeated target',
    fn: 'EXPECTED_GRADE',
    args: () => [
      targets,
      'Spring',
      [
        ['Target', 'Spring'],
        [5, 4],
        [5, 5],
      ],
    ],
  },
  { title: 'the PP gap in share on target', fn: 'PP_GAP', args: () => [addOn.call('ON_TRACK', current, targets), ppFlags] },
  { title: 'the PP gap as a detail table', fn: 'PP_GAP', args: () => [current, ppFlags, 'mean', true] },
  { title: 'a PP gap threshold, detail FALSE', fn: 'PP_GAP', args: () => [current, ppFlags, '>=4', false] },
  { title: 'an unreadable flag', fn: 'PP_GAP', args: () => [current.slice(0, 3), [[true], ['maybe'], [false]]] },
  { title: 'Attainment 8 for a year group', fn: 'ATTAINMENT8', args: () => [gcseGrades, subjects] },
  { title: 'grades and subjects that do not line up', fn: 'ATTAINMENT8', args: () => [gcseGrades, [subjects[0]!.slice(0, 4)]] },
  { title: 'Progress 8 from A8 and KS2', fn: 'PROGRESS8', args: () => [rows((p) => [p % 25 === 3 ? 'n/a' : 20 + (p % 60)]), ks2] },
];

describe('Sheets custom functions in the built Code.js', () => {
  it.each(CASES)('$fn: $title', ({ fn, args }) => {
    const expected = expectedFromCore(functions[fn](...args(Date)));
    expect(answerFromSheets(fn, args(addOn.SheetsDate))).toEqual(expected);
  });

  it('has a case for every registry function, and the cases reach every branch of the mapping', () => {
    expect(new Set(CASES.map((c) => c.fn))).toEqual(new Set(DEFINITIONS.map((d) => d.name)));
    const answers = CASES.map(({ fn, args }) => answerFromSheets(fn, args(addOn.SheetsDate)));
    const cells = answers.flatMap((a) => ('value' in a && Array.isArray(a.value) ? (a.value as unknown[][]).flat() : []));
    expect(answers.some((a) => 'thrown' in a)).toBe(true);
    expect(cells.some((cell) => typeof cell === 'string' && cell.startsWith('#VALUE! '))).toBe(true);
    expect(cells).toContain('');
  });
});

// These read the registry's own documentation, not the implementation, for the expected answers.
describe('what a teacher sees in Sheets', () => {
  it('spills one status per grade, blank where a grade is missing', () => {
    const spill = addOn.call('ON_TRACK', [['6', '5', '4', '3', '', '6']], [[5]]);
    expect(spill).toEqual([['Above', 'On', 'Below', 'Well below', '', 'Above']]);
  });

  it('writes a bad cell inside a spill as "#VALUE! <message>" that quotes what was typed', () => {
    const [[points, junk, blank]] = addOn.call('GRADE_POINTS', [['5/4', 'banana', '']]) as unknown[][];
    expect(points).toBe(4.5);
    expect(junk).toMatch(/^#VALUE! 'banana' is not a grade/);
    expect(blank).toBe('');
  });

  it('matches the worked examples in the function docs', () => {
    const [[fine], [split], [letter], [vocational]] = addOn.call('GRADE_POINTS', [['5+'], ['5/4'], ['B'], ['L2M']]) as number[][];
    expect([fine, split, letter, vocational].map((v) => Number(v.toFixed(2)))).toEqual([5.33, 4.5, 5.5, 5.5]);
    expect(Number((addOn.call('RESIDUAL', '5-', 6) as number).toFixed(2))).toBe(-1.33);
  });

  it('reads a date cell as a date, as Sheets passes it, and says so', () => {
    const [[answer]] = addOn.call('GRADE_POINTS', [[new addOn.SheetsDate(2024, 8, 1)]]) as string[][];
    expect(answer).toMatch(/^#VALUE! .*date/i);
  });

  it('throws a whole-call failure so Sheets shows #ERROR! with the message', () => {
    expect(() => addOn.call('ON_TRACK', [['5'], ['6']], [['5'], ['6'], ['7']])).toThrow(
      /current is 2 rows x 1 column but target is 3 rows x 1 column/,
    );
    expect(() => addOn.call('ON_TRACK', '5', 5, 0, 'gcse', 'extra')).toThrow(
      '#VALUE! ON_TRACK takes at most 4 arguments, but was given 5.',
    );
  });

  it('handles a 2,000-pupil year group in one call', () => {
    const big = Array.from({ length: 2000 }, (_, p) => [grade(p, 0), grade(p, 5), grade(p, 9)]);
    const bigTargets = Array.from({ length: 2000 }, (_, p) => [TARGET_CELLS[p % TARGET_CELLS.length]]);
    const spill = addOn.call('ON_TRACK', big, bigTargets) as unknown[][];
    expect(spill).toHaveLength(2000);
    expect(spill.every((row) => row.length === 3)).toBe(true);
    expect({ value: spill }).toEqual(expectedFromCore(functions.ON_TRACK(big, bigTargets)));
  });
});
