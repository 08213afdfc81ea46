/**
 * Words that are left in a heading once its role is known ("Maths" in "Maths RP2") are either a subject,
 * or describe the column without naming a subject. These lists hold the second kind.
 */

/** Filler that says nothing about the subject or the data collection. */
export const NOISE_WORDS: ReadonlySet<string> = new Set([
  'grade',
  'grades',
  'score',
  'scores',
  'level',
  'lvl',
  'the',
  'of',
  'a',
  'an',
  'and',
  'for',
  'to',
  'in',
  'at',
  'by',
  'gcse',
  'igcse',
  'ks',
  'up',
  'is',
  'or',
  'on',
  'no',
  's',
]);

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
];

/** Words that tell data collections or versions apart ("Nov Mock", "Final Prediction", "Teacher Target"), never subjects. */
export const QUALIFIER_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS,
  'year',
  'exam',
  'exams',
  'paper',
  'term',
  'half',
  'final',
  'teacher',
  'pupil',
  'student',
  'overall',
  'estimated',
  'internal',
  'external',
  'window',
  'week',
  'wk',
  'result',
  'results',
  'data',
  'new',
  'old',
  'revised',
  'original',
  'official',
  'school',
  'own',
  'end',
  'eoy',
  'test',
  'tracking',
  'higher',
  'foundation',
  'mark',
  'marks',
  'raw',
  'percentage',
  'percent',
  'pct',
  'fine',
  'whole',
  'current',
  'latest',
  'previous',
  'last',
  'next',
  'first',
  'second',
  'third',
  'adjusted',
  'agreed',
  'moderated',
  'dept',
  'department',
  'subject',
  'ks',
  'st',
  'nd',
  'rd',
  'th',
  'v',
  'vs',
  // A KS3 tracker's topics ("Unit 1 Forces", "Topic 3"): which piece of work, never the subject.
  'unit',
  'units',
  'topic',
  'topics',
  'module',
]);

export const isNumberWord = (word: string): boolean => word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57;

/** 0 a plain target up to 3 an aspirational one: an index into TARGET_RANK_NAMES. */
export type TargetRank = 0 | 1 | 2 | 3;

/**
 * How a head of department ranks two target columns for the same grades: the school's own target first, then a minimum
 * expected grade (an Alps target is Alps's MEG; MTG and TMG are minimum target grades), then an FFT estimate, then an
 * aspirational target. Lower is preferred; the first list with a word in the heading gives its rank.
 */
const RANK_WORDS: readonly (readonly [TargetRank, readonly string[]])[] = [
  [3, ['aspirational', 'aspiration', 'aspire', 'stretch', 'challenge']],
  [2, ['fft']],
  [1, ['meg', 'minimum', 'min', 'alps', 'mtg', 'tmg']],
];

export const targetRank = (words: readonly string[]): TargetRank =>
  RANK_WORDS.find(([, names]) => names.some((name) => words.includes(name)))?.[0] ?? 0;

export const TARGET_RANK_NAMES = ['a plain target', 'a minimum expected grade', 'an FFT estimate', 'an aspirational target'] as const;
