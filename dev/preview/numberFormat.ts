/**
 * A number as a sheet shows it under a number format: the few formats a report uses ("0", "0.0",
 * "0.00", "0%", "0.0%"), read from the format text itself. Rounding is half away from zero, as in
 * Excel and Sheets. A format the preview does not know shows the plain number.
 */
import type { A1Range } from '../../core/rules';
import type { SheetLook } from './workbook';

const KNOWN = /^0(?:\.(0+))?(%?)$/;

function roundHalfAway(value: number, places: number): string {
  const scaled = Math.abs(value) * 10 ** places;
  // The small nudge undoes binary fractions such as 0.125 * 100 = 12.499999...
  const rounded = Math.round(scaled + 1e-9) / 10 ** places;
  const text = rounded.toFixed(places);
  return value < 0 && Number(text) !== 0 ? `-${text}` : text;
}

export function formatNumber(value: number, format: string | undefined): string {
  const known = format === undefined ? null : KNOWN.exec(format);
  if (!known) return String(value);
  const places = known[1]?.length ?? 0;
  return known[2] === '%' ? `${roundHalfAway(value * 100, places)}%` : roundHalfAway(value, places);
}

const holds = (range: A1Range, row: number, column: number) =>
  row >= range.firstRow && row <= range.lastRow && column >= range.firstColumn && column <= range.lastColumn;

/** The number format of the cell at 1-based (row, column), or undefined. The last format set wins, as in a host. */
export function formatAt(look: SheetLook | null, row: number, column: number): string | undefined {
  let found: string | undefined;
  for (const { format, ranges } of look?.numberFormats ?? []) if (ranges.some((range) => holds(range, row, column))) found = format;
  return found;
}

export const isBold = (look: SheetLook | null, row: number, column: number): boolean =>
  (look?.bold ?? []).some((range) => holds(range, row, column));
