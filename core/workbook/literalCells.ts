/**
 * Values written into a sheet must land as values. Both hosts turn text that starts with
 * = + - or @ into a formula (or a number), so such text gets the apostrophe prefix that
 * both treat as "this is text": the cell shows exactly what the tracker held.
 */
const FORMULA_START = /^[=+\-@]/;

export type WritableCell = string | number | boolean;

export function asLiteralCell(value: unknown): WritableCell {
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value;
  if (value === null || value === undefined) return '';
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export const asLiteralRows = (rows: readonly (readonly unknown[])[]): WritableCell[][] => rows.map((row) => row.map(asLiteralCell));
