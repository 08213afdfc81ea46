/**
 * One pupil's grades at one collection, every subject's column of it together: whether they have any
 * grade, how many were compared with a target and in which status, and the sums of the residuals and
 * targets (in twelfths). The collection tables, the classes and the combined groups all read pupils
 * this way. One reader is made per collection and read for each pupil in turn, so the loops over
 * thousands of pupils allocate nothing.
 */
import { STATUS_INDEX } from './figures';

/** What the reader needs of a Comparison (columns.ts), named here so the two files need not import each other. */
export interface ComparedColumn {
  column: { grades: Float64Array; targets: Float64Array };
  status: Int8Array;
  residual: Float64Array;
}

const { Above: ABOVE, On: ON, 'Well below': WELL_BELOW } = STATUS_INDEX;

export class PupilAtCollection {
  graded = false;
  /** Grades with a target. */
  compared = 0;
  /** Compared grades in each status, by STATUS_INDEX (Above, On, Below, Well below). */
  readonly statusCounts = new Float64Array(4);
  residualSum = 0;
  targetSum = 0;
  private readonly grades: Float64Array[];
  private readonly statuses: Int8Array[];
  private readonly residuals: Float64Array[];
  private readonly targets: Float64Array[];

  /** `columns`: the collection's comparisons, one per subject. */
  constructor(columns: readonly ComparedColumn[]) {
    this.grades = columns.map((comparison) => comparison.column.grades);
    this.statuses = columns.map((comparison) => comparison.status);
    this.residuals = columns.map((comparison) => comparison.residual);
    this.targets = columns.map((comparison) => comparison.column.targets);
  }

  /** Reads the pupil at `position` over the last one read. Locals, not fields, in the loop: it runs for every pupil-grade. */
  read(position: number): this {
    const { grades, statuses, residuals, targets, statusCounts } = this;
    statusCounts.fill(0);
    let graded = false;
    let compared = 0;
    let residualSum = 0;
    let targetSum = 0;
    for (let c = 0; c < statuses.length; c += 1) {
      if (!Number.isNaN(grades[c]![position]!)) graded = true;
      const status = statuses[c]![position]!;
      if (status < 0) continue;
      compared += 1;
      statusCounts[status]! += 1;
      residualSum += residuals[c]![position]!;
      targetSum += targets[c]![position]!;
    }
    this.graded = graded;
    this.compared = compared;
    this.residualSum = residualSum;
    this.targetSum = targetSum;
    return this;
  }

  /** Compared grades On or Above target. */
  get onTarget(): number {
    return this.statusCounts[ABOVE]! + this.statusCounts[ON]!;
  }

  get wellBelow(): boolean {
    return this.statusCounts[WELL_BELOW]! > 0;
  }

  /** The pupil's mean residual in twelfths, so each pupil counts once however many subjects they take; NaN with none. */
  get meanResidual(): number {
    return this.compared > 0 ? this.residualSum / this.compared : NaN;
  }
}
