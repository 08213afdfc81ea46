import type { GradeKind } from './roles';

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
]);

const PREDICTION_WORDS = new Set([
  'predicted',
  'prediction',
  'pred',
  'predict',
  'forecast',
  'forecasted',
  'mlg',
  'projected',
  'projection',
  'estimated',
  'estimate',
]);
const WORKING_AT_WORDS = new Set(['working', 'wag', 'wa', 'cwa', 'current']);
const ASSESSMENT_WORDS = new Set(['mock', 'assessment', 'test', 'tests', 'ppe', 'exam', 'exams', 'paper', 'checkpoint']);
const RESULT_WORDS = new Set(['result', 'results', 'actual']);

/** What a grade heading's words say it holds; null when they do not say ("RP2", "Autumn 1"). */
export function gradeKind(words: readonly string[]): GradeKind | null {
  const has = (set: ReadonlySet<string>) => words.some((word) => set.has(word));
  if (has(RESULT_WORDS)) return 'result';
  if (has(PREDICTION_WORDS) || (words.includes('most') && words.includes('likely'))) return 'prediction';
  if (has(WORKING_AT_WORDS) || (words.includes('teacher') && words.includes('assessment'))) return 'workingAt';
  if (words.includes('final') && words.includes('grade')) return 'result';
  if (has(ASSESSMENT_WORDS)) return 'assessment';
  return null;
}

/** Words that name the expected grade itself ("Spring Expected", "Y10 Spr EAP"), not its collection. */
export const EXPECTED_WORDS: ReadonlySet<string> = new Set([
  'expected',
  'now',
  'flight',
  'path',
  'flightpath',
  'fp',
  'pathway',
  'eap',
  'track',
  'progress',
  'attainment',
]);

/** Words that name a grade's kind rather than its collection: "Spring Working At" and "Spring Predicted" are both Spring's. */
export const KIND_WORDS: ReadonlySet<string> = new Set([
  ...PREDICTION_WORDS,
  ...WORKING_AT_WORDS,
  'most',
  'likely',
  'teacher',
  'assessment',
]);

export const isNumberWord = (word: string): boolean => word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57;

/**
 * How a head of department ranks two target columns for the same grades: the school's own target first,
 * then a minimum expected grade, then an FFT estimate, then an aspirational target. Lower is preferred.
 */
/** 0 a plain target up to 3 an aspirational one: an index into TARGET_RANK_NAMES. */
export type TargetRank = 0 | 1 | 2 | 3;

export function targetRank(words: readonly string[]): TargetRank {
  if (
    words.some(
      (word) => word === 'aspirational' || word === 'aspiration' || word === 'aspire' || word === 'stretch' || word === 'challenge',
    )
  )
    return 3;
  if (words.includes('fft')) return 2;
  if (words.includes('meg') || words.includes('minimum') || words.includes('min')) return 1;
  return 0;
}

export const TARGET_RANK_NAMES = ['a plain target', 'a minimum expected grade', 'an FFT estimate', 'an aspirational target'] as const;
