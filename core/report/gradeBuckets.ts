/**
 * Which column of a grade distribution a grade (in twelfths) counts in.
 *
 * On the GCSE scale the columns are the whole grades 9 ... 1 and U, as the DfE performance tables
 * count them. The readers (core/grades/builtInReading.ts) give, in twelfths of grade n:
 * - fine grades n+, n, n- as 12n + 4, 12n, 12n - 4 (5- is 56, 4.667 of a grade);
 * - split grades n/m and combined-science double grades n-m (m = n - 1) as their mean, 12m + 6 (5/4 and 5-4 are both 54);
 *   a double grade of one grade (5-5) is 12n;
 * - legacy letters and vocational awards as their DfE points: A* and L2D* 102 (8.5), A and L2D 84 (7),
 *   B and L2M 66 (5.5), C and L2P 48 (4), D and L1D 36, E and L1M 24, F 18 (1.5), G 12, L1P 15 (1.25); U is 0.
 * So a grade counts in whole grade n when it is at or above n- (12n - 4) and below (n+1)- : that is
 * floor((twelfths + 4) / 12). Fine grades land on their own grade (5+ and 5- count as 5), and
 * everything between two fine bands (a split grade, a point score such as B's 5.5 or A*'s 8.5, any typed
 * decimal such as 4.5) counts in the lower grade, as "5/4 meets 4". A grade between U and 1- (a typed 0.5)
 * has not reached grade 1, so it counts as U; 9+ counts as 9.
 */
import { PER_GRADE, THIRD, type Twelfths } from '../grades/twelfths';

/** Distribution columns on the GCSE scale, highest first. */
export const GCSE_GRADES = ['9', '8', '7', '6', '5', '4', '3', '2', '1', 'U'] as const;

/** The DfE's cumulative shares: a band counts every grade from `lowest` up. */
export const GCSE_BANDS = [
  { label: '9-7', lowest: 7 },
  { label: '9-5', lowest: 5 },
  { label: '9-4', lowest: 4 },
  { label: '9-1', lowest: 1 },
] as const;

// Copied into this module: the loop below reads them 660,000 times, and an imported binding is a property read in some runtimes.
const FINE_BELOW = THIRD;
const GRADE = PER_GRADE;

/** The whole GCSE grade a value counts as, 0 for U (see above). */
export const wholeGcseGrade = (twelfths: Twelfths): number => Math.min(9, Math.max(0, Math.floor((twelfths + FINE_BELOW) / GRADE)));

/** Position in GCSE_GRADES: 9 is 0, U is 9. */
export const gcseColumn = (twelfths: Twelfths): number => 9 - wholeGcseGrade(twelfths);

/**
 * Counts one column's grades into `counts` (GCSE_GRADES order) and returns how many it counted. Kept beside
 * gcseColumn so the call stays in one module, where the engine inlines it: 660,000 cells take a few ms.
 */
export function countGcseGrades(grades: Float64Array, counts: number[]): number {
  let pupils = 0;
  for (let p = 0; p < grades.length; p += 1) {
    const value = grades[p]!;
    if (value !== value) continue;
    counts[gcseColumn(value)]! += 1;
    pupils += 1;
  }
  return pupils;
}

/** Each band's share of `pupils` from counts in GCSE_GRADES order; null with no pupils. */
export function bandShares(counts: readonly number[], pupils: number): (number | null)[] {
  return GCSE_BANDS.map(({ lowest }) => {
    let atOrAbove = 0;
    for (let grade = 9; grade >= lowest; grade -= 1) atOrAbove += counts[9 - grade] ?? 0;
    return pupils > 0 ? atOrAbove / pupils : null;
  });
}
