import { CellError, quote, whyImplausible } from '../errors';
import type { GradeScale } from '../grades/gradeScale';
import { fromTwelfths } from '../grades/twelfths';
import { isOnOrAbove, readStatus } from '../tracking/status';
import { isBlankText, isImplausibleNumber, readNumberCell, type Grid } from '../values';

export type Measure = { kind: 'auto' } | { kind: 'on_target' } | { kind: 'mean' } | { kind: 'at_least'; threshold: number };

export const MEASURE_HINT = "use auto, on_target, mean, or >= and a grade such as '>=4'";

export function readMeasure(value: unknown, grades: GradeScale): Measure | CellError {
  const text =
    typeof value === 'string'
      ? value
          .trim()
          .toLowerCase()
          .replace(/[\s-]+/g, '_')
      : '';
  if (text === 'auto' || text === 'on_target' || text === 'mean') return { kind: text };
  const threshold = /^>=_?(.+)$/.exec(text);
  if (threshold) {
    const grade = grades.read(threshold[1]!.replace(/_/g, ''));
    if (typeof grade === 'number') return { kind: 'at_least', threshold: grade };
  }
  return new CellError('#VALUE!', `${quote(value)} is not a measure: ${MEASURE_HINT}.`);
}

/** Turns each non-blank value into a number to average (a grade, a residual, or 1/0 for on target); null skips it. */
export type Scorer = (value: unknown) => number | null;

/** What every non-blank value in a range could be read as, and the first that could not, per reading. */
interface Survey {
  firstNonStatus?: { row: number; value: unknown };
  firstNonGrade?: { row: number; value: unknown };
  firstNonNumber?: { row: number; value: unknown };
  first?: { row: number; value: unknown };
  firstError?: { row: number; value: unknown };
  /** A number too far from zero to average: summed, it could reach Infinity and make the gap NaN. */
  firstImplausible?: { row: number; value: unknown };
  present: number;
}

function survey(values: Grid, grades: GradeScale): Survey {
  const result: Survey = { present: 0 };
  for (let row = 0; row < values.length; row += 1) {
    for (const value of values[row]!) {
      if (isBlankText(value)) continue;
      result.present += 1;
      result.first ??= { row: row + 1, value };
      if (!result.firstError && value instanceof CellError) result.firstError = { row: row + 1, value };
      if (!result.firstImplausible && isImplausibleNumber(value)) result.firstImplausible = { row: row + 1, value };
      if (!result.firstNonStatus && readStatus(value) === undefined) result.firstNonStatus = { row: row + 1, value };
      if (!result.firstNonGrade && grades.read(value) instanceof CellError) result.firstNonGrade = { row: row + 1, value };
      if (!result.firstNonNumber && readNumberCell(value) === undefined) result.firstNonNumber = { row: row + 1, value };
    }
  }
  return result;
}

/**
 * Chooses how to score a set of values. Statuses score 1 when On or Above. A range of plain
 * numbers (residuals, A8, grades typed as numbers) is averaged as it is, so a residual of 0
 * counts. A range with grade text (5+, U, B) is read as grades, where 0 is blank, since
 * older Excel builds send empty cells as 0.
 */
export function chooseScorer(values: Grid, measure: Measure, grades: GradeScale): Scorer | CellError {
  const found = survey(values, grades);
  // An error already in the values is the thing to fix, whatever else the range holds.
  if (found.firstError) return explain(found.firstError, 'is an error');
  // Then a number no tracker could hold, whatever the measure: it is a slip to correct, not a value to read.
  if (found.firstImplausible) {
    const { row, value } = found.firstImplausible;
    return new CellError('#VALUE!', `Row ${row} of the values has ${quote(value)}, which ${whyImplausible(value)}: check the cell.`);
  }
  const asStatus: Scorer = (value) => {
    const status = readStatus(value);
    return status === undefined ? null : isOnOrAbove(status) ? 1 : 0;
  };
  const asGrade: Scorer = (value) => {
    const grade = grades.read(value);
    return typeof grade === 'number' ? fromTwelfths(grade) : null;
  };
  switch (measure.kind) {
    case 'on_target':
      return found.firstNonStatus ? explain(found.firstNonStatus, 'is not a status (Above, On, Below, Well below)') : asStatus;
    case 'at_least':
      if (found.firstNonGrade) return explain(found.firstNonGrade, 'is not a grade');
      return (value) => {
        const grade = grades.read(value);
        return typeof grade === 'number' ? (grade >= measure.threshold ? 1 : 0) : null;
      };
    default:
      if (measure.kind === 'auto' && !found.firstNonStatus && found.present > 0) return asStatus;
      if (!found.firstNonNumber) return (value) => (isBlankText(value) ? null : readNumberCell(value)!);
      if (!found.firstNonGrade) return asGrade;
      // Blame the value that breaks the pattern the range starts with.
      if (measure.kind === 'auto' && readStatus(found.first!.value) !== undefined) {
        return explain(found.firstNonStatus!, 'is not a status (Above, On, Below, Well below)');
      }
      return explain(found.firstNonGrade!, 'is not a grade or a number');
  }
}

function explain({ row, value }: { row: number; value: unknown }, problem: string): CellError {
  if (value instanceof CellError)
    return new CellError('#VALUE!', `Row ${row} of the values holds an error (${value.message}): fix that cell first.`);
  return new CellError('#VALUE!', `Row ${row} of the values has ${quote(value)}, which ${problem}: check it, or choose another measure.`);
}
