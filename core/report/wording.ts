/**
 * Sentences a governor can read. Gaps are "rest minus focus group", so a positive gap means the
 * focus group (PP pupils, boys...) is behind; shares are spoken of in whole percentage points and
 * residuals in grades to 2 decimals. Words follow the rounded numbers, so a sentence never says
 * "narrowed" between two figures it prints as equal.
 */
import { SMALL_GROUP } from '../gaps/ppGap';
import type { GapFigures, GapVerdict } from './groupTable';
import type { Interval } from './welch';

/** Nudges float noise (0.145 stored as 0.14499999...) before rounding halves away from zero. */
const roundHalfAway = (value: number, decimals: number): number => {
  const scale = 10 ** decimals;
  const scaled = Math.round(Math.abs(value) * scale * 1e9) / 1e9;
  const rounded = Math.floor(scaled + 0.5) / scale;
  return rounded === 0 ? 0 : Math.sign(value) * rounded;
};

/** A share difference as whole percentage points: 0.0067 -> 1, -0.125 -> -13. */
export const toPoints = (share: number): number => roundHalfAway(share * 100, 0);

/** A share as a whole percentage, e.g. "63%". */
export const percent = (share: number): string => `${roundHalfAway(share * 100, 0)}%`;

/** A number of grades to 2 decimals, never "-0.00". */
export const twoDecimals = (value: number): string => roundHalfAway(value, 2).toFixed(2);

/** How a gap is measured and spoken of. */
export interface GapMeasure {
  /** "on target" or "in mean residual" */
  words: string;
  round: (gap: number) => number;
  format: (rounded: number) => string;
  unit: (rounded: number) => string;
}

export const ON_TARGET_MEASURE: GapMeasure = {
  words: 'on target',
  round: toPoints,
  format: (rounded) => String(rounded),
  unit: (rounded) => (rounded === 1 ? 'point' : 'points'),
};

export const RESIDUAL_MEASURE: GapMeasure = {
  words: 'in mean residual',
  round: (gap) => roundHalfAway(gap, 2),
  format: (rounded) => rounded.toFixed(2),
  unit: () => 'grades',
};

export interface GapPoint {
  collection: string;
  gap: number;
}

export interface GapNames {
  /** "PP gap" */
  gap: string;
  /** "PP pupils" */
  focusPupils: string;
  /** "the rest", or "girls" */
  restPupils: string;
}

const standing = (names: GapNames, measure: GapMeasure, rounded: number): string =>
  rounded === 0
    ? `level with ${names.restPupils}`
    : `${measure.format(Math.abs(rounded))} ${measure.unit(Math.abs(rounded))} ${rounded > 0 ? 'behind' : 'ahead'}`;

/**
 * "PP gap on target narrowed from 13 to 1 points between RP1 and RP3". When the focus group is
 * ahead at either end the gap has no plain size, so the sentence says where the group stood instead.
 */
export function describeGapChange(names: GapNames, measure: GapMeasure, from: GapPoint, to: GapPoint): string {
  const a = measure.round(from.gap);
  const b = measure.round(to.gap);
  const between = `between ${from.collection} and ${to.collection}`;
  if (a >= 0 && b >= 0) {
    if (a === b) return `${names.gap} ${measure.words} was unchanged at ${measure.format(a)} ${measure.unit(a)} ${between}`;
    // The unit belongs to the range, as in "from 13 to 1 points".
    return (
      `${names.gap} ${measure.words} ${b < a ? 'narrowed' : 'widened'} from ` +
      `${measure.format(a)} to ${measure.format(b)} ${measure.unit(Math.max(a, b))} ${between}`
    );
  }
  if (a === b) return `${names.focusPupils} stayed ${standing(names, measure, a)} ${measure.words} ${between}`;
  return `${names.focusPupils} went from ${standing(names, measure, a)} to ${standing(names, measure, b)} ${measure.words} ${between}`;
}

/** The gap at a single collection, when there is nothing earlier to compare it with. */
export function describeGapAt(names: GapNames, measure: GapMeasure, point: GapPoint): string {
  const rounded = measure.round(point.gap);
  if (rounded < 0) return `${names.focusPupils} are ${standing(names, measure, rounded)} ${measure.words} at ${point.collection}`;
  return `${names.gap} ${measure.words} is ${measure.format(rounded)} ${measure.unit(rounded)} at ${point.collection}`;
}

/** How a difference in means is spoken of: whose, of what, where, and in which unit. */
export interface MeanGapWords {
  /** "PP pupils" */
  focusPupils: string;
  /** "the rest", or "girls" */
  restPupils: string;
  /** "mean residual", "projected Attainment 8" */
  what: string;
  /** "at RP3" */
  where: string;
  /** "grades", "points", or '' for a score such as Progress 8 */
  unit: string;
  decimals: number;
}

/**
 * "PP pupils are behind the rest by 0.40 grades in mean residual at RP3 (95% CI 0.15 to 0.65)".
 * An interval that includes 0 reads "no clear difference"; a group under 2 pupils gets no interval.
 */
export function describeMeanGap(
  words: MeanGapWords,
  gap: { difference: number | null; interval: Interval | null; verdict: GapVerdict },
): string {
  const number = (value: number) => roundHalfAway(value, words.decimals).toFixed(words.decimals);
  const unit = words.unit ? ` ${words.unit}` : '';
  const interval = gap.interval ? ` (95% CI ${number(gap.interval.low)} to ${number(gap.interval.high)})` : '';
  const where = words.where ? ` ${words.where}` : '';
  switch (gap.verdict) {
    case 'behind':
    case 'ahead':
      return (
        `${words.focusPupils} are ${gap.verdict === 'behind' ? 'behind' : 'ahead of'} ${words.restPupils} ` +
        `by ${number(Math.abs(gap.difference!))}${unit} in ${words.what}${where}${interval}`
      );
    case 'no clear difference':
      return (
        `No clear difference in ${words.what} between ${lower(words.focusPupils)} and ${words.restPupils}${where}: ` +
        `${number(gap.difference!)}${unit}${interval}`
      );
    case 'too few pupils':
      return `Too few pupils to judge the difference in ${words.what}${where}: each group needs at least 2 pupils`;
    default:
      return `No difference in ${words.what} can be measured${where}: a group has no pupils with a value`;
  }
}

/** The residual gap at one collection, with its interval. */
export const describeResidualGap = (gap: GapFigures, collection: string): string =>
  describeMeanGap(
    {
      focusPupils: gap.focusPupils,
      restPupils: gap.restPupils,
      what: 'mean residual',
      where: `at ${collection}`,
      unit: 'grades',
      decimals: 2,
    },
    { difference: gap.meanResidual, interval: gap.interval, verdict: gap.verdict },
  );

/** "Fewer than 10 PP pupils at RP1: read with caution." */
export function smallGroupCaution(gap: GapFigures, collection: string): string | null {
  if (!gap.small) return null;
  const sides = [gap.focus, gap.rest].filter((side) => side.figures.small).map((side) => side.label);
  return (
    `Fewer than ${SMALL_GROUP} pupils in ${sides.length === 2 ? 'both groups' : `the ${sides[0]} group`} at ${collection}: ` +
    'read with caution.'
  );
}

const lower = (text: string): string => (/^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);
