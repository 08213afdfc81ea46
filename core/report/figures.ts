/**
 * Running tallies for every group at once, in flat arrays indexed by group slot, and the figures a
 * report shows for each group: how many, the status counts and shares, the share on target and the
 * mean residual. Residuals stay in twelfths while adding, so sums are exact whole numbers.
 */
import { SMALL_GROUP } from '../gaps/ppGap';
import { PER_GRADE } from '../grades/twelfths';
import type { Status } from '../tracking/status';
import { SLOT_COUNT } from './groups';
import { sampleOf, type Sample } from './welch';

export interface Figures {
  /** Pupils with at least one grade. */
  pupils: number;
  /** Grades compared with a target: the base of the status shares. One per pupil for a single column. */
  compared: number;
  counts: Record<Status, number>;
  /** null when nothing was compared. */
  shares: Record<Status, number> | null;
  /** The share On or Above. */
  onTarget: number | null;
  /** In grades; for a whole collection, the mean of each pupil's mean residual, so every pupil counts once. */
  meanResidual: number | null;
  /** Fewer than 10 pupils behind the figure: shown with a caution, never hidden. */
  small: boolean;
}

// The four status fields follow each other in STATUS_INDEX order, so a status index finds its field from ABOVE.
const FIELDS = 9;
const [PUPILS, COMPARED, ABOVE, ON, BELOW, WELL_BELOW, UNITS, SUM, SUM_SQUARES] = [0, 1, 2, 3, 4, 5, 6, 7, 8];

/** Tallies for all group slots of one column, one collection or one subject group. */
export class Tally {
  private readonly totals = new Float64Array(SLOT_COUNT * FIELDS);

  /**
   * Adds one pupil's grade in one column to each of their slots: `status` is its STATUS_INDEX (-1 for
   * none) and `residual` is in twelfths (NaN for none). The one-column case of `add`, without a counts array.
   */
  addGrade(slots: readonly number[], graded: boolean, status: number, residual: number): void {
    const totals = this.totals;
    const hasResidual = !Number.isNaN(residual);
    const squared = residual * residual;
    for (let i = 0; i < slots.length; i += 1) {
      const base = slots[i]! * FIELDS;
      if (graded) totals[base + PUPILS]! += 1;
      if (status >= 0) {
        totals[base + COMPARED]! += 1;
        totals[base + ABOVE + status]! += 1;
      }
      if (hasResidual) {
        totals[base + UNITS]! += 1;
        totals[base + SUM]! += residual;
        totals[base + SUM_SQUARES]! += squared;
      }
    }
  }

  /**
   * Adds one pupil to each of their slots: whether they have a grade, how many of their grades fell
   * in each status, and (when they have one) the residual that stands for them, in twelfths.
   */
  add(slots: readonly number[], graded: boolean, statusCounts: ArrayLike<number>, residual: number): void {
    const totals = this.totals;
    const [above, on, below, wellBelow] = [statusCounts[0]!, statusCounts[1]!, statusCounts[2]!, statusCounts[3]!];
    const compared = above + on + below + wellBelow;
    const hasResidual = !Number.isNaN(residual);
    const squared = residual * residual;
    for (let i = 0; i < slots.length; i += 1) {
      const base = slots[i]! * FIELDS;
      if (graded) totals[base + PUPILS]! += 1;
      if (compared > 0) {
        totals[base + COMPARED]! += compared;
        totals[base + ABOVE]! += above;
        totals[base + ON]! += on;
        totals[base + BELOW]! += below;
        totals[base + WELL_BELOW]! += wellBelow;
      }
      if (hasResidual) {
        totals[base + UNITS]! += 1;
        totals[base + SUM]! += residual;
        totals[base + SUM_SQUARES]! += squared;
      }
    }
  }

  figures(slot: number): Figures {
    const base = slot * FIELDS;
    const totals = this.totals;
    const compared = totals[base + COMPARED]!;
    const pupils = totals[base + PUPILS]!;
    const units = totals[base + UNITS]!;
    // Written out in STATUSES order, as a report lists them.
    const counts: Record<Status, number> = {
      Above: totals[base + ABOVE]!,
      On: totals[base + ON]!,
      Below: totals[base + BELOW]!,
      'Well below': totals[base + WELL_BELOW]!,
    };
    const shares: Record<Status, number> | null =
      compared > 0
        ? {
            Above: counts.Above / compared,
            On: counts.On / compared,
            Below: counts.Below / compared,
            'Well below': counts['Well below'] / compared,
          }
        : null;
    return {
      pupils,
      compared,
      counts,
      shares,
      onTarget: shares ? (counts.Above + counts.On) / compared : null,
      meanResidual: units > 0 ? totals[base + SUM]! / units / PER_GRADE : null,
      // A figure rests on the pupils with a residual; without targets, on the pupils with a grade.
      small: (units > 0 ? units : pupils) < SMALL_GROUP,
    };
  }

  /** The residuals of a slot as a sample in grades, for Welch's interval. */
  residualSample(slot: number): Sample {
    const base = slot * FIELDS;
    const sample = sampleOf(this.totals[base + UNITS]!, this.totals[base + SUM]!, this.totals[base + SUM_SQUARES]!);
    return { n: sample.n, mean: sample.mean / PER_GRADE, variance: sample.variance / (PER_GRADE * PER_GRADE) };
  }
}

/** Index of a status in the four counts passed to `Tally.add`. */
export const STATUS_INDEX: Readonly<Record<Status, number>> = { Above: 0, On: 1, Below: 2, 'Well below': 3 };
