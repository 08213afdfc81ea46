/**
 * A per-cell (or whole-call) failure. Functions never throw: they return one of
 * these, and each host turns it into its own error value with the message shown
 * to the teacher.
 */
export type CellErrorCode = '#VALUE!' | '#N/A';

export class CellError {
  constructor(
    readonly code: CellErrorCode,
    readonly message: string,
  ) {}

  toString(): string {
    return `${this.code} ${this.message}`;
  }
}

export const isCellError = (value: unknown): value is CellError => value instanceof CellError;

/** Quote what the user typed inside a message, shortened so a 1,000-character paste stays readable. */
export function quote(value: unknown): string {
  if (typeof value === 'string') {
    const oneLine = value.replace(/\s+/g, ' ');
    return oneLine.length > 40 ? `'${oneLine.slice(0, 37)}...' (${value.length} characters)` : `'${oneLine}'`;
  }
  if (value instanceof Date) return 'a date';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (value === null || value === undefined) return 'an empty cell';
  return typeof value === 'object' ? 'an object' : `a ${typeof value} value`;
}

/**
 * Why a number cell beyond LARGEST_PLAUSIBLE_NUMBER (core/values.ts) is refused, as the end of a
 * sentence about it: "is too large to be a grade, score or residual". Callers say where and what to do.
 */
export function whyImplausible(value: unknown): string {
  const negative = typeof value === 'number' ? value < 0 : /^\s*-/.test(String(value));
  return `is ${negative ? 'too far below zero' : 'too large'} to be a grade, score or residual`;
}
