/**
 * What Excel and Google Sheets make of a string written as a cell's value. Both read it as if a
 * person had typed it into the cell (Excel's range.values setter; Apps Script's setValues and
 * setValue), so text that looks like a number, date, time, boolean or formula does not stay text.
 * The fakes store what these models return, so a host that writes such text plainly fails its test
 * as it would fail in the spreadsheet. Both models read as a UK-locale spreadsheet does (day before
 * month), the locale of the schools Tracklight is for. Modelled, in both hosts unless marked:
 *   - a leading apostrophe: the rest is text, exactly, and the apostrophe is not kept ('10E1 -> "10E1", '' -> ');
 *   - formulas: = followed by anything; + or - followed by anything but a number (+44 7700 900123,
 *     -Smith); Excel only: @ followed by anything (Lotus style, @home -> =home). A sign alone is text;
 *   - booleans: TRUE and FALSE in any case;
 *   - numbers: a sign, leading zeros (00123 -> 123), thousands separators (1,234), decimals (.5, 1.),
 *     exponents (10E1 -> 100, 1e3), a currency sign (£5, $5, €5), a percentage (50% -> 0.5);
 *     Excel only: brackets for a negative ((5) -> -5) and mixed fractions (1 1/2 -> 1.5);
 *   - dates, day first: d/m and d-m (1/2, 4/5, 10-11), d/m/y (3/4/24), ISO y-m-d (2024-03-12),
 *     d mon [y] (12 March, 12-Mar, 12-Mar-24), mon d [y] (March 12, Dec-24: a day of this year
 *     when the number can be one, else a year), mon yyyy (March 2024); a month name may be short or long;
 *   - times: h:mm and h:mm:ss (9:30; hours past 23 are a duration), with AM or PM (9:30 AM, 9 am);
 *     Excel also h a / h p after a space (9 p); a date followed by a time (12/03/2024 9:30);
 *   - surrounding spaces are ignored when reading a value (' 42 ' -> 42); text keeps them (' Ann ').
 * A date or time is a serial day count in Excel (days since 30 December 1899, the time as the
 * fraction), and a Date in Sheets, as getValues returns one. Two-digit years 00-29 are 2000-2029,
 * 30-99 are 1930-1999, as both hosts read them; a date without a year is in this year.
 * Not modelled: error literals (#N/A typed becomes the error #N/A, but both hosts read its value back
 * as that same text, so a model could not tell them apart); other locales' words and separators
 * (WAHR, 1.234,5); a number format set before writing (such as "@" for text): Tracklight sets formats
 * after its values; and "10a" with no space, which Excel's documentation does not describe as a time.
 */
export type TypedValue = string | number | boolean | Date;

/** A cell as written: its value, and its formula ('' when it holds none). */
export interface TypedCell {
  value: TypedValue;
  formula: string;
}

type Host = 'excel' | 'sheets';

const DAY_MS = 86_400_000;
const SERIAL_ZERO = Date.UTC(1899, 11, 30);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = [
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
];

/** 1-12 for a month's short or long name (and "Sept"), else null. */
function monthOf(word: string): number | null {
  const lower = word.toLowerCase();
  const index = lower === 'sept' ? 8 : Math.max(MONTHS.indexOf(lower), FULL_MONTHS.indexOf(lower));
  return index < 0 ? null : index + 1;
}

const fullYear = (year: string | undefined): number => {
  if (year === undefined) return new Date().getFullYear();
  const number = Number(year);
  return year.length === 4 ? number : number < 30 ? 2000 + number : 1900 + number;
};

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Days since 30 December 1899, or null for a day that does not exist (31/4, 29/2/2023). */
function serialDay(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return (Date.UTC(year, month - 1, day) - SERIAL_ZERO) / DAY_MS;
}

function readDate(text: string): number | null {
  const numeric = /^(\d{1,2})([/-])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/.exec(text);
  if (numeric) return serialDay(fullYear(numeric[4]), Number(numeric[3]), Number(numeric[1]));
  const iso = /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})$/.exec(text);
  if (iso) return serialDay(Number(iso[1]), Number(iso[3]), Number(iso[4]));
  const dayMonth = /^(\d{1,2})[ -]([a-z]+)\.?(?:,?[ -](\d{2}|\d{4}))?$/i.exec(text);
  if (dayMonth) {
    const month = monthOf(dayMonth[2]!);
    return month === null ? null : serialDay(fullYear(dayMonth[3]), month, Number(dayMonth[1]));
  }
  const monthFirst = /^([a-z]+)\.?[ -](\d{1,2}|\d{4})(?:,? (\d{4}))?$/i.exec(text);
  if (monthFirst) {
    const month = monthOf(monthFirst[1]!);
    if (month === null) return null;
    const [number, year] = [monthFirst[2]!, monthFirst[3]];
    if (year !== undefined) return serialDay(fullYear(year), month, Number(number));
    const asDay = number.length <= 2 ? serialDay(fullYear(undefined), month, Number(number)) : null;
    return asDay ?? serialDay(fullYear(number), month, 1);
  }
  return null;
}

interface ClockParts {
  hours: number;
  minutes: number;
  seconds: number;
  /** 'a' or 'p' after a 12-hour time, else undefined. */
  half?: string;
}

/** 9:30, 9:30:15, 9:30 AM, 9 am; Excel also 9 p (its documented "a space, then a or p"). */
function clockParts(text: string, host: Host): ClockParts | null {
  const clock = /^(\d{1,4}):(\d{2})(?::(\d{2}(?:\.\d+)?))?(?:\s*([ap])\.?m\.?)?$/i.exec(text);
  if (clock) return { hours: Number(clock[1]), minutes: Number(clock[2]), seconds: Number(clock[3] ?? 0), half: clock[4] };
  const hourOnly = /^(\d{1,2})\s*([ap])\.?m\.?$/i.exec(text) ?? (host === 'excel' ? /^(\d{1,2})\s+([ap])$/i.exec(text) : null);
  return hourOnly ? { hours: Number(hourOnly[1]), minutes: 0, seconds: 0, half: hourOnly[2] } : null;
}

/** The fraction of a day (more than 1 for a duration such as 25:00), or null. */
function readTime(text: string, host: Host): number | null {
  const parts = clockParts(text, host);
  if (!parts || parts.minutes > 59 || parts.seconds >= 60) return null;
  const { minutes, seconds, half } = parts;
  if (half !== undefined && parts.hours > 12) return null;
  const hours = half === undefined ? parts.hours : (parts.hours % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  return (hours * 3600 + minutes * 60 + seconds) / 86_400;
}

/** A date, a time, or a date then a time, as a serial day count. */
function readDateTime(text: string, host: Host): number | null {
  const date = readDate(text);
  if (date !== null) return date;
  const time = readTime(text, host);
  if (time !== null) return time;
  const both = /^(.+?)\s+(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)$/i.exec(text);
  if (!both) return null;
  const [day, clock] = [readDate(both[1]!), readTime(both[2]!, host)];
  return day === null || clock === null ? null : day + clock;
}

function readNumber(text: string, host: Host): number | null {
  const plain = /^([+-]?)[£$€]?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e([+-]?\d+))?(%?)$/i.exec(text);
  if (plain) {
    const [, sign, digits, exponent, percent] = plain;
    const magnitude = Number(`${digits!.replace(/,/g, '')}e${exponent ?? 0}`) / (percent ? 100 : 1);
    return sign === '-' ? -magnitude : magnitude;
  }
  if (host !== 'excel') return null;
  const bracketed = /^\(([^()+-]+)\)$/.exec(text);
  if (bracketed) {
    const inner = readNumber(bracketed[1]!, host);
    return inner === null ? null : -inner;
  }
  const mixed = /^([+-]?)(\d+) (\d+)\/(\d+)$/.exec(text);
  if (mixed && Number(mixed[4]) > 0) {
    const magnitude = Number(mixed[2]) + Number(mixed[3]) / Number(mixed[4]);
    return mixed[1] === '-' ? -magnitude : magnitude;
  }
  return null;
}

/** The formula a host makes of the text, or '' when it does not start one. */
function formulaOf(text: string, host: Host): string {
  if (text.length < 2) return '';
  if (text.startsWith('=')) return text;
  if ((text.startsWith('+') || text.startsWith('-')) && readNumber(text.trim(), host) === null) return `=${text}`;
  if (host === 'excel' && text.startsWith('@')) return `=${text.slice(1)}`;
  return '';
}

/** What a host reads a typed string as, before it stores it in its own way. */
type Reading =
  | { kind: 'text'; text: string }
  | { kind: 'formula'; formula: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'number'; value: number }
  | { kind: 'dateTime'; serial: number };

function read(input: string, host: Host): Reading {
  if (input.startsWith("'")) return { kind: 'text', text: input.slice(1) };
  const formula = formulaOf(input, host);
  if (formula !== '') return { kind: 'formula', formula };
  const trimmed = input.trim();
  if (/^(true|false)$/i.test(trimmed)) return { kind: 'boolean', value: trimmed.toLowerCase() === 'true' };
  const number = readNumber(trimmed, host);
  if (number !== null) return { kind: 'number', value: number };
  const serial = readDateTime(trimmed, host);
  return serial === null ? { kind: 'text', text: input } : { kind: 'dateTime', serial };
}

/**
 * Excel: what a cell holds after `range.values = [[input]]`; a date or time is its serial number.
 * The fake does not calculate, so a formula cell holds its formula as its value too.
 */
export function excelTypedInput(input: unknown): { value: unknown; formula: string } {
  if (typeof input !== 'string') return { value: input, formula: '' };
  const reading = read(input, 'excel');
  switch (reading.kind) {
    case 'text':
      return { value: reading.text, formula: '' };
    case 'formula':
      return { value: reading.formula, formula: reading.formula };
    case 'dateTime':
      return { value: reading.serial, formula: '' };
    default:
      return { value: reading.value, formula: '' };
  }
}

/** Google Sheets: what a cell holds after `setValues([[input]])` or `setValue(input)`; a date or time is a Date. */
export function sheetsTypedInput(input: unknown): TypedCell {
  if (typeof input !== 'string') return { value: input as TypedValue, formula: '' };
  const reading = read(input, 'sheets');
  switch (reading.kind) {
    case 'text':
      return { value: reading.text, formula: '' };
    case 'formula':
      return { value: '', formula: reading.formula };
    case 'dateTime':
      return { value: new Date(SERIAL_ZERO + Math.round(reading.serial * DAY_MS)), formula: '' };
    default:
      return { value: reading.value, formula: '' };
  }
}
