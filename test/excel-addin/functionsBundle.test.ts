/**
 * The built functions.js, loaded as Excel loads it: every id in functions.json is associated,
 * and every associated function answers exactly what the core answers, mapped to Excel's values.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { functions } from '../../core/index';
import {
  callAsExcel,
  ERROR_CODES,
  expectedInExcel,
  loadExcelFunctions,
  readDist,
  ShimError,
  trackerRows,
  type ExcelFunction,
} from './excelBundle';

type Name = keyof typeof functions;

const { current, target } = trackerRows(12);
const ks2 = [
  [104, 106],
  [95, null],
  [112, 118],
  [null, null],
  [88, 91],
  [0, 0],
];
const statuses = [
  ['On', 'Below'],
  ['Above', 'Well below'],
  ['On', 'On'],
  ['Below', ''],
  ['On', 'Above'],
  ['Well below', 'Below'],
];
const ppFlags = [['Y'], ['N'], ['N'], ['Y'], [null], ['PP']];
const subjects = [['Maths', 'Eng Lang', 'Eng Lit', 'Combined Science', 'History', 'Art', 'BTEC Sport']];
const subjectGrades = [
  [5, 6, 5, '5-5', 6, 7, 'L2M'],
  [null, null, null, null, null, null, null],
  ['4+', 4, 3, '4-4', 'ABS', 5, 'L1P'],
  [9, 9, 8, '9-8', 'Q', 8, 'L2D*'],
];

/** A flight-path table as a school keeps it: final targets down the side, fine grades per collection. */
const flightPath = [
  ['Target', 'Autumn', 'Spring', 'Summer'],
  [4, '3-', '3+', '4-'],
  [5, '4-', '4+', '5-'],
  [6, '5-', '5+', '6-'],
  [7, '6-', '6+', '7-'],
];

/** [function, arguments as Excel passes them (null for an omitted optional), what the case shows]. */
const CASES: [Name, unknown[], string][] = [
  ['GRADE_POINTS', [current], 'a range of mixed grades, blanks and a slip'],
  ['GRADE_POINTS', [[['5+']]], 'one cell, which Excel passes as a 1x1 range'],
  ['ON_TRACK', [current, target, null], 'tolerance omitted'],
  ['ON_TRACK', [current, target, 0.34], 'tolerance given'],
  ['ON_TRACK', [current, target.slice(0, 5), null], 'ranges of different heights: one whole-call #VALUE!'],
  ['ON_TRACK', [current, [[6]], 'lots'], 'a bad tolerance: one whole-call #VALUE!'],
  ['RESIDUAL', [current, target], 'residuals, blanks and errors inside the spill'],
  ['TARGET_GRADE', [ks2, null, null, null, null], 'every optional omitted'],
  ['TARGET_GRADE', [ks2, 'maths', 1, [[7], [4], [null], [5], [null], [6]], null], 'element, challenge and previous targets'],
  [
    'TARGET_GRADE',
    [
      ks2,
      null,
      null,
      null,
      [
        [90, 4],
        [100, 5],
        [110, 7],
      ],
    ],
    "a school's own bands: #N/A below the lowest",
  ],
  ['EXPECTED_GRADE', [target, 'Spring', flightPath], 'expected grades at Spring, #N/A for a target with no row'],
  ['EXPECTED_GRADE', [target, 'Sprung', flightPath], 'an unknown collection: one whole-call #VALUE! naming the collections'],
  ['EXPECTED_GRADE', [target, 'Spring', null], 'no table: the target itself'],
  ['PP_GAP', [statuses, ppFlags, null, null], 'the share on target'],
  ['PP_GAP', [statuses, ppFlags, 'on_target', true], 'the detail table spills'],
  ['PP_GAP', [statuses, [['N'], ['N'], ['N'], ['N'], ['N'], ['N']], null, null], 'no flagged pupil: a whole-call #N/A'],
  ['ATTAINMENT8', [subjectGrades, subjects], 'A8 with blanks and a bad grade named by subject'],
  ['PROGRESS8', [[[55.5], [''], [40], [200]], ks2.slice(0, 4)], 'P8, with a blank and an impossible A8'],
];

let excel: Map<string, ExcelFunction>;
let metadataIds: string[];
beforeAll(() => {
  excel = loadExcelFunctions();
  metadataIds = (JSON.parse(readDist('functions.json')) as { functions: { id: string }[] }).functions.map((entry) => entry.id);
});

const spills = (name: Name) => functions[name].parameters.some((param) => param.range);

describe('the built Excel functions script', () => {
  it('associates every id in functions.json once, and nothing else', () => {
    expect([...excel.keys()].sort()).toEqual([...metadataIds].sort());
  });

  it('is exercised here for every function in functions.json', () => {
    expect(new Set(CASES.map(([name]) => name))).toEqual(new Set(metadataIds));
  });

  it.each(CASES.map(([name, args, shows]) => ({ name, args, shows })))(
    '$name answers as the core does, mapped for Excel: $shows',
    ({ name, args }) => {
      const coreResult = functions[name](...args);
      expect(callAsExcel(excel.get(name)!, args)).toEqual(expectedInExcel(coreResult, spills(name)));
    },
  );

  it('turns per-cell errors into CustomFunctions errors inside the spill, with the core message', () => {
    const result = excel.get('ON_TRACK')!([['5+', '5++', null]], [[6]], null) as unknown[][];
    expect(result[0]![0]).toBe('Below');
    const error = result[0]![1] as ShimError;
    expect(error).toBeInstanceOf(ShimError);
    expect(error.code).toBe(ERROR_CODES.invalidValue);
    expect(error.message).toMatch(/'5\+\+' is not a grade/);
    expect(result[0]![2]).toBe('');
  });

  it('throws a whole-call error as a CustomFunctions error with the right code', () => {
    const allNotFlagged = callAsExcel(excel.get('PP_GAP')!, [[['On'], ['Below']], [['N'], ['N']], null, null]);
    expect(allNotFlagged).toEqual({ thrown: expect.any(ShimError) });
    expect((allNotFlagged as { thrown: ShimError }).thrown.code).toBe(ERROR_CODES.notAvailable);
  });

  it('reads empty cells the same whether Excel passes null (web) or 0 (desktop)', () => {
    const web = trackerRows(40, null);
    const desktop = trackerRows(40, 0);
    const onTrack = excel.get('ON_TRACK')!;
    const fromWeb = onTrack(web.current, web.target, null) as unknown[][];
    expect(onTrack(desktop.current, desktop.target, null)).toEqual(fromWeb);
    expect(fromWeb.flat()).toContain('');
    expect(fromWeb.flat()).not.toContain(null);
  });

  it('sends a single answer of a range function as a 1x1 range, so it spills like the rest', () => {
    expect(excel.get('GRADE_POINTS')!('5+')).toEqual([[functions.GRADE_POINTS('5+')]]);
  });
});

describe('one ON_TRACK call over 10,000 pupils x 3 collections', () => {
  const pupils = 10_000;
  const year = trackerRows(pupils);

  it('spills 10,000 x 3 answers equal to the core, through the bundle', () => {
    const result = excel.get('ON_TRACK')!(year.current, year.target, null) as unknown[][];
    expect(result).toHaveLength(pupils);
    expect(result.every((row) => row.length === 3)).toBe(true);
    expect({ value: result }).toEqual(expectedInExcel(functions.ON_TRACK(year.current, year.target), true));
  });

  it('sends and gets back less than the 5 MB Excel on the web allows a custom function argument', () => {
    // JSON is the nearest measure of what crosses between Excel on the web and the add-in's page.
    const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
    const result = excel.get('ON_TRACK')!(year.current, year.target, null);
    for (const crossing of [year.current, year.target, result]) expect(bytes(crossing)).toBeLessThan(5 * 1024 * 1024);
  });
});
