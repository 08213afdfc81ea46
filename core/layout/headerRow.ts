/** Which of the top rows holds the headings: trackers put titles, dates and blank rows above them. */
import { classifyHeader, type HeaderReading } from './classify';
import { ROWS_READ } from './rowsRead';
import { headerText } from './tokens';

export { ROWS_READ };

export interface HeaderRowChoice {
  /** Position in the rows read. */
  row: number;
  readings: HeaderReading[];
  /** How many cells read as headings. */
  recognised: number;
}

/** The cells of the top rows as arrays, whatever a host (or a test) passed. */
export function asRows(topRows: unknown): unknown[][] {
  if (!Array.isArray(topRows)) return [];
  return topRows.slice(0, ROWS_READ).map((row) => (Array.isArray(row) ? row : []));
}

export const readRow = (row: readonly unknown[], width: number): HeaderReading[] =>
  Array.from({ length: width }, (_, column) => classifyHeader(headerText(row[column])));

/**
 * The row with the most cells that read as headings wins; on a tie the higher row, since pupils'
 * data sits below its headings. Null when no row holds a single heading.
 */
export function findHeaderRow(rows: readonly unknown[][], width: number): HeaderRowChoice | null {
  let best: HeaderRowChoice | null = null;
  rows.forEach((row, index) => {
    const readings = readRow(row, width);
    const recognised = readings.filter((reading) => reading.recognised).length;
    if (recognised > 0 && (best === null || recognised > best.recognised)) best = { row: index, readings, recognised };
  });
  return best;
}

/** The row the user chose in the panel, read the same way. */
export function chosenHeaderRow(rows: readonly unknown[][], row: number, width: number): HeaderRowChoice | null {
  if (row < 0 || row >= rows.length) return null;
  const readings = readRow(rows[row]!, width);
  return { row, readings, recognised: readings.filter((reading) => reading.recognised).length };
}

/** The first row below the headings with anything in it; a blank spacer row is skipped. */
export function findDataStart(rows: readonly unknown[][], headerRow: number): number {
  for (let row = headerRow + 1; row < rows.length; row += 1) {
    if (rows[row]!.some((cell) => headerText(cell) !== '' || typeof cell === 'boolean')) return row;
  }
  return headerRow + 1;
}
