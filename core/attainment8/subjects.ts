/** How a subject counts in Attainment 8. */
export type SubjectKind = 'maths' | 'englishLanguage' | 'englishLiterature' | 'combinedScience' | 'ebacc' | 'open';

const LANGUAGES = [
  'french', 'spanish', 'german', 'italian', 'latin', 'greek', 'classical greek', 'ancient greek', 'mandarin', 'chinese',
  'arabic', 'urdu', 'polish', 'portuguese', 'russian', 'japanese', 'bengali', 'punjabi', 'panjabi', 'turkish', 'hebrew',
  'biblical hebrew', 'modern hebrew', 'gujarati', 'persian', 'dutch', 'modern greek', 'mfl', 'modern foreign language',
];

/** Names and abbreviations trackers use, after folding to lower-case words. */
const ALIASES: ReadonlyArray<[SubjectKind, readonly string[]]> = [
  ['maths', ['maths', 'math', 'mathematics', 'ma', 'mat']],
  ['englishLanguage', ['english', 'english language', 'eng lang', 'english lang', 'eng language', 'en lang', 'lang', 'eng']],
  ['englishLiterature', ['english literature', 'eng lit', 'english lit', 'eng literature', 'en lit', 'lit', 'literature']],
  ['combinedScience', ['combined science', 'comb sci', 'combined sci', 'double science', 'science combined', 'science trilogy', 'trilogy', 'synergy', 'science', 'sci']],
  ['ebacc', [
    'physics', 'chemistry', 'biology', 'phys', 'chem', 'bio', 'core science', 'core sci', 'additional science', 'add sci', 'additional sci',
    'computer science', 'comp sci', 'computing', 'computer sci', 'cs', 'history', 'hist', 'geography', 'geog', 'geo', ...LANGUAGES,
  ]],
];

const KIND_BY_NAME = new Map<string, SubjectKind>(ALIASES.flatMap(([kind, names]) => names.map((name) => [name, kind] as [string, SubjectKind])));

/** "GCSE Eng. Lit (9-1)" -> "eng lit": case, punctuation, qualification words and grade ranges are ignored. */
export const foldSubjectName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/\(.*?\)|\b(gcse|igcse|ks4|9 ?- ?1)\b/g, ' ')
    .replace(/[^a-z]+/g, ' ')
    .trim();

/** An unrecognised name counts as open, as the DfE counts any other approved qualification. */
export function classifySubject(name: unknown): SubjectKind {
  return typeof name === 'string' ? KIND_BY_NAME.get(foldSubjectName(name)) ?? 'open' : 'open';
}
