/**
 * How a subject name in a tracker's header is read before it is looked up in the table of
 * qualifications: folded to plain words, then, if that is not a name the table knows, stripped of the
 * words that say which board or which version of a course it is rather than what subject it is.
 */

/** "GCSE Eng. Lit (9-1)" -> "eng lit": case, punctuation, qualification words and grade ranges are ignored. */
export const foldSubjectName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/\(.*?\)|\b(gcse|igcse|ks4|9 ?- ?1)\b/g, ' ')
    // Digits go below, so OCR's "21st Century Science" is read as the words of its full title.
    .replace(/\b21st\b/g, 'twenty first')
    .replace(/[^a-z]+/g, ' ')
    .trim();

/**
 * Words that name the exam board, the level or the specification, never the subject. "Level 1/Level 2"
 * folds to "level level", as digits are dropped.
 */
const NOT_THE_SUBJECT = new Set(['aqa', 'ocr', 'edexcel', 'pearson', 'wjec', 'eduqas', 'ccea', 'in', 'the', 'level', 'l', 'spec']);

/** OCR's two science suites, named before or after the subject: "Gateway Physics", "Biology (Twenty First Century)". */
const SCIENCE_SUITES = [
  /^gateway (science )?/,
  / gateway( science)?$/,
  /^twenty first century (science )?/,
  / twenty first century( science)?$/,
];

/**
 * The folded name without board, level and suite words, and without a final specification letter
 * ("Geography B", "Combined Science A"): the second try when the folded name is not in the table.
 */
export function withoutCourseWords(folded: string): string {
  let words = folded
    .split(' ')
    .filter((word) => !NOT_THE_SUBJECT.has(word))
    .join(' ');
  for (const suite of SCIENCE_SUITES) words = words.replace(suite, ' ').trim();
  return words.replace(/ (a|b|specification a|specification b)$/, '').trim();
}
