/**
 * Values written into a sheet must land as themselves. Excel (range.values) and Google Sheets
 * (setValues) both read a written string as if it had been typed: "10E1" becomes 100, "00123" 123,
 * "4/5", "Dec-24" and "5-4" dates, "9:30 AM" a time, "TRUE" a boolean, and "=..", "+..", "-.." or
 * "@.." a formula. What they read as a value also depends on the host's version and locale (a date
 * order, a currency, a word for TRUE), so no list of such forms can be complete. The rule is the
 * other way round: text is written as it is only when it is plain words, which no host reads as
 * anything but text; all other text gets the apostrophe prefix, which both hosts read as "this is
 * text" and neither shows nor keeps. A number or boolean is written as itself.
 */
import * as z from 'zod/mini';
import '../schema';

export type WritableCell = string | number | boolean;

/** Rows of cells as a host is handed them to write, checked where they crossed a wire (google.script.run). */
export const writableCellSchema = z.union([z.string(), z.number(), z.boolean()]);
export const writableRowsSchema = z.array(z.array(writableCellSchema));

/**
 * Words of letters (any alphabet, accents included) with single spaces, hyphens or apostrophes
 * between them: "Smith", "Mary Ann", "O'Brien", "Smith-Jones", "Zoë". Without a digit or a symbol
 * no host reads such text as a number, date, time or formula.
 */
const PLAIN_WORDS = /^\p{L}\p{M}*(?:[\p{L}\p{M}]|[ '’-](?=\p{L}))*$/u;

/** The only plain words a host reads as a value. */
const BOOLEAN_WORD = /^(?:true|false)$/i;

export const isPlainWords = (text: string): boolean => PLAIN_WORDS.test(text) && !BOOLEAN_WORD.test(text);

/**
 * Text written so that it lands exactly as it is: plain words (and '') as they are, anything else
 * after the apostrophe prefix. For text to be written once: text that already starts with an
 * apostrophe gets a second one, so that its own apostrophe is kept.
 */
export const literalText = (text: string): string => (text === '' || isPlainWords(text) ? text : `'${text}`);

/** A Date as its day, 2024-03-12, which both hosts read back as that date in any locale. */
const isoDay = (date: Date): string => (Number.isFinite(date.getTime()) ? date.toISOString().slice(0, 10) : '');

/** Any value, ready to write so that it lands as itself: text through literalText, a blank or a non-finite number as ''. */
export function asLiteralCell(value: unknown): WritableCell {
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return isoDay(value);
  return literalText(String(value));
}

export const asLiteralRows = (rows: readonly (readonly unknown[])[]): WritableCell[][] => rows.map((row) => row.map(asLiteralCell));

/**
 * Tracklight's own labels and sentences ("Pupils", "95% CI low", "10E1 (3 pupils): mean residual
 * fell ..."): words that no host reads as a value as a whole. Only their first character can change
 * one: = + - @ would start a formula, and a leading apostrophe (a sentence that begins with a
 * tracker's name) would be taken as the text marker and dropped. Only those get the apostrophe, so
 * the report's own words are written with nothing added.
 */
const CHANGED_BY_ITS_START = /^[=+\-@']/;

export function asOwnWordsCell(value: string | number | null): WritableCell {
  if (typeof value !== 'string') return asLiteralCell(value);
  return CHANGED_BY_ITS_START.test(value) ? `'${value}` : value;
}
