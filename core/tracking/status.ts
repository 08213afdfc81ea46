import { PER_GRADE, type Twelfths } from '../grades/twelfths';

export const STATUSES = ['Above', 'On', 'Below', 'Well below'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * Above if diff > tolerance, On within tolerance either way, Below down to one grade
 * under, Well below beyond that. Both arguments are in twelfths of a grade.
 */
export function statusFor(diff: Twelfths, tolerance: number): Status {
  if (diff > tolerance) return 'Above';
  if (diff >= -tolerance) return 'On';
  return diff >= -PER_GRADE ? 'Below' : 'Well below';
}

const BY_FOLDED_NAME = new Map<string, Status>(STATUSES.map((status) => [status.toUpperCase().replace(/\s+/g, ''), status]));

/** Reads a status typed or computed into a cell ("on", "Well Below"...), or undefined. */
export function readStatus(value: unknown): Status | undefined {
  return typeof value === 'string' ? BY_FOLDED_NAME.get(value.toUpperCase().replace(/[\s_-]+/g, '')) : undefined;
}

export const isOnOrAbove = (status: Status): boolean => status === 'On' || status === 'Above';
