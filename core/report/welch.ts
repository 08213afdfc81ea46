/**
 * The 95% confidence interval for a difference between two groups' means. Welch's interval does not
 * assume the groups spread equally, which matters here: a PP group is often smaller and more varied.
 */
import { tQuantile } from './tDistribution';

/** What the interval needs from each group: how many, the mean, and the sample variance (n - 1 divisor). */
export interface Sample {
  n: number;
  mean: number;
  variance: number;
}

export interface Interval {
  low: number;
  high: number;
  /** Welch–Satterthwaite degrees of freedom; null when both groups have no spread at all. */
  df: number | null;
}

export interface Difference {
  /** first mean minus second mean */
  difference: number;
  interval: Interval;
}

/** Summarises running totals (count, sum, sum of squares) as a Sample; the variance is never negative from rounding. */
export function sampleOf(n: number, sum: number, sumOfSquares: number): Sample {
  const mean = n > 0 ? sum / n : NaN;
  const variance = n > 1 ? Math.max(0, (sumOfSquares - sum * mean) / (n - 1)) : NaN;
  return { n, mean, variance };
}

/** first - second with Welch's interval; null when either group has fewer than 2 values, so no spread can be measured. */
export function welchDifference(first: Sample, second: Sample, level = 0.95): Difference | null {
  if (first.n < 2 || second.n < 2) return null;
  const difference = first.mean - second.mean;
  const a = first.variance / first.n;
  const b = second.variance / second.n;
  const se = Math.sqrt(a + b);
  if (se === 0) return { difference, interval: { low: difference, high: difference, df: null } };
  const df = ((a + b) * (a + b)) / ((a * a) / (first.n - 1) + (b * b) / (second.n - 1));
  const margin = tQuantile(1 - (1 - level) / 2, df) * se;
  return { difference, interval: { low: difference - margin, high: difference + margin, df } };
}

/** An interval that includes 0 (either end may be 0) cannot tell the groups apart. */
export const spansZero = (interval: Interval): boolean => interval.low <= 0 && interval.high >= 0;
