/**
 * Header text as words. Matching works on these words, so case, punctuation and spacing never matter
 * ("RP1", "rp 1" and "R.P.-1" read alike), and each word remembers where it came from so the school's own
 * wording can be shown back.
 */

export interface HeaderToken {
  /** Lower-case letters or digits, after synonyms ("yr" -> "year"). */
  word: string;
  /** Where the word sits in the header text, to cut the subject out of the school's own wording. */
  start: number;
  end: number;
}

/** Headings are short; only the start of a longer cell is read, which keeps every scan linear and cheap. */
const SCAN_LIMIT = 200;

/** The words one heading holds at most; a longer cell is a note or instruction, not a heading. */
export const MAX_HEADING_WORDS = 12;

/** Enough of a cell to show it and to tell a heading (at most 120 characters) from a note. */
const KEEP_CHARS = 300;

/** What a cell shows as a heading: text trimmed with runs of spaces folded, numbers and dates as written; anything else is blank. */
export function headerText(value: unknown): string {
  if (typeof value === 'string') return value.trimStart().slice(0, KEEP_CHARS).replace(/\s+/g, ' ').trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  // Google Sheets returns a date typed as a heading ("01/11/2025") as a Date: show it as the date it is.
  if (value instanceof Date && Number.isFinite(value.getTime())) return value.toISOString().slice(0, 10);
  return '';
}

const LETTER = 1;
const DIGIT = 2;

function charKind(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 48 && code <= 57) return DIGIT;
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return LETTER;
  // Accented letters (Français, Español) are letters too; symbols have no case.
  return code > 127 && ch.toLowerCase() !== ch.toUpperCase() ? LETTER : 0;
}

/** Words and numbers of a heading: "Y11 Eng-Lang MLG" -> year 11 eng lang mlg. */
export function tokenise(text: string): HeaderToken[] {
  const limit = Math.min(text.length, SCAN_LIMIT);
  const raw: HeaderToken[] = [];
  let at = 0;
  while (at < limit) {
    const kind = charKind(text[at]!);
    if (kind === 0) {
      at += 1;
      continue;
    }
    let end = at + 1;
    while (end < limit && charKind(text[end]!) === kind) end += 1;
    raw.push({ word: text.slice(at, end).toLowerCase(), start: at, end });
    at = end;
  }
  return normalise(raw, text);
}

const WORD_SYNONYMS: Readonly<Record<string, string>> = {
  yr: 'year',
  yrs: 'year',
  years: 'year',
  aut: 'autumn',
  autm: 'autumn',
  spr: 'spring',
  spri: 'spring',
  mocks: 'mock',
  targets: 'target',
  tgt: 'target',
  trgt: 'target',
  interventions: 'intervention',
  predictions: 'prediction',
  forename: 'forename',
  forenames: 'forename',
  surnames: 'surname',
  firstname: 'forename',
  lastname: 'surname',
  grades: 'grade',
  sets: 'set',
  classes: 'class',
  teachers: 'teacher',
  catchup: 'catch',
  attitudes: 'attitude',
  carers: 'carer',
  behaviours: 'behaviour',
  behavioural: 'behaviour',
};

const isNumber = (token: HeaderToken | undefined) => token !== undefined && token.word.charCodeAt(0) <= 57;

/**
 * Synonyms and the few spellings that need the next word: "Y11" is a year, "Sum 2" and a lone "Sum" (after "Aut | Spr") a
 * summer term, though "Sum of marks" is not, "T2" a term, "(9-1)" a grade range.
 */
function normalise(tokens: HeaderToken[], text: string): HeaderToken[] {
  const out: HeaderToken[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (token.word === '9' && next?.word === '1' && text.slice(token.end, next.start).trim() === '-') {
      i += 1; // "GCSE (9-1)" names the grade scale, not a data collection.
      continue;
    }
    if (token.word === 'key' && next?.word === 'stage') {
      out.push({ word: 'ks', start: token.start, end: next.end });
      i += 1;
      continue;
    }
    const word =
      token.word === 'y' && isNumber(next)
        ? 'year'
        : token.word === 'sum' && (next === undefined || isNumber(next) || next.word === 'term')
          ? 'summer'
          : token.word === 't' && isNumber(next)
            ? 'term'
            : (WORD_SYNONYMS[token.word] ?? token.word);
    out.push(word === token.word ? token : { ...token, word });
  }
  return out;
}
