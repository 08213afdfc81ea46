/**
 * The t quantile and Welch's interval. Expected values are printed t-table values, closed forms
 * (df 1 is the Cauchy distribution, df 2 has an exact formula) and hand arithmetic shown below.
 */
import { describe, expect, it } from 'vitest';
import { incompleteBeta, logGamma, tCdf, tQuantile } from '../../../core/report/tDistribution';
import { sampleOf, spansZero, welchDifference } from '../../../core/report/welch';

describe('tQuantile', () => {
  // Two-sided 95% critical values from any printed t table (3 decimals).
  it.each([
    [1, 12.706],
    [2, 4.303],
    [3, 3.182],
    [4, 2.776],
    [5, 2.571],
    [6, 2.447],
    [7, 2.365],
    [8, 2.306],
    [9, 2.262],
    [10, 2.228],
    [15, 2.131],
    [20, 2.086],
    [25, 2.06],
    [30, 2.042],
    [40, 2.021],
    [60, 2.0],
    [120, 1.98],
  ])('t(0.975, %i) = %f, as printed tables give', (df, printed) => {
    expect(tQuantile(0.975, df)).toBeCloseTo(printed, 3);
  });

  it('matches one-sided table values at other levels: t(0.95, 10) = 1.812, t(0.995, 10) = 3.169, t(0.99, 20) = 2.528', () => {
    expect(tQuantile(0.95, 10)).toBeCloseTo(1.812, 3);
    expect(tQuantile(0.995, 10)).toBeCloseTo(3.169, 3);
    expect(tQuantile(0.99, 20)).toBeCloseTo(2.528, 3);
  });

  it('agrees with closed forms: df 1 is tan(pi(p - 1/2)); df 2 is (2p - 1) sqrt(2 / (4p(1 - p)))', () => {
    for (const p of [0.6, 0.9, 0.975, 0.999]) {
      expect(tQuantile(p, 1)).toBeCloseTo(Math.tan(Math.PI * (p - 0.5)), 8);
      expect(tQuantile(p, 2)).toBeCloseTo((2 * p - 1) * Math.sqrt(2 / (4 * p * (1 - p))), 8);
    }
  });

  it('approaches the normal 1.95996 as df grows, and takes non-whole df between the table rows', () => {
    expect(tQuantile(0.975, 1e6)).toBeCloseTo(1.95996, 4);
    expect(tQuantile(0.975, 1e9)).toBeCloseTo(1.95996, 4);
    const between = tQuantile(0.975, 6.5);
    expect(between).toBeLessThan(2.447);
    expect(between).toBeGreaterThan(2.365);
  });

  it('is symmetric, 0 at the median, and NaN for impossible arguments', () => {
    expect(tQuantile(0.025, 10)).toBeCloseTo(-2.228, 3);
    expect(tQuantile(0.5, 7)).toBe(0);
    expect(tQuantile(0, 5)).toBeNaN();
    expect(tQuantile(1, 5)).toBeNaN();
    expect(tQuantile(0.975, 0)).toBeNaN();
  });

  it('inverts the CDF', () => {
    for (const df of [1.3, 4, 17.7, 300]) for (const p of [0.55, 0.8, 0.975]) expect(tCdf(tQuantile(p, df), df)).toBeCloseTo(p, 10);
  });

  it('rests on a log-gamma and incomplete beta that match known values', () => {
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(10.5)).toBeCloseTo(Math.log(1133278.3889487855), 9); // Γ(10.5) = (19!!/2^10) sqrt(pi)
    // I_x(1, 1) = x and I_x(a, 1) = x^a.
    expect(incompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(incompleteBeta(0.7, 3, 1)).toBeCloseTo(0.343, 12);
  });
});

describe("Welch's interval", () => {
  it('reproduces the hand calculation for 1..5 against 2, 4, ..., 12', () => {
    // A: mean 3, variance 2.5, n 5 -> 0.5. B: mean 7, variance 70/5 = 14, n 6 -> 2.3333.
    // difference -4; se = sqrt(2.8333) = 1.68325; df = 2.8333^2 / (0.5^2/4 + 2.3333^2/5) = 8.02778 / 1.15139 = 6.972;
    // t(0.975, 6.972) is just above t(0.975, 7) = 2.365, about 2.3666: margin 3.984, interval -7.984 to -0.016.
    const a = sampleOf(5, 15, 1 + 4 + 9 + 16 + 25);
    const b = sampleOf(6, 42, 4 + 16 + 36 + 64 + 100 + 144);
    expect(a).toEqual({ n: 5, mean: 3, variance: 2.5 });
    expect(b.variance).toBeCloseTo(14, 12);
    const result = welchDifference(a, b)!;
    expect(result.difference).toBe(-4);
    expect(result.interval.df).toBeCloseTo(6.972, 3);
    expect(result.interval.low).toBeCloseTo(-7.984, 2);
    expect(result.interval.high).toBeCloseTo(-0.016, 2);
    expect(spansZero(result.interval)).toBe(false);
  });

  it('has no interval when a group has fewer than 2 values (no spread can be measured)', () => {
    expect(welchDifference(sampleOf(1, 5, 25), sampleOf(10, 50, 260))).toBeNull();
    expect(welchDifference(sampleOf(10, 50, 260), sampleOf(0, 0, 0))).toBeNull();
  });

  it('gives a zero-width interval when neither group varies', () => {
    const result = welchDifference(sampleOf(3, 6, 12), sampleOf(4, 4, 4))!;
    expect(result).toEqual({ difference: 1, interval: { low: 1, high: 1, df: null } });
  });

  it('counts an interval ending exactly at 0 as spanning 0', () => {
    expect(spansZero({ low: 0, high: 0.4, df: 10 })).toBe(true);
    expect(spansZero({ low: -0.4, high: 0, df: 10 })).toBe(true);
    expect(spansZero({ low: 0.01, high: 0.4, df: 10 })).toBe(false);
  });
});
