/**
 * Statuses and residuals for every paired grade column, by the same rule as ON_TRACK and RESIDUAL
 * (core/tracking/status.ts), then tallied per column and per data collection.
 */
import { toleranceTwelfths } from '../grades/twelfths';
import { statusFor } from '../tracking/status';
import type { Cohort, GradeColumn } from './cohort';
import { STATUS_INDEX, Tally } from './figures';
import type { FamilyDefinition } from './groups';
import { groupTable, type GroupTable } from './groupTable';
import { PupilAtCollection } from './pupilAtCollection';

/** Per pupil: status index (0 Above .. 3 Well below, -1 none) and residual in twelfths (NaN none). */
export interface Comparison {
  column: GradeColumn;
  status: Int8Array;
  residual: Float64Array;
}

/** `step`: the scale's step in twelfths, how far under target Below reaches (a grade on the built-in scale). */
export function compareColumn(column: GradeColumn, tolerance: number, step: number): Comparison {
  const count = column.grades.length;
  const status = new Int8Array(count).fill(-1);
  const residual = new Float64Array(count).fill(NaN);
  const twelfths = toleranceTwelfths(tolerance);
  for (let p = 0; p < count; p += 1) {
    const diff = column.grades[p]! - column.targets[p]!;
    // NaN (no grade or no target) gives no status, as ON_TRACK gives a blank.
    if (Number.isNaN(diff)) continue;
    status[p] = STATUS_INDEX[statusFor(diff, twelfths, step)];
    residual[p] = diff;
  }
  return { column, status, residual };
}

export interface ColumnReport {
  letter: string;
  label: string;
  subject: string | null;
  collection: string;
  /** The target column's letter, or null for a grade column with no target. */
  targetLetter: string | null;
  groups: GroupTable;
}

export interface CollectionReport {
  collection: string;
  /** How many subject columns were pooled. */
  columns: number;
  groups: GroupTable;
}

export function tallyColumn(comparison: Comparison, cohort: Cohort): Tally {
  const tally = new Tally();
  const { status, residual, column } = comparison;
  const grades = column.grades;
  for (const pupil of cohort.pupils) {
    const p = pupil.position;
    tally.addGrade(pupil.slots, !Number.isNaN(grades[p]!), status[p]!, residual[p]!);
  }
  return tally;
}

/**
 * A collection across subjects: statuses count every grade (as PP_GAP pools them), while each pupil's
 * residual is their mean over the subjects they were graded in, so pupils, not grades, are the units
 * of the mean and its confidence interval (a pupil's subjects are not independent of each other).
 */
export function tallyCollection(comparisons: readonly Comparison[], cohort: Cohort): Tally {
  const tally = new Tally();
  const pupilAt = new PupilAtCollection(comparisons);
  for (const pupil of cohort.pupils) {
    const { graded, statusCounts, meanResidual } = pupilAt.read(pupil.position);
    tally.add(pupil.slots, graded, statusCounts, meanResidual);
  }
  return tally;
}

export function columnReport(comparison: Comparison, cohort: Cohort, families: readonly FamilyDefinition[]): ColumnReport {
  const { column } = comparison;
  return {
    letter: column.letter,
    label: column.label,
    subject: column.subject,
    collection: column.collection,
    targetLetter: column.target?.letter ?? null,
    groups: groupTable(tallyColumn(comparison, cohort), families),
  };
}

export function collectionReport(
  collection: string,
  comparisons: readonly Comparison[],
  cohort: Cohort,
  families: readonly FamilyDefinition[],
): CollectionReport {
  const inCollection = comparisons.filter((comparison) => comparison.column.collection === collection);
  return { collection, columns: inCollection.length, groups: groupTable(tallyCollection(inCollection, cohort), families) };
}
