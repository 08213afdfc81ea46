/**
 * Text copied from the tracker (names, classes, programmes, subject and column labels, grades) must
 * land exactly as it was typed. asLiteralCell stops = + - @ turning into formulas; both hosts also
 * turn text such as "4/5", "10/11", "1.5" or "TRUE" into a date, number or boolean when it is
 * written, so such text gets the same apostrophe, which both read as "this is text" and do not show.
 * For a whole cell only: text built into a sentence ("... at RP3") is never read as a value.
 */
import { asLiteralCell } from '../workbook/literalCells';

/** Digits with the separators of numbers, dates, times, fractions and percentages; or a boolean word. */
const READ_AS_VALUE = /^(?=.*\d)[\d\s.,:/%()£$€-]+$|^(true|false)$/i;

export function trackerText(value: unknown): string {
  if (value === null || value === undefined) return '';
  const literal = asLiteralCell(typeof value === 'number' || typeof value === 'boolean' ? String(value) : value);
  const text = String(literal);
  return !text.startsWith("'") && READ_AS_VALUE.test(text.trim()) ? `'${text}` : text;
}
