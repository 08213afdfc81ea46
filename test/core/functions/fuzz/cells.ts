/**
 * What the fuzzer puts in cells: what real trackers hold for each kind of argument, and the
 * hostile values no tracker should hold but a host can still pass.
 */
import { allBuiltInGradeLabels, CellError } from '../../../../core/index';
import type { Random } from './random';

/** Custom labels the second fuzzed library knows, so they also appear in cells. */
export const CUSTOM_LABELS = [
  { label: 'Secure', value: 5 },
  { label: 'Developing', value: 4 },
  { label: '6a', value: 6 + 2 / 3 },
  { label: 'Mastery', value: 9.5 },
];

/** What trackers hold for each kind of argument, and near misses: the slips a teacher makes. */
const GRADES = {
  valid: [
    ...allBuiltInGradeLabels(),
    1,
    2,
    3,
    4,
    5,
    6,
    7,
    8,
    9,
    4.5,
    5.5,
    16 / 3,
    14 / 3,
    '5 +',
    ' 7 ',
    '\t5+\n',
    'a*',
    'l2m',
    'X',
    'ABS',
    'n/a',
    '-',
    ...CUSTOM_LABELS.map(({ label }) => label),
  ],
  nearMiss: ['4-5', '5-3', '10', '0', '-1', '5++', 'U+', '5.2', 5.2, 10, -1, 'Level 2 Mert', 'Distinction', 'A**'],
};
const KS2 = {
  valid: [59, 60, 75.5, 82, 82.5, 95, 100, 103.5, 104, 105, 110, 115, 120, '104', '99.5', ' 101 ', 0, ''],
  nearMiss: [58, 58.5, 120.5, 121, 150, 40, -5, '105a', '1O5'],
};
const FLAGS = {
  valid: ['Y', 'N', 'y', 'n', 'Yes', 'No', 'TRUE', 'FALSE', true, false, 1, 0, 'PP', 'pp', 'D', 'Disadvantaged', '1', '0', '', null],
  nearMiss: ['maybe', 2, 'FSM', 'Y?', 'PP+'],
};
const STATUSES = {
  valid: ['Above', 'On', 'Below', 'Well below', 'on', 'ABOVE', 'well below', 'Well-below', '', null],
  nearMiss: ['on_track', 'Behind', 'Ahead'],
};
const SUBJECTS = {
  valid: [
    'Maths',
    'Mathematics',
    'Eng Lang',
    'English Language',
    'Eng Lit',
    'English',
    'Combined Science',
    'Science',
    'Physics',
    'Chemistry',
    'Biology',
    'Computer Science',
    'History',
    'Geography',
    'French',
    'Spanish',
    'Art',
    'PE',
    'Music',
    'RE',
    'Drama',
    'D&T',
    'Btec Sport',
    'GCSE Eng. Lit (9-1)',
    'Further Maths',
    'Unknown Subject',
  ],
  nearMiss: ['Maths RP1', '', null, 42, 'Target'],
};
/** Residuals, Attainment 8 points, gaps: the numbers PP_GAP and PROGRESS8 average. */
const SCORES = {
  valid: [0.5, -0.5, 1, -1, -1.33, 1.33, 2.5, -3, 12, 35.5, 44, 50, 61.25, 72, 88, 90, '45', '-0.67', ' 3.5 ', '', null, 0],
  nearMiss: [100.5, 101, -2, '1e3', '45%', '4,5'],
};
const MEASURES = {
  valid: ['auto', 'mean', 'on_target', 'On Target', 'on-target', '>=4', '>= 4', '>=5+', '>=A', '', null],
  nearMiss: ['>=x', '>=', 'median', '>4', 4],
};
const ELEMENTS = {
  valid: ['overall', 'english', 'maths', 'ebacc', 'open', 'MATHS', ' Open ', '', null],
  nearMiss: ['science', 'english language', 1],
};
/** Tolerances and challenges: grades either way. */
const AMOUNTS = { valid: [0, 0.34, 1 / 3, 0.33, 0.5, 1, 3, -3, 2.5, -1, '0.5', '', null], nearMiss: [9, 10, -4, 4, 'one', '5%'] };
/** Collection names as a flight-path table's header row has them, and the slips made typing one. */
export const COLLECTION_NAMES = ['Autumn', 'Spring', 'Summer', 'RP1', 'RP2', 'Mock'];
const COLLECTIONS = {
  valid: [...COLLECTION_NAMES, ' spring ', 'SUMMER', 'rp 2', 'mock'],
  nearMiss: ['Sprung', 'RP4', 'Autumn 2', 2, true, 'Target'],
};
const SWITCHES = { valid: [true, false, 'TRUE', 'FALSE', 'true', 1, 0, '', null], nearMiss: ['yes', 'Y', 2] };
const BLANKS: readonly unknown[] = ['', '  ', null, undefined, 0];
const JUNK: readonly unknown[] = [
  'abc',
  '=1+1',
  '<img onerror=alert(1)>',
  '#N/A',
  '😀',
  'x'.repeat(300),
  'Grade',
  'Target',
  'KS2',
  ' - ',
  '5 5',
  '١',
];
/** Values no tracker holds: numbers at the edges of a double, 400-digit text, dates, errors, nested arrays. */
const HOSTILE: readonly unknown[] = [
  1e308,
  -1e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e-320,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.NaN,
  -0,
  1e6,
  1e6 + 1,
  -1e6 - 1,
  1e16,
  45000,
  2 ** 53 + 1,
  '9'.repeat(400),
  `-${'9'.repeat(400)}`,
  `${'9'.repeat(309)}.5`,
  '1e308',
  ' 99999999999999999999 ',
  'Infinity',
  'NaN',
  new Date(2024, 0, 15),
  new Date(Number.NaN),
  new CellError('#N/A', 'No target found for this pupil.'),
  new CellError('#VALUE!', 'upstream'),
  [1, 2],
  [[5]],
  {},
  undefined,
];

export type CellKind =
  'grade' | 'ks2' | 'flag' | 'status' | 'subject' | 'score' | 'measure' | 'element' | 'amount' | 'switch' | 'collection' | 'anything';

const POOLS: Record<Exclude<CellKind, 'anything'>, { valid: readonly unknown[]; nearMiss: readonly unknown[] }> = {
  grade: GRADES,
  ks2: KS2,
  flag: FLAGS,
  status: STATUSES,
  subject: SUBJECTS,
  score: SCORES,
  measure: MEASURES,
  element: ELEMENTS,
  amount: AMOUNTS,
  switch: SWITCHES,
  collection: COLLECTIONS,
};
const EVERYTHING: readonly unknown[] = [
  ...Object.values(POOLS).flatMap(({ valid, nearMiss }) => [...valid, ...nearMiss]),
  ...BLANKS,
  ...JUNK,
  ...HOSTILE,
];

/**
 * One cell of a kind. `hostility` is the share of cells that are near misses for the kind, blanks,
 * junk or hostile values; each call picks its own, so some calls are clean enough to reach the arithmetic.
 */
export function cellOf(kind: CellKind, hostility: number, random: Random): unknown {
  if (kind === 'anything') return random.pick(EVERYTHING);
  const pool = POOLS[kind];
  if (random.chance(hostility))
    return random.pick(random.pick([pool.nearMiss, pool.nearMiss, BLANKS, JUNK, HOSTILE, HOSTILE, EVERYTHING]));
  return random.pick(pool.valid);
}
