import { CellError, quote, whyImplausible } from '../errors';
import type { GradeScale } from '../grades/gradeScale';
import { isBlankText, isImplausibleNumber, type Grid } from '../values';
import type { Band } from './targetGrade';

const isNumberLike = (value: unknown) => typeof value === 'number' || (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value));
const HIGHEST_GRADE = 9 + 1 / 3;

/**
 * A school's band table: two columns, lower bound and target grade, or three, lower bound, upper
 * bound and target grade; rows in any order. The bounds can be any baseline (KS2, CAT4 SAS, a
 * reading age, a test percentage). A header row and blank rows are passed over; in a two-column
 * table, if the grades come first the columns are swapped.
 */
export function readBandTable(grid: Grid, grades: GradeScale): Band[] | CellError {
  const width = grid.length === 0 ? 0 : grid[0]!.length;
  if (width !== 2 && width !== 3) {
    return new CellError(
      '#VALUE!',
      'table must be two columns (lower bound, target grade) or three (lower bound, upper bound, target grade).',
    );
  }
  const rows = grid.filter((row) => !row.every((cell) => isBlankText(cell)));
  const body = rows.length > 0 && !isNumberLike(rows[0]![0]) && !isNumberLike(rows[0]![width - 1]) ? rows.slice(1) : rows;
  const gradesFirst =
    width === 2 &&
    body.some((row) => Number(row[1]) > HIGHEST_GRADE) &&
    body.every((row) => Number(row[0]) <= HIGHEST_GRADE || !isNumberLike(row[0]));
  const bands: Band[] = [];
  for (const row of body) {
    const [bound, grade] = gradesFirst ? [row[1], row[0]] : [row[0], row[width - 1]];
    const line = grid.indexOf(row) + 1;
    const bounds = width === 3 ? [bound, row[1]] : [bound];
    for (const value of bounds) {
      if (!isNumberLike(value))
        return new CellError('#VALUE!', `Row ${line} of table has ${quote(value)} as a band bound: use a number such as 100.`);
      // A 400-digit bound would be Infinity, and quoted back as "your table, which covers Infinity or more".
      if (isImplausibleNumber(value))
        return new CellError(
          '#VALUE!',
          `Row ${line} of table has ${quote(value)}, which ${whyImplausible(value)}: use a band bound such as 100.`,
        );
    }
    const reading = grades.read(grade);
    if (typeof reading !== 'number') {
      return new CellError('#VALUE!', `Row ${line} of table has ${quote(grade)} as a target grade: use a grade such as 5.`);
    }
    if (width === 3 && Number(row[1]) < Number(bound)) {
      return new CellError(
        '#VALUE!',
        `Row ${line} of table has an upper bound below its lower bound: use two columns (lower bound, grade) ` +
          'or three (lower, upper, grade).',
      );
    }
    bands.push(
      width === 3
        ? { lowerBound: Number(bound), upperBound: Number(row[1]), grade: reading }
        : { lowerBound: Number(bound), grade: reading },
    );
  }
  if (bands.length === 0) return new CellError('#VALUE!', 'table has no bands: add rows of lower bound and target grade.');
  return bands;
}
