/** Two groups' means of one number per pupil (A8, P8, a change in residual), their difference and its 95% interval. */
import { SMALL_GROUP } from '../gaps/ppGap';
import { verdictFor, type GapVerdict } from './groupTable';
import { sampleOf, welchDifference, type Interval, type Sample } from './welch';

export interface GroupMean {
  label: string;
  pupils: number;
  mean: number | null;
}

export interface MeanComparison {
  focus: GroupMean;
  rest: GroupMean;
  /** rest minus focus: positive means the focus group is lower. */
  difference: number | null;
  interval: Interval | null;
  verdict: GapVerdict;
  small: boolean;
}

/** Running count, sum and sum of squares of one number per pupil. */
export class Summary {
  n = 0;
  sum = 0;
  sumOfSquares = 0;

  add(value: number): void {
    this.n += 1;
    this.sum += value;
    this.sumOfSquares += value * value;
  }

  get mean(): number | null {
    return this.n > 0 ? this.sum / this.n : null;
  }

  sample(): Sample {
    return sampleOf(this.n, this.sum, this.sumOfSquares);
  }
}

export function compareMeans(focusLabel: string, focus: Summary, restLabel: string, rest: Summary): MeanComparison {
  const difference = focus.mean === null || rest.mean === null ? null : rest.mean - focus.mean;
  const welch = welchDifference(rest.sample(), focus.sample());
  return {
    focus: { label: focusLabel, pupils: focus.n, mean: focus.mean },
    rest: { label: restLabel, pupils: rest.n, mean: rest.mean },
    difference,
    interval: welch?.interval ?? null,
    verdict: verdictFor(difference, welch?.interval ?? null),
    small: focus.n < SMALL_GROUP || rest.n < SMALL_GROUP,
  };
}
