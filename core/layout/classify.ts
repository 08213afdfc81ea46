/** One heading read on its own: its role, and the subject and data-collection words it carries. */
import { canonicalSubjectName, isKnownSubject } from '../attainment8/subjects';
import { SUBJECT_ROLES, type ColumnRole } from './roles';
import { MAX_HEADING_WORDS, tokenise, type HeaderToken } from './tokens';
import { GRADE_PRIORITY, PHRASES, PHRASES_BY_FIRST_WORD, type Phrase } from './vocabulary';
import { isNumberWord, NOISE_WORDS, QUALIFIER_WORDS } from './words';

/** A cell longer than this is a note or an instruction, not a heading. */
export const MAX_HEADING_CHARS = 120;

export interface SubjectPart {
  /** The school's own words, e.g. "Eng Lang" in "Eng Lang MLG". */
  text: string;
  /** What two columns must share to be one subject (see `subjectKey`). */
  key: string;
  /** A subject the core already knows by name; an unknown one counts only if several columns share it. */
  known: boolean;
}

export interface HeaderReading {
  text: string;
  role: ColumnRole;
  /** Some phrase of the vocabulary matched (even one meaning "other", such as "DOB"): a sign of a heading row. */
  recognised: boolean;
  subject: SubjectPart | null;
  /** The heading without its subject, e.g. "RP2" in "Maths RP2". */
  collectionLabel: string;
  /** Every meaningful word, subject included: two columns with the same key repeat one heading. */
  fullKey: string;
}

const PHRASE_ORDER = new Map<Phrase, number>(PHRASES.map((phrase, index) => [phrase, index]));

const beats = (a: Phrase, b: Phrase | undefined): boolean =>
  b === undefined ||
  a.priority > b.priority ||
  (a.priority === b.priority &&
    (a.words.length > b.words.length || (a.words.length === b.words.length && PHRASE_ORDER.get(a)! < PHRASE_ORDER.get(b)!)));

const plain = (text: string): HeaderReading => ({
  text,
  role: 'other',
  recognised: false,
  subject: null,
  collectionLabel: text,
  fullKey: '',
});

/**
 * `as` reads the heading as that role whatever its words say, with only that role's words taken out before the subject
 * is looked for: for a column whose values, or the headings beside it, say what it holds ("Unit 1 Forces" over "Secure").
 * A blank or overlong cell is no heading either way.
 */
export function classifyHeader(text: string, as?: ColumnRole): HeaderReading {
  if (text === '' || text.length > MAX_HEADING_CHARS) return plain(text);
  const tokens = tokenise(text);
  if (tokens.length === 0 || tokens.length > MAX_HEADING_WORDS) return plain(text);

  const positions = new Map<string, number[]>();
  tokens.forEach(({ word }, index) => {
    const at = positions.get(word);
    if (at) at.push(index);
    else positions.set(word, [index]);
  });
  const covered = new Set<number>();
  let best: Phrase | undefined;
  let gradeWord = false;
  let targetWord = false;
  for (const word of positions.keys()) {
    for (const phrase of PHRASES_BY_FIRST_WORD.get(word) ?? []) {
      if (!phrase.words.every((w) => positions.has(w)) || (as !== undefined && phrase.role !== as)) continue;
      for (const w of phrase.words) for (const index of positions.get(w)!) covered.add(index);
      if (phrase.role === 'grade' && phrase.priority === GRADE_PRIORITY) gradeWord = true;
      if (phrase.role === 'target' || phrase.role === 'expected') targetWord = true;
      if (beats(phrase, best)) best = phrase;
    }
  }
  // "Predicted - Target" is the difference between two columns, not a target.
  const difference = gradeWord && targetWord && text.includes('-');
  const role = as ?? (best && (best.role === 'target' || best.role === 'expected') && difference ? 'status' : best?.role);
  if (!role) return plain(text);
  const found = SUBJECT_ROLES.has(role) ? findSubjectRun(tokens, covered) : null;
  const subjectRun = found ? withCourseLetter(tokens, covered, found) : null;
  const subject = subjectRun ? subjectPart(text, tokens, subjectRun) : null;
  return {
    text,
    role,
    recognised: true,
    subject,
    collectionLabel: subjectRun ? withoutSpan(text, tokens[subjectRun[0]]!.start, tokens[subjectRun[1]]!.end) : text,
    fullKey: tokens
      .filter(({ word }) => !NOISE_WORDS.has(word))
      .map(({ word }) => word)
      .join(' '),
  };
}

const isSubjectWord = (word: string) => !NOISE_WORDS.has(word) && !QUALIFIER_WORDS.has(word) && !isNumberWord(word);

/** The first run of words that are neither role words nor qualifiers; filler such as "and" may sit inside it. */
function findSubjectRun(tokens: HeaderToken[], covered: Set<number>): [number, number] | null {
  const free = (index: number) => !covered.has(index);
  const first = tokens.findIndex((token, index) => free(index) && isSubjectWord(token.word));
  if (first < 0) return null;
  let last = first;
  for (let index = first + 1; index < tokens.length && free(index); index += 1) {
    const word = tokens[index]!.word;
    if (isSubjectWord(word)) last = index;
    else if (!NOISE_WORDS.has(word)) break;
  }
  return [first, last];
}

/**
 * A subject as the core knows it, without the course words of an exam board's title: "Geography A", "Religious Studies B"
 * and "Combined Science Trilogy" are Geography, Religious Studies and Combined Science.
 */
function withoutCourseWords(subject: string): string {
  const course = /^(.*\S)\s+(a|b|trilogy|synergy)$/i.exec(subject.trim());
  return course && isKnownSubject(course[1]!) ? course[1]! : subject;
}

/** What two columns must share to be one subject: the core's canonical name, so "Chem" = "Chemistry" and "English" = "Eng Lang". */
export function subjectKey(subject: string): string {
  const named = withoutCourseWords(subject);
  return canonicalSubjectName(named) || named.trim().toLowerCase();
}

/** AQA's course letter ("Geography A Spring WAG") belongs to the subject's name, not to the collection. */
function withCourseLetter(tokens: HeaderToken[], covered: Set<number>, [first, last]: [number, number]): [number, number] {
  const next = last + 1;
  const letter = tokens[next]?.word === 'a' && !covered.has(next) && (next + 1 === tokens.length || covered.has(next + 1));
  return [first, letter ? next : last];
}

function subjectPart(text: string, tokens: HeaderToken[], [first, last]: [number, number]): SubjectPart {
  const own = text.slice(tokens[first]!.start, tokens[last]!.end);
  return { text: own, key: subjectKey(own), known: isKnownSubject(withoutCourseWords(own)) };
}

/** The heading with a span cut out and the separators left at its ends trimmed: "Maths - RP1" -> "RP1". */
function withoutSpan(text: string, start: number, end: number): string {
  const rest = `${text.slice(0, start)} ${text.slice(end)}`;
  return trimSeparators(rest.replace(/\s+/g, ' ')) || text;
}

const SEPARATORS = ' -–—:|/\\_.,;';

export function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && SEPARATORS.includes(text[start]!)) start += 1;
  while (end > start && SEPARATORS.includes(text[end - 1]!)) end -= 1;
  return text.slice(start, end);
}
