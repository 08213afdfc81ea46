/** Small assertions the core tests share: what a CellError must look like, and how a range is written. */
import { expect } from 'vitest';
import { CellError, type CellErrorCode, type CellOutput, type Grid, type Result } from '../../../core/index';

/** Asserts a CellError with this code whose message contains every fragment; returns it for more checks. */
export function expectCellError(value: unknown, code: CellErrorCode, ...fragments: Array<string | RegExp>): CellError {
  expect(value, `expected a ${code} CellError, got ${JSON.stringify(value)}`).toBeInstanceOf(CellError);
  const error = value as CellError;
  expect(error.code).toBe(code);
  for (const fragment of fragments) {
    if (typeof fragment === 'string') expect(error.message).toContain(fragment);
    else expect(error.message).toMatch(fragment);
  }
  return error;
}

/**
 * A teacher-facing message: short, and it says how to fix the problem, not only that there is
 * one: an action (use, check, leave...) or the valid form (an example, or the range grades run in).
 */
export function expectHelpfulMessage(error: CellError): void {
  expect(error.message.length).toBeGreaterThan(20);
  expect(error.message.length).toBeLessThanOrEqual(200);
  expect(error.message).toMatch(/\b(use|check|leave|add|fix|choose)\b|e\.g\.|run from \S+ to/i);
}

/** The result as a grid, failing the test if a scalar came back where a range was expected. */
export function asGrid(result: Result): Grid<CellOutput> {
  expect(Array.isArray(result), `expected a range, got ${String(result)}`).toBe(true);
  return result as Grid<CellOutput>;
}

/** A one-column range such as E2:E5, as a host passes it. */
export const column = (...cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);
