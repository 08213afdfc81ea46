/** The words of the report: rounding, narrowed / widened / unchanged, gaps that reverse, and the interval verdicts. */
import { describe, expect, it } from 'vitest';
import { verdictFor } from '../../../core/report/groupTable';
import {
  describeGapAt,
  describeGapChange,
  describeMeanGap,
  ON_TARGET_MEASURE,
  percent,
  RESIDUAL_MEASURE,
  toPoints,
  twoDecimals,
} from '../../../core/report/wording';

const PP = { gap: 'PP gap', focusPupils: 'PP pupils', restPupils: 'the rest' };
const onTarget = (from: number, to: number) =>
  describeGapChange(PP, ON_TARGET_MEASURE, { collection: 'RP1', gap: from }, { collection: 'RP3', gap: to });

describe('rounding', () => {
  it('speaks of shares in whole percentage points, halves away from zero', () => {
    expect(toPoints(0.13)).toBe(13);
    expect(toPoints(0.0067)).toBe(1);
    expect(toPoints(0.125)).toBe(13);
    expect(toPoints(-0.125)).toBe(-13);
    expect(toPoints(0.145)).toBe(15); // 0.145 * 100 is 14.499999999999998 in floating point
    expect(toPoints(-0.004)).toBe(0);
    expect(Object.is(toPoints(-0.004), -0)).toBe(false);
    expect(percent(19 / 30)).toBe('63%');
  });

  it('shows grades to 2 decimals, never as -0.00', () => {
    expect(twoDecimals(0.125)).toBe('0.13');
    expect(twoDecimals(-0.001)).toBe('0.00');
    expect(twoDecimals(-1.005)).toBe('-1.01');
  });
});

describe('a gap changing between collections', () => {
  it('narrowed and widened compare the rounded sizes', () => {
    expect(onTarget(0.13, 0.0067)).toBe('PP gap on target narrowed from 13 to 1 points between RP1 and RP3');
    expect(onTarget(0.05, 0.12)).toBe('PP gap on target widened from 5 to 12 points between RP1 and RP3');
    expect(onTarget(0.03, 0.001)).toBe('PP gap on target narrowed from 3 to 0 points between RP1 and RP3');
    expect(onTarget(0, 0.01)).toBe('PP gap on target widened from 0 to 1 point between RP1 and RP3');
  });

  it('is unchanged when both round to the same points, even if the raw figures differ', () => {
    expect(onTarget(0.131, 0.129)).toBe('PP gap on target was unchanged at 13 points between RP1 and RP3');
    expect(onTarget(0.01, 0.01)).toBe('PP gap on target was unchanged at 1 point between RP1 and RP3');
  });

  it('says where the group stood when it was ahead at either end', () => {
    expect(onTarget(0.05, -0.03)).toBe('PP pupils went from 5 points behind to 3 points ahead on target between RP1 and RP3');
    expect(onTarget(-0.02, 0.04)).toBe('PP pupils went from 2 points ahead to 4 points behind on target between RP1 and RP3');
    expect(onTarget(-0.02, -0.06)).toBe('PP pupils went from 2 points ahead to 6 points ahead on target between RP1 and RP3');
    expect(onTarget(-0.06, 0)).toBe('PP pupils went from 6 points ahead to level with the rest on target between RP1 and RP3');
    expect(onTarget(-0.03, -0.03)).toBe('PP pupils stayed 3 points ahead on target between RP1 and RP3');
  });

  it('uses the names of the groups compared', () => {
    const gender = { gap: 'Gender gap (girls minus boys)', focusPupils: 'Boys', restPupils: 'girls' };
    expect(describeGapChange(gender, ON_TARGET_MEASURE, { collection: 'AP1', gap: -0.1 }, { collection: 'AP2', gap: 0 })).toBe(
      'Boys went from 10 points ahead to level with girls on target between AP1 and AP2',
    );
  });

  it('speaks of residual gaps in grades to 2 decimals', () => {
    expect(describeGapChange(PP, RESIDUAL_MEASURE, { collection: 'RP1', gap: 0.618 }, { collection: 'RP3', gap: 0.181 })).toBe(
      'PP gap in mean residual narrowed from 0.62 to 0.18 grades between RP1 and RP3',
    );
  });

  it('describes a single collection on its own', () => {
    expect(describeGapAt(PP, ON_TARGET_MEASURE, { collection: 'RP2', gap: 0.08 })).toBe('PP gap on target is 8 points at RP2');
    expect(describeGapAt(PP, ON_TARGET_MEASURE, { collection: 'RP2', gap: -0.08 })).toBe('PP pupils are 8 points ahead on target at RP2');
  });
});

describe('a difference in means with its interval', () => {
  const words = { focusPupils: 'PP pupils', restPupils: 'the rest', what: 'mean residual', where: 'at RP3', unit: 'grades', decimals: 2 };

  it('reads "behind" or "ahead" only when the interval excludes 0', () => {
    const behind = { difference: 0.4, interval: { low: 0.15, high: 0.65, df: 40 } };
    expect(describeMeanGap(words, { ...behind, verdict: verdictFor(0.4, behind.interval) })).toBe(
      'PP pupils are behind the rest by 0.40 grades in mean residual at RP3 (95% CI 0.15 to 0.65)',
    );
    const ahead = { difference: -0.3, interval: { low: -0.5, high: -0.1, df: 40 } };
    expect(describeMeanGap(words, { ...ahead, verdict: verdictFor(-0.3, ahead.interval) })).toBe(
      'PP pupils are ahead of the rest by 0.30 grades in mean residual at RP3 (95% CI -0.50 to -0.10)',
    );
  });

  it('reads "no clear difference" when the interval spans 0, including an end exactly at 0', () => {
    const spans = { difference: 0.1, interval: { low: -0.12, high: 0.32, df: 20 } };
    expect(describeMeanGap(words, { ...spans, verdict: verdictFor(0.1, spans.interval) })).toBe(
      'No clear difference in mean residual between PP pupils and the rest at RP3: 0.10 grades (95% CI -0.12 to 0.32)',
    );
    expect(verdictFor(0.2, { low: 0, high: 0.4, df: 9 })).toBe('no clear difference');
  });

  it('says when there are too few pupils, or nothing to compare', () => {
    expect(describeMeanGap(words, { difference: 0.5, interval: null, verdict: verdictFor(0.5, null) })).toBe(
      'Too few pupils to judge the difference in mean residual at RP3: each group needs at least 2 pupils',
    );
    expect(verdictFor(null, null)).toBe('no data');
    expect(describeMeanGap(words, { difference: null, interval: null, verdict: 'no data' })).toMatch(
      /^No difference in mean residual can be measured at RP3/,
    );
  });
});
