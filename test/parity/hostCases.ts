/**
 * Generated spreadsheet calls for the parity test: each case names a registry function and
 * its arguments in a host-neutral form, with BLANK where a cell is empty and OMITTED where an
 * optional argument is left out. Each host then encodes them the way it really passes them.
 */
import fc from 'fast-check';
import { DEFINITIONS } from '../../core/index';

export const BLANK = Symbol('blank cell');
export const OMITTED = Symbol('omitted argument');
export type Cell = unknown;
export type Argument = Cell[][] | Cell | typeof OMITTED;
export interface HostCase {
  name: string;
  args: Argument[];
}

const GRADES = [
  '9',
  '8',
  7,
  6,
  5,
  4,
  3,
  2,
  1,
  '5+',
  '6-',
  '4=',
  '5/4',
  '6-5',
  '9-9',
  'U',
  'A*',
  'B',
  'L2M',
  'L1P',
  'x',
  'ABS',
  '5++',
  '10',
  'banana',
  '=1+1',
  true,
  0,
  // School-scale labels, read only with a scale argument.
  'Secure',
  'developing',
  '6b',
  65,
];
/** The scale argument: a label-and-value table, ready-made scales by name, and ones that are refused. */
const SCALES = [
  [
    ['Label', 'Value'],
    ['Emerging', 1],
    ['Developing', 2],
    ['Secure', 3],
    ['Mastered', 4],
  ],
  'sublevels',
  'Percentages',
  [['B', 3]],
  'ks4',
];
const scale = () => optional(fc.constantFrom(...SCALES));
const KS2 = [59, 80, 95, 100, 104, 105.5, 110, 120, '104', 130, 'n/a', 0];
const STATUSES = ['Above', 'On', 'Below', 'Well below', 'on'];
const FLAGS = ['Y', 'N', 'PP', 'TRUE', 'no', 1, 0, true, false, 'maybe'];
// ATTAINMENT8's header row: science under board titles, a GCSE and a BTEC sharing a discount code, a name no table knows.
const SUBJECTS = [
  'Maths',
  'Eng Lang',
  'Eng Lit',
  'Combined Science: Trilogy',
  'Biology',
  'History',
  'French',
  'Art',
  'Comp Sci',
  'Music',
  'BTEC Music',
  'Underwater Basket Weaving',
];
const A8_ELEMENTS = ['total', 'english', 'maths', 'ebacc', 'open', 'detail', 'Detail', 'science'];

/** A flight-path table: final targets 1-9 down the side, fine expected grades for each collection. */
const FLIGHT_PATH = [
  ['Target', 'Autumn', 'Spring', 'Summer'],
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((target) => [target, `${Math.max(1, target - 1)}-`, `${Math.max(1, target - 1)}+`, `${target}-`]),
];
const COLLECTIONS = ['Autumn', 'spring', ' SUMMER ', 'Spring 2', 'RP2', '', true];

const cellFrom = (pool: readonly unknown[]) =>
  fc.oneof({ weight: 1, arbitrary: fc.constant(BLANK) }, { weight: 6, arbitrary: fc.constantFrom(...pool) });
const grid = (cell: fc.Arbitrary<unknown>, rows: number, cols: number) =>
  fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof(fc.constant(OMITTED), arbitrary);
const shape = fc.record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 3 }) });

/** Most targets fit the grades' shape (same, one column, one cell); a few do not, to test the error. */
const targetShape = (rows: number, cols: number) =>
  fc.constantFrom({ rows, cols }, { rows, cols: 1 }, { rows: 1, cols: 1 }, { rows: rows + 1, cols: 1 });

const cases: Record<string, fc.Arbitrary<Argument[]>> = {
  GRADE_POINTS: shape.chain(({ rows, cols }) => fc.tuple(grid(cellFrom(GRADES), rows, cols), scale())),
  ON_TRACK: shape.chain(({ rows, cols }) =>
    targetShape(rows, cols).chain((target) =>
      fc.tuple(
        grid(cellFrom(GRADES), rows, cols),
        grid(cellFrom(GRADES), target.rows, target.cols),
        optional(fc.constantFrom(0, 0.34, '0.5', 2, -1, 'lots')),
        scale(),
      ),
    ),
  ),
  RESIDUAL: shape.chain(({ rows, cols }) =>
    targetShape(rows, cols).chain((target) =>
      fc.tuple(grid(cellFrom(GRADES), rows, cols), grid(cellFrom(GRADES), target.rows, target.cols), scale()),
    ),
  ),
  TARGET_GRADE: fc.integer({ min: 1, max: 6 }).chain((rows) =>
    fc.tuple(
      grid(cellFrom(KS2), rows, 2),
      optional(fc.constantFrom('overall', 'maths', 'English', 'ebacc', 'open', 'physics')),
      optional(fc.constantFrom(0, 1, -1, 0.5, 4)),
      optional(grid(cellFrom(GRADES), rows, 1)),
      optional(
        fc.constant([
          ['KS2', 'Target'],
          [80, 3],
          [100, 5],
          [110, '7'],
        ]),
      ),
    ),
  ),
  EXPECTED_GRADE: shape.chain(({ rows, cols }) =>
    fc.tuple(
      grid(cellFrom(GRADES), rows, cols),
      fc.constantFrom(...COLLECTIONS),
      optional(
        fc.constantFrom(
          FLIGHT_PATH,
          FLIGHT_PATH.slice(0, 6),
          FLIGHT_PATH.slice(1),
          [...FLIGHT_PATH, FLIGHT_PATH[5]!],
          FLIGHT_PATH.map((row, index) => (index === 3 ? [...row.slice(0, 2), 'banana', row[3]] : row)),
        ),
      ),
    ),
  ),
  PP_GAP: shape.chain(({ rows, cols }) =>
    fc.tuple(
      fc.oneof(
        grid(cellFrom(STATUSES), rows + 4, cols),
        grid(cellFrom(GRADES), rows + 4, cols),
        grid(cellFrom([-1, 0, 0.5, 2, 45]), rows + 4, cols),
      ),
      grid(cellFrom(FLAGS), rows + 4, 1),
      optional(fc.constantFrom('auto', 'on_target', 'mean', '>=4', '>=5+', '>=Secure', 'median')),
      optional(fc.boolean()),
      scale(),
    ),
  ),
  ATTAINMENT8: fc
    .integer({ min: 1, max: 5 })
    .chain((rows) =>
      fc
        .subarray(SUBJECTS, { minLength: 1 })
        .chain((subjects) =>
          fc.tuple(grid(cellFrom(GRADES), rows, subjects.length), fc.constant([subjects]), optional(fc.constantFrom(...A8_ELEMENTS))),
        ),
    ),
  // An A8 of 0 is a real score (issue 11) and X is no A8; 21 points is too many for an English or maths element.
  PROGRESS8: fc
    .tuple(fc.integer({ min: 1, max: 6 }), fc.constantFrom(1, 2))
    .chain(([rows, ks2Columns]) =>
      fc.tuple(
        grid(cellFrom([0, 8.5, 12.5, 21, 36.3, 55.5, 90, 120, 'abc', 'X']), rows, 1),
        grid(cellFrom(KS2), rows, ks2Columns),
        optional(fc.constantFrom('total', 'english', 'Maths', ' ebacc ', 'open', 'physics')),
      ),
    ),
};

/** Every registry function must have a generator, so a new function cannot skip the parity test. */
export const missingGenerators = () => DEFINITIONS.map((definition) => definition.name).filter((name) => !(name in cases));

export const hostCase: fc.Arbitrary<HostCase> = fc.oneof(
  ...Object.entries(cases).map(([name, args]) => args.map((values) => ({ name, args: values }))),
);
