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

/** A number cell, or text that is a plain signed decimal (" -0.5 "); anything else is undefined. */
export function readNumberCell(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*[+-]?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** Wraps a host argument as a grid; a single value becomes a 1x1 grid. */
export function toGrid(value: unknown): Grid {
  if (!Array.isArray(value)) return [[value]];
  if (value.length === 0) return [];
  return Array.isArray(value[0]) ? (value as Grid) : [value];
}

export function shapeOf(grid: Grid<unknown>): { rows: number; cols: number } {
  return { rows: grid.length, cols: grid.length ? grid[0]!.length : 0 };
}

export function describeShape(grid: Grid<unknown>): string {
  const { rows, cols } = shapeOf(grid);
  return `${rows} ${rows === 1 ? 'row' : 'rows'} x ${cols} ${cols === 1 ? 'column' : 'columns'}`;
}
