/** The values that cross between a spreadsheet and the core. */
import type { CellError } from './errors';

/** What a cell can hold as seen by a function: hosts pass numbers, text, booleans, dates, blanks or errors. */
export type CellInput = unknown;

/** What a function may write into one cell. `""` is a blank cell. */
export type CellOutput = number | string | boolean | CellError;

/** A range as hosts pass it: rows of cells. */
export type Grid<T = CellInput> = T[][];

/** What a function returns: one value, or a grid that spills. */
export type Result = CellOutput | Grid<CellOutput>;

export const BLANK = '';

/** Blank as a spreadsheet means it: nothing, or text that is only spaces. */
export function isBlankText(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/**
 * Blank for a grade or KS2 argument. Older Excel desktop builds pass empty cells as 0,
 * and a pupil with no prediction must never be read as a U.
 */
export function isBlankScore(value: unknown): boolean {
  return value === 0 || isBlankText(value);
}

/**
 * The furthest from zero a number cell can plausibly be. Everything Tracklight reads as a number is
 * small: grades run to 9+ (and 9.5 for a custom label), KS2 scaled scores to 120, Attainment 8 to 90,
 * residuals and gaps to about ±10, band-table bounds to 120. A million is far beyond all of them, so
 * no real cell is refused (an Excel date serial such as 45000 is still read, and each reader's own
 * range refuses it), and it keeps every sum finite: even Excel's 17 billion cells at a million each
 * come to 1.7e16, nowhere near the 1.8e308 at which a double becomes Infinity, and so NaN.
 */
export const LARGEST_PLAUSIBLE_NUMBER = 1e6;

const DECIMAL_TEXT = /^\s*[+-]?\d+(\.\d+)?\s*$/;

/** The number a cell holds, typed or as plain decimal text, however large (a 400-digit text is Infinity). */
function numberIn(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isNaN(value) ? undefined : value;
  if (typeof value === 'string' && DECIMAL_TEXT.test(value)) return Number(value);
  return undefined;
}

/**
 * A number cell, or text that is a plain signed decimal (" -0.5 "), no further from zero than
 * LARGEST_PLAUSIBLE_NUMBER; anything else is undefined. isImplausibleNumber tells the two apart.
 */
export function readNumberCell(value: unknown): number | undefined {
  const number = numberIn(value);
  return number !== undefined && Math.abs(number) <= LARGEST_PLAUSIBLE_NUMBER ? number : undefined;
}

/** True for a number, or number text, too far from zero to be any grade, score or residual (±Infinity too). */
export function isImplausibleNumber(value: unknown): boolean {
  const number = numberIn(value);
  return number !== undefined && !(Math.abs(number) <= LARGEST_PLAUSIBLE_NUMBER);
}

/** Wraps a host argument as a grid; a single value becomes a 1x1 grid. */
export function toGrid(value: unknown): Grid {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return [];
  if (!Array.isArray(value[0])) return [value];
  // Hosts pass rows of cells. A caller of the core may mix in a bare value ([[1, 2], 3]); it is a
  // row of one, so every reader can walk every row without meeting something that is not a list.
  return value.every(Array.isArray) ? (value as Grid) : value.map((row) => (Array.isArray(row) ? row : [row]));
}

export function shapeOf(grid: Grid<unknown>): { rows: number; cols: number } {
  return { rows: grid.length, cols: grid.length ? grid[0]!.length : 0 };
}

export function describeShape(grid: Grid<unknown>): string {
  const { rows, cols } = shapeOf(grid);
  return `${rows} ${rows === 1 ? 'row' : 'rows'} x ${cols} ${cols === 1 ? 'column' : 'columns'}`;
}
