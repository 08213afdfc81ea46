/**
 * What the values under a heading say, for the columns whose heading alone cannot: a KS3 tracker heads its grade
 * columns with topics ("Unit 1 Forces", "Algebra") and fills them with the school's own scale ("Secure", "6b"), and an
 * effort column may sit under a collection's name with "Good" or "Requires improvement" beneath.
 */
import { headerText } from './tokens';

/** KS3 descriptor grades, matched whole, case and a trailing + or - aside ("Secure+", "working towards"). */
const DESCRIPTORS: ReadonlySet<string> = new Set([
  'beginning',
  'emerging',
  'developing',
  'secure',
  'securing',
  'mastered',
  'mastering',
  'mastery',
  'exceeding',
  'extending',
  'embedding',
  'expected',
  'greater depth',
  'working towards',
  'working at',
  'working above',
  'working below',
  'working beyond',
  'working at greater depth',
]);

/** An old national-curriculum sublevel: "6b", "5c", "7a+". */
const SUBLEVEL = /^[1-8] ?[abc]$/;

/** Effort and attitude scales in words: never grades, whatever the heading above them. */
const EFFORT_SCALE: ReadonlySet<string> = new Set([
  'outstanding',
  'excellent',
  'very good',
  'good',
  'satisfactory',
  'requires improvement',
  'needs improvement',
  'ri',
  'unsatisfactory',
  'inadequate',
  'poor',
  'cause for concern',
  'concern',
]);

/** Marks for a missing value, which say nothing about the column. */
const ABSENT: ReadonlySet<string> = new Set(['-', '–', 'n/a', 'na', 'abs', 'absent', 'x', '?']);

/** A cell as the scales are listed: lower case, spaces folded, a trailing + or - dropped ("Secure +" -> "secure"). */
const scaleWord = (value: unknown): string =>
  typeof value === 'boolean'
    ? String(value)
    : headerText(value)
        .toLowerCase()
        .replace(/\s*[+-]$/, '');

/**
 * 'grade' when every value that is there is a KS3 descriptor or sublevel, 'effort' when every one is an effort word,
 * null when the values are numbers, mixed, or missing: then the heading decides alone.
 */
export function valuesSay(values: readonly unknown[]): 'grade' | 'effort' | null {
  const words = values.map(scaleWord).filter((word) => word !== '' && !ABSENT.has(word));
  if (words.length === 0) return null;
  if (words.every((word) => DESCRIPTORS.has(word) || SUBLEVEL.test(word))) return 'grade';
  if (words.every((word) => EFFORT_SCALE.has(word))) return 'effort';
  return null;
}
