/**
 * A1 arithmetic and Office's error shape for the Excel fake (excelFake.ts): plain Excel rules,
 * nothing about Tracklight.
 */

/** 0-based position and size. */
export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
export const WHOLE_SHEET: Rect = { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS };

/** Office's errors carry a code (ItemNotFound, PropertyNotLoaded, AccessDenied...) beside the message. */
export class FakeExcelError extends Error {
  override name = 'RichApi.Error';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const columnLetters = (column: number): string => {
  let text = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) text = String.fromCharCode(65 + ((rest - 1) % 26)) + text;
  return text;
};
export const columnIndex = (text: string): number =>
  [...text.toUpperCase()].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) - 1;

/** 'A1', 'B2:D9', '$A$1:$L$15', 'A:C', '3:5', with or without a sheet name before '!'. */
export function parseAddress(address: string): Rect {
  const cells = address
    .slice(address.lastIndexOf('!') + 1)
    .replace(/\$/g, '')
    .toUpperCase();
  const [first, last = first] = cells.split(':');
  const part = (text: string | undefined) => /^([A-Z]{0,3})(\d{0,7})$/.exec(text ?? '');
  const [a, b] = [part(first), part(last)];
  if (!a || !b || cells.split(':').length > 2 || (!a[1] && !a[2]) || Boolean(a[1]) !== Boolean(b[1]) || Boolean(a[2]) !== Boolean(b[2])) {
    throw new FakeExcelError('InvalidArgument', `'${address}' is not a range address`);
  }
  const rows = a[2] ? [Number(a[2]) - 1, Number(b[2]) - 1] : [0, MAX_ROWS - 1];
  const columns = a[1] ? [columnIndex(a[1]), columnIndex(b[1]!)] : [0, MAX_COLUMNS - 1];
  const [top, bottom] = [Math.min(rows[0]!, rows[1]!), Math.max(rows[0]!, rows[1]!)];
  const [left, right] = [Math.min(columns[0]!, columns[1]!), Math.max(columns[0]!, columns[1]!)];
  if (top < 0 || bottom >= MAX_ROWS || right >= MAX_COLUMNS)
    throw new FakeExcelError('InvalidArgument', `'${address}' is outside the sheet`);
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

export function formatAddress(rect: Rect): string {
  const first = `${columnLetters(rect.column)}${rect.row + 1}`;
  const last = `${columnLetters(rect.column + rect.columns - 1)}${rect.row + rect.rows}`;
  return first === last ? first : `${first}:${last}`;
}

export const intersects = (a: Rect, b: Rect): boolean =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
