/**
 * The words of grade and expected-grade headings, listed once. The vocabulary makes its grade and expected phrases
 * from these lists, and the same lists say what kind of grade a heading holds and which words name an expected
 * grade rather than its collection, so a word added here is read the same way everywhere.
 */
import type { GradeKind } from './roles';
import { NOISE_WORDS } from './words';

/**
 * Headings that name a grade's kind, each also a grade phrase, in the order a clash is settled: "Predicted Result" is a
 * prediction, "Mock Exam Result" the mock's result, "Exam Result" the final result, "Summer Exam" an assessment.
 */
export const GRADE_KIND_PHRASES: readonly (readonly [GradeKind, readonly string[]])[] = [
  [
    'prediction',
    [
      'predicted',
      'prediction',
      'pred',
      'predict',
      'forecast',
      'forecasted',
      'most likely',
      'mlg',
      'projected',
      'projection',
      'estimated',
      'estimate',
    ],
  ],
  ['workingAt', ['working at', 'working', 'wag', 'wa', 'cwa', 'current', 'teacher assessment']],
  ['assessment', ['mock', 'ppe', 'test', 'checkpoint', 'assessment']],
  ['result', ['result', 'results', 'actual', 'final grade']],
  ['assessment', ['exam']],
];

/** Grade phrases that name a data collection, not a kind: "RP2", "Autumn 1", "Spring Monitoring Point". */
export const COLLECTION_PHRASES: readonly string[] = [
  'rp',
  'ap',
  'dc',
  'mp',
  'data collection',
  'assessment point',
  'monitoring point',
  'autumn',
  'spring',
  'summer',
  'term',
  'half term',
  'ht',
  'end of year',
  'eoy',
];

/** Phrases that say a column is the expected grade for a collection whatever else it says ("Progress vs Flight Path" aside). */
export const STRONG_EXPECTED_PHRASES: readonly string[] = [
  'flight path',
  'flightpath',
  'expected progress',
  'on track grade',
  'expected now',
  'expected attainment pathway',
];

/** Phrases that say so unless a stronger word says otherwise ("Minimum Expected Grade" is a target). */
export const EXPECTED_PHRASES: readonly string[] = ['expected', 'expected grade', 'expected attainment', 'fp', 'pathway', 'eap'];

const wordsOf = (phrases: readonly string[]): string[] => phrases.flatMap((phrase) => phrase.split(' '));

/**
 * Words that name the expected grade itself ("Spring Expected", "Y10 Spr EAP"), not its collection; "target" too, for a
 * collection's own target read as its expected grade ("Term 1 Target", see `namesSteppingStone`).
 */
export const EXPECTED_WORDS: ReadonlySet<string> = new Set([
  ...wordsOf([...STRONG_EXPECTED_PHRASES, ...EXPECTED_PHRASES]).filter((word) => !NOISE_WORDS.has(word)),
  'target',
]);

/** Words that name a grade's kind rather than its collection: "Spring Working At" and "Spring Predicted" are both Spring's. */
export const KIND_WORDS: ReadonlySet<string> = new Set(
  GRADE_KIND_PHRASES.filter(([kind]) => kind === 'prediction' || kind === 'workingAt').flatMap(([, phrases]) => wordsOf(phrases)),
);

const has = (words: readonly string[], phrase: string) => phrase.split(' ').every((word) => words.includes(word));

/** Collections whose names hold a kind's word: "Assessment Point 2" names when it was taken, not what kind it is. */
const LONG_COLLECTIONS = COLLECTION_PHRASES.filter((phrase) => phrase.includes(' ')).map((phrase) => phrase.split(' '));

/** What a grade heading's words say it holds; null when they do not say ("RP2", "Autumn 1", "Assessment Point 2"). */
export function gradeKind(words: readonly string[]): GradeKind | null {
  const named = LONG_COLLECTIONS.filter((phrase) => phrase.every((word) => words.includes(word))).flat();
  const rest = words.filter((word) => !named.includes(word));
  return GRADE_KIND_PHRASES.find(([, phrases]) => phrases.some((phrase) => has(rest, phrase)))?.[0] ?? null;
}

/** Collections a target may be set for on the way to the final one: "Term 1 Target", "Spring Target"; "End of Year Target" is final. */
const STEPPING_STONES = COLLECTION_PHRASES.filter((phrase) => phrase !== 'end of year' && phrase !== 'eoy');

export const namesSteppingStone = (words: readonly string[]): boolean => STEPPING_STONES.some((phrase) => has(words, phrase));
