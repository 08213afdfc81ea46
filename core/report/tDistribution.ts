/**
 * Student's t distribution, for the confidence interval on a gap between two groups' means.
 * Welch's degrees of freedom are rarely whole numbers, so a printed table is not enough: the
 * CDF comes from the regularised incomplete beta function, and the quantile inverts it by bisection.
 */

// Lanczos approximation (g = 7, 9 terms): accurate to about 15 significant figures for x > 0.
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
  -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.9189385332046727;

/** ln Γ(x) for x > 0. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x); // reflection formula
  const shifted = x - 1;
  let series = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i += 1) series += LANCZOS[i]! / (shifted + i);
  const t = shifted + 7.5;
  return HALF_LOG_TWO_PI + (shifted + 0.5) * Math.log(t) - t + Math.log(series);
}

const TINY = 1e-300;
const EPSILON = 1e-15;

/** Keeps Lentz's terms off zero. At module level: made as a closure in every call, it cost the loop 7 MB of boxed numbers a report. */
const guard = (value: number): number => (Math.abs(value) < TINY ? TINY : value);

/** The continued fraction for the incomplete beta function, evaluated by the modified Lentz method. */
function betaFraction(a: number, b: number, x: number): number {
  let c = 1;
  let d = 1 / guard(1 - ((a + b) * x) / (a + 1));
  let result = d;
  for (let m = 1; m <= 300; m += 1) {
    const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    d = 1 / guard(1 + even * d);
    c = guard(1 + even / c);
    result *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 / guard(1 + odd * d);
    c = guard(1 + odd / c);
    const step = d * c;
    result *= step;
    if (Math.abs(step - 1) < EPSILON) break;
  }
  return result;
}

/** The regularised incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  // The fraction converges fast only on one side of the mean; the other side uses I_x(a,b) = 1 - I_(1-x)(b,a).
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/** P(T <= t) for Student's t with df degrees of freedom (df > 0, not necessarily whole). */
export function tCdf(t: number, df: number): number {
  const tail = 0.5 * incompleteBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? 1 - tail : tail;
}

/** Beyond this the t distribution is the normal one to within 1e-5 at the 97.5% point, and the fraction converges slowly. */
const LARGE_DF = 1e5;

/** The density of Student's t. */
export function tDensity(t: number, df: number): number {
  return Math.exp(logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI) - ((df + 1) / 2) * Math.log(1 + (t * t) / df));
}

/**
 * The p-quantile of Student's t: tQuantile(0.975, 10) = 2.228, as printed tables give.
 * Newton's method from 0: for t > 0 the CDF is concave (the density falls), so every step lands at
 * or below the root and the steps climb to it without overshooting.
 */
export function tQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1) || !(df > 0)) return NaN;
  if (p < 0.5) return -tQuantile(1 - p, df);
  const degrees = Math.min(df, LARGE_DF);
  let t = 0;
  for (let step = 0; step < 200; step += 1) {
    const next = t + (p - tCdf(t, degrees)) / tDensity(t, degrees);
    if (!(next > t) || next - t <= 1e-13 * next) return Number.isFinite(next) ? Math.max(t, next) : t;
    t = next;
  }
  return t;
}
