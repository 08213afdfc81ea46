import { CellError, quote } from '../errors';
import type { GradeScale } from '../grades/gradeScale';
import { fromTwelfths } from '../grades/twelfths';
import { isOnOrAbove, readStatus } from '../tracking/status';
import { isBlankText, type Grid } from '../values';

export type Measure = { kind: 'auto' } | { kind: 'on_target' } | { kind: 'mean' } | { kind: 'at_least'; threshold: number };

export const MEASURE_HINT = "use auto, on_target, mean, or >= and a grade such as '>=4'";

export function readMeasure(value: unknown, grades: GradeScale): Measure | CellError {
  const text = typeof value === 'string' ? value.trim().toLowerCase().replace(/[\s-]+/g, '_') : '';
  if (text === 'auto' || text === 'on_target' || text === 'mean') return { kind: text };
  const threshold = /^>=_?(.+)$/.exec(text);
  if (threshold) {
    const grade = grades.read(threshold[1]!.replace(/_/g, ''));
    if (typeof grade === 'number') return { kind: 'at_least', threshold: grade };
  }
  return new CellError('#VALUE!', `${quote(value)} is not a measure: ${MEASURE_HINT}.`);
}

/** Turns each non-blank value into a number to average (a grade, a residual, or 1/0 for on target). */
export type Scorer = (value: unknown) => number | null | undefined;

/**
 * Chooses how to score a set of values. Statuses score 1 when On or Above. Grades score
 * their value, and 0 counts as blank (older Excel sends empty cells as 0); in a column
 * with residuals or A8 totals, where negatives or values above 9 occur, 0 counts.
 */
export function chooseScorer(values: Grid, measure: Measure, grades: GradeScale): Scorer | CellError {
  const present = values.flatMap((row, index) => row.filter((value) => !isBlankText(value)).map((value) => ({ row: index + 1, value })));
  const isGrade = (value: unknown) => typeof grades.read(value) === 'number' || grades.read(value) === null;
  const allStatuses = present.every(({ value }) => readStatus(value) !== undefined);
  const allGrades = present.every(({ value }) => isGrade(value));
  const asStatus: Scorer = (value) => (isBlankText(value) ? null : isOnOrAbove(readStatus(value)!) ? 1 : 0);
  const asGrade: Scorer = (value) => {
    const grade = grades.read(value);
    return typeof grade === 'number' ? fromTwelfths(grade) : null;
  };
  switch (measure.kind) {
    case 'on_target':
      return allStatuses ? asStatus : explain(present, (value) => readStatus(value) === undefined, 'is not a status (Above, On, Below, Well below)');
    case 'at_least':
      if (!allGrades) return explain(present, (value) => !isGrade(value), 'is not a grade');
      return (value) => {
        const grade = grades.read(value);
        return typeof grade === 'number' ? (grade >= measure.threshold ? 1 : 0) : null;
      };
    default:
      if (measure.kind === 'auto' && allStatuses && present.length > 0) return asStatus;
      if (allGrades) return asGrade;
      if (present.every(({ value }) => readNumber(value) !== undefined)) return (value) => (isBlankText(value) ? null : readNumber(value)!);
      return explain(present, (value) => readNumber(value) === undefined && typeof grades.read(value) !== 'number', 'is not a grade or a number');
  }
}

function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*[+-]?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

function explain(present: ReadonlyArray<{ row: number; value: unknown }>, isBad: (value: unknown) => boolean, problem: string): CellError {
  const { row, value } = present.find((entry) => isBad(entry.value))!;
  if (value instanceof CellError) return new CellError('#VALUE!', `Row ${row} of the values holds an error (${value.message}): fix that cell first.`);
  return new CellError('#VALUE!', `Row ${row} of the values has ${quote(value)}, which ${problem}: check it, or choose another measure.`);
}

