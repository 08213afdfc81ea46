/**
 * A1 notation, in one place: column letters, and ranges as a teacher types them ("F2:H300",
 * "$E$2:$E$300", "'Year 7'!F2:H300") read into numbers, with a message that says what to type when
 * they are not right.
 *
 * Counting: a column number in core is a 0-based index, as layouts store it (`LayoutColumn.index`)
 * and as a row of values is indexed: 0 is column A. `columnLetter` and `columnIndex` both count so.
 * The one exception is `A1Range`, which holds the numbers the A1 text itself writes: its rows and
 * columns both start at 1 ("A1" is row 1, column 1), the way Sheets' getRange(row, column) takes them.
 */
import * as z from 'zod/mini';
import '../schema';

/** Google Sheets allows 18,278 columns (A to ZZZ); Excel 16,384 (A to XFD). The larger bound keeps both valid. */
export const MAX_COLUMNS = 18_278;

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(index: number): string {
  let letters = '';
  let remaining = Math.floor(index) + 1;
  while (remaining > 0) {
    const digit = (remaining - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    remaining = Math.floor((remaining - 1) / 26);
  }
  return letters;
}

/** "A" -> 0, "Z" -> 25, "AA" -> 26: the inverse of `columnLetter`. */
export function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

export interface A1Range {
  /** The sheet named before "!", without quotes; undefined when the range names none. */
  sheet?: string;
  /** 1-based, as the A1 text counts; top-left to bottom-right whichever way round the corners were typed. */
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

/** Excel's last row; Sheets allows more columns than Excel (ZZZ), so the layout's bound is used. */
const MAX_ROWS = 1_048_576;
const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const QUOTED_SHEET = /^'((?:[^']|'')+)'!(.*)$/;
const PLAIN_SHEET = /^([^'!:\s][^'!:]*)!(.*)$/;
const EXAMPLE = 'e.g. F2:H300';

function splitSheet(text: string): { sheet?: string; cells: string } {
  const quoted = QUOTED_SHEET.exec(text);
  if (quoted) return { sheet: quoted[1]!.replace(/''/g, "'"), cells: quoted[2]! };
  const plain = PLAIN_SHEET.exec(text);
  return plain ? { sheet: plain[1]!.trim(), cells: plain[2]! } : { cells: text };
}

/** A corner in A1Range's counting: both from 1. */
type Corner = { row: number; column: number };

function readCorner(text: string, whole: string): Corner | string {
  const corner = text.trim();
  const match = CELL.exec(corner);
  if (!match) {
    if (/^\$?[A-Za-z]{1,3}$/.test(corner))
      return `'${whole}': '${corner}' has no row number, and whole columns are not coloured: give the first and last cell, ${EXAMPLE}`;
    if (/^\$?\d+$/.test(corner)) return `'${whole}': '${corner}' has no column letter: give the first and last cell, ${EXAMPLE}`;
    return `'${whole}' is not a range: give the first and last cell, ${EXAMPLE}`;
  }
  const column = columnIndex(match[1]!) + 1;
  const row = Number(match[2]);
  if (column > MAX_COLUMNS) return `'${whole}' goes past column ZZZ, the last column a sheet can have`;
  if (row < 1 || row > MAX_ROWS) return `'${whole}' has a row outside 1 to ${MAX_ROWS.toLocaleString('en-GB')}`;
  return { row, column };
}

/** Reads an A1 range; returns the reason as a message when it cannot. */
export function readA1Range(input: string): A1Range | string {
  const whole = input.trim();
  if (whole === '') return `The range is empty: give the first and last cell, ${EXAMPLE}`;
  const { sheet, cells } = splitSheet(whole);
  const corners = cells.split(':');
  if (corners.length > 2) return `'${whole}' has more than one ':': give the first and last cell, ${EXAMPLE}`;
  const [first, last = first] = corners.map((corner) => readCorner(corner, whole));
  if (typeof first === 'string') return first;
  if (typeof last === 'string') return last;
  return {
    ...(sheet === undefined ? {} : { sheet }),
    firstRow: Math.min(first!.row, last!.row),
    lastRow: Math.max(first!.row, last!.row),
    firstColumn: Math.min(first!.column, last!.column),
    lastColumn: Math.max(first!.column, last!.column),
  };
}

/** A zod schema that reads an A1 range string into an A1Range, with the reader's message. */
export const a1RangeSchema = z.pipe(
  z.string({ error: `A range must be text, ${EXAMPLE}` }),
  z.transform((text: string, context) => {
    const range = readA1Range(text);
    if (typeof range !== 'string') return range;
    context.issues.push({ code: 'custom', message: range, input: text });
    return z.NEVER;
  }),
);

export const rowCount = (range: A1Range) => range.lastRow - range.firstRow + 1;
export const columnCount = (range: A1Range) => range.lastColumn - range.firstColumn + 1;

export function describeRange(range: A1Range): string {
  const rows = rowCount(range);
  const columns = columnCount(range);
  return `${rows} ${rows === 1 ? 'row' : 'rows'} x ${columns} ${columns === 1 ? 'column' : 'columns'}`;
}

/** The range as A1 text without its sheet, e.g. "F2:H300" (or "F2" for one cell). */
export function formatA1Range(range: A1Range): string {
  // A1Range counts columns from 1, columnLetter from 0.
  const first = `${columnLetter(range.firstColumn - 1)}${range.firstRow}`;
  const last = `${columnLetter(range.lastColumn - 1)}${range.lastRow}`;
  return first === last ? first : `${first}:${last}`;
}
