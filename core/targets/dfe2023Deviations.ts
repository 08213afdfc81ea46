/**
 * The national standard deviation of pupils' Progress 8 scores, total and each element, that the DfE
 * puts into a school's 95% confidence interval: school score ± 1.96 × national SD / √(pupils in the
 * measure). Open Government Licence v3.0; numbers only, as published.
 *
 * Source: the DfE's own KS4 ready reckoner (github.com/dfe-analytical-services/KS4-ready-reckoners,
 * commit f5cecf1 of 19 October 2023, "Final changes for October publication"), data/p8_stdev_file.csv;
 * its server.R computes the interval exactly as above. The same commit's data/p8_att8_splits.csv holds
 * the very estimates in dfe2023Estimates.ts (36.31 at KS2 100, 45.47 at 105, 58.14 at 110), so these
 * deviations belong to the same 2022/23 national data. The Secondary accountability measures guide
 * describes the method in its "Confidence intervals" section; its text was not to hand here, so the
 * ready reckoner is the reference for both the formula and the figures.
 */
import type { Progress8Measure } from './progress8';

export const DFE_2023_PROGRESS8_SD: Readonly<Record<Progress8Measure, number>> = {
  total: 1.412814,
  english: 1.635252,
  maths: 1.488701,
  ebacc: 1.633377,
  open: 1.621232,
};

/** The two-sided 95% point of the normal distribution, as the DfE uses it. */
export const DFE_CONFIDENCE_Z = 1.96;

/** The DfE's 95% interval for a school's (or a group's) mean score in one measure; null with no pupils. */
export function dfeProgress8Interval(mean: number, pupils: number, measure: Progress8Measure): { low: number; high: number } | null {
  if (pupils <= 0) return null;
  const margin = (DFE_CONFIDENCE_Z * DFE_2023_PROGRESS8_SD[measure]) / Math.sqrt(pupils);
  return { low: mean - margin, high: mean + margin };
}
