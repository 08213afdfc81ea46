/**
 * Grade values are held as whole numbers of twelfths of a grade. Every built-in value is
 * an exact multiple of a twelfth (fine grades are thirds, split grades halves, L1P a
 * quarter), so comparisons are exact: 5+ against 5+ is never "a little above".
 */
export type Twelfths = number;

export const PER_GRADE = 12;
export const THIRD = 4;

export const toTwelfths = (grade: number): Twelfths => Math.round(grade * PER_GRADE);
export const fromTwelfths = (twelfths: Twelfths): number => twelfths / PER_GRADE;

/** A number is a grade value only if it is a whole number of twelfths (allowing float noise). */
export function exactTwelfths(value: number): Twelfths | undefined {
  const scaled = value * PER_GRADE;
  const rounded = Math.round(scaled);
  return Math.abs(scaled - rounded) < 1e-6 ? rounded : undefined;
}

/**
 * Reads a tolerance in grades as twelfths. 0.33 and 0.333 are read as a third, because
 * that is what a school typing them means; any other value is kept as it is.
 */
export function toleranceTwelfths(tolerance: number): number {
  const scaled = tolerance * PER_GRADE;
  const nearest = Math.round(scaled);
  return Math.abs(scaled - nearest) < 0.05 ? nearest : scaled;
}
