/**
 * The classes in a class column, as the class sheets' formulas will see them: spaces trimmed and
 * runs of spaces made one (as TRIM does), case ignored (as "=" does), numbers as their text (TRIM(7)
 * is "7"). So a class listed here is exactly the set of rows its FILTER shows. Classes come in
 * natural order: 7A, 7B, 8A, 10A, 10A2, 10B.
 */
import { quote } from '../errors';

export interface ClassGroup {
  /** The first spelling seen, tidied: what the sheet is named after and the formula matches. */
  className: string;
  key: string;
  pupils: number;
}

export interface SkippedClass {
  value: string;
  pupils: number;
  reason: string;
}

/** Class names longer than this are refused: they would not fit a sheet name or a readable formula. */
export const MAX_CLASS_LENGTH = 100;

const ERROR_TEXT = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|ERROR!|GETTING_DATA)$/i;

/** As TRIM sees it: only the space character, leading, trailing and repeated. */
export const tidyClass = (text: string): string => text.replace(/ +/g, ' ').replace(/^ | $/g, '');

type Reading = { className: string } | { blank: true } | { refused: string };

function readClass(value: unknown): Reading {
  if (value === null || value === undefined) return { blank: true };
  if (typeof value === 'boolean')
    return { refused: 'TRUE or FALSE is not a class: those pupils are on no class sheet. Type their class instead.' };
  if (value instanceof Date) return { refused: 'a date is not a class: those pupils are on no class sheet. Type their class instead.' };
  if (typeof value === 'number') {
    const text = String(value);
    // Excel and Sheets write very large or small numbers differently from JavaScript: they could not be matched.
    if (!Number.isFinite(value) || /e/i.test(text)) return { refused: 'this number cannot be matched reliably: type the class as text.' };
    return { className: text };
  }
  const text = tidyClass(String(value));
  if (text === '') return { blank: true };
  if (ERROR_TEXT.test(text))
    return {
      refused:
        `the cell shows the error ${text}: fix it in the tracker, then make the class sheets again. ` +
        'Those pupils are on no class sheet.',
    };
  if (text.length > MAX_CLASS_LENGTH)
    return { refused: `a class name can be at most ${MAX_CLASS_LENGTH} characters: shorten it in the tracker.` };
  return { className: text };
}

/** `values` is the class column from the first pupil row down, flat or as a host reads a column ([[v], [v]]). */
export function distinctClasses(values: readonly unknown[]): { classes: ClassGroup[]; skipped: SkippedClass[]; blank: number } {
  const classes = new Map<string, ClassGroup>();
  const skipped = new Map<string, SkippedClass>();
  let blank = 0;
  for (const cell of values) {
    const value = Array.isArray(cell) ? cell[0] : cell;
    const reading = readClass(value);
    if ('blank' in reading) blank += 1;
    else if ('refused' in reading) {
      const shown = quote(value);
      const entry = skipped.get(shown) ?? { value: shown, pupils: 0, reason: reading.refused };
      entry.pupils += 1;
      skipped.set(shown, entry);
    } else {
      const key = reading.className.toLowerCase();
      const entry = classes.get(key) ?? { className: reading.className, key, pupils: 0 };
      entry.pupils += 1;
      classes.set(key, entry);
    }
  }
  return {
    classes: [...classes.values()].sort((a, b) => naturalCompare(a.className, b.className)),
    skipped: [...skipped.values()],
    blank,
  };
}

const chunksOf = (text: string): string[] => text.toLowerCase().match(/\d+|\D+/g) ?? [];
const isDigits = (chunk: string) => chunk.charCodeAt(0) >= 48 && chunk.charCodeAt(0) <= 57;

/** Digit runs compare as numbers (8A before 10A), other runs as text ignoring case; numbers before letters. */
export function naturalCompare(a: string, b: string): number {
  const [left, right] = [chunksOf(a), chunksOf(b)];
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const [x, y] = [left[i]!, right[i]!];
    if (x === y) continue;
    if (isDigits(x) && isDigits(y)) {
      // Without leading zeros, a longer run is a bigger number; equal lengths compare as text. No overflow for long runs.
      const [p, q] = [x.replace(/^0+(?=\d)/, ''), y.replace(/^0+(?=\d)/, '')];
      if (p.length !== q.length) return p.length - q.length;
      if (p !== q) return p < q ? -1 : 1;
      continue;
    }
    if (isDigits(x) !== isDigits(y)) return isDigits(x) ? -1 : 1;
    return x < y ? -1 : 1;
  }
  if (left.length !== right.length) return left.length - right.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
