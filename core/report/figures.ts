/**
 * Running tallies for every group at once, in flat arrays indexed by group slot, and the figures a
 * report shows for each group: how many, the status counts and shares, the share on target and the
 * mean residual. Residuals stay in twelfths while adding, so sums are exact whole numbers.
 */
import { SMALL_GROUP } from '../gaps/ppGap';
import { PER_GRADE } from '../grades/twelfths';
import { STATUSES, type Status } from '../tracking/status';
import { SLOT_COUNT } from './groups';
import { sampleOf, type Sample } from './welch';
import { addAt } from './addAt';

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

const FIELDS = 9;
const [PUPILS, COMPARED, ABOVE, ON, BELOW, WELL_BELOW, UNITS, SUM, SUM_SQUARES] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
const STATUS_FIELD: Readonly<Record<Status, number>> = { Above: ABOVE, On: ON, Below: BELOW, 'Well below': WELL_BELOW };

/** Tallies for all group slots of one column, one collection or one subject group. */
export class Tally {
  private readonly totals = new Float64Array(SLOT_COUNT * FIELDS);

  /**
   * Adds one pupil to each of their slots: whether they have a grade, how many of their grades fell
   * in each status, and (when they have one) the residual that stands for them, in twelfths.
   */
  add(slots: readonly number[], graded: boolean, statusCounts: ArrayLike<number>, residual: number): void {
    const compared = statusCounts[0]! + statusCounts[1]! + statusCounts[2]! + statusCounts[3]!;
    const hasResidual = !Number.isNaN(residual);
    for (let i = 0; i < slots.length; i += 1) {
      const base = slots[i]! * FIELDS;
      const totals = this.totals;
      if (graded) addAt(totals, base + PUPILS, 1);
      if (compared > 0) {
        addAt(totals, base + COMPARED, compared);
        addAt(totals, base + ABOVE, statusCounts[0]!);
        addAt(totals, base + ON, statusCounts[1]!);
        addAt(totals, base + BELOW, statusCounts[2]!);
        addAt(totals, base + WELL_BELOW, statusCounts[3]!);
      }
      if (hasResidual) {
        addAt(totals, base + UNITS, 1);
        addAt(totals, base + SUM, residual);
        addAt(totals, base + SUM_SQUARES, residual * residual);
      }
    }
  }

  figures(slot: number): Figures {
    const at = (field: number) => this.totals[slot * FIELDS + field]!;
    const compared = at(COMPARED);
    const counts = Object.fromEntries(STATUSES.map((status) => [status, at(STATUS_FIELD[status])])) as Record<Status, number>;
    const shares =
      compared > 0 ? (Object.fromEntries(STATUSES.map((status) => [status, counts[status] / compared])) as Record<Status, number>) : null;
    const units = at(UNITS);
    return {
      pupils: at(PUPILS),
      compared,
      counts,
      shares,
      onTarget: shares ? (counts.Above + counts.On) / compared : null,
      meanResidual: units > 0 ? at(SUM) / units / PER_GRADE : null,
      // A figure rests on the pupils with a residual; without targets, on the pupils with a grade.
      small: (units > 0 ? units : at(PUPILS)) < SMALL_GROUP,
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
