import { CellError, quote, whyImplausible } from '../errors';
import type { GradeScale } from '../grades/gradeScale';
import { isBlankText, isImplausibleNumber, type Grid } from '../values';
import type { Band } from './targetGrade';

const isNumberLike = (value: unknown) => typeof value === 'number' || (typeof value === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(value));
const HIGHEST_GRADE = 9 + 1 / 3;

/**
 * A school's band table: two columns, KS2 lower bound and target grade, rows in any order.
 * A header row and blank rows are passed over; if the grades come first the columns are swapped.
 */
export function readBandTable(grid: Grid, grades: GradeScale): Band[] | CellError {
  if (grid.length === 0 || grid[0]!.length !== 2) {
    return new CellError('#VALUE!', 'table must be two columns: the KS2 lower bound of each band and its target grade.');
  }
  const rows = grid.filter((row) => !(isBlankText(row[0]) && isBlankText(row[1])));
  const body = rows.length > 0 && !isNumberLike(rows[0]![0]) && !isNumberLike(rows[0]![1]) ? rows.slice(1) : rows;
  const gradesFirst =
    body.some((row) => Number(row[1]) > HIGHEST_GRADE) && body.every((row) => Number(row[0]) <= HIGHEST_GRADE || !isNumberLike(row[0]));
  const bands: Band[] = [];
  for (const row of body) {
    const [bound, grade] = gradesFirst ? [row[1], row[0]] : [row[0], row[1]];
    const line = grid.indexOf(row) + 1;
    if (!isNumberLike(bound))
      return new CellError('#VALUE!', `Row ${line} of table has ${quote(bound)} as a KS2 lower bound: use a number such as 100.`);
    // A 400-digit bound would be Infinity, and quoted back as "the lowest band in your table (Infinity)".
    if (isImplausibleNumber(bound))
      return new CellError(
        '#VALUE!',
        `Row ${line} of table has ${quote(bound)}, which ${whyImplausible(bound)}: use a KS2 lower bound such as 100.`,
      );
    const reading = grades.read(grade);
    if (typeof reading !== 'number') {
      return new CellError('#VALUE!', `Row ${line} of table has ${quote(grade)} as a target grade: use a grade such as 5.`);
    }
    bands.push({ lowerBound: Number(bound), grade: reading });
  }
  if (bands.length === 0) return new CellError('#VALUE!', 'table has no bands: add rows of KS2 lower bound and target grade.');
  return bands;
}
