import { PER_GRADE, type Twelfths } from '../grades/twelfths';

export const STATUSES = ['Above', 'On', 'Below', 'Well below'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * Above if diff > tolerance, On within tolerance either way, Below down to one step (a grade, on
 * the built-in scale) under, Well below beyond that. All three are in twelfths of a grade.
 */
export function statusFor(diff: Twelfths, tolerance: number, step: Twelfths = PER_GRADE): Status {
  if (diff > tolerance) return 'Above';
  if (diff >= -tolerance) return 'On';
  return diff >= -step ? 'Below' : 'Well below';
}

const BY_FOLDED_NAME = new Map<string, Status>(STATUSES.map((status) => [status.toUpperCase().replace(/\s+/g, ''), status]));

const EXACT = new Map<string, Status>(STATUSES.map((status) => [status, status]));

/** Reads a status typed or computed into a cell ("on", "Well Below"...), or undefined. */
export function readStatus(value: unknown): Status | undefined {
  if (typeof value !== 'string') return undefined;
  // ON_TRACK's own spelling is by far the most common, so it skips the folding.
  return EXACT.get(value) ?? BY_FOLDED_NAME.get(value.toUpperCase().replace(/[\s_-]+/g, ''));
}

export const isOnOrAbove = (status: Status): boolean => status === 'On' || status === 'Above';
