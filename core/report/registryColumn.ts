/** A column of numbers from a registry call (ATTAINMENT8, PROGRESS8), one per pupil, for the report's sums. */
import { isCellError } from '../errors';

/**
 * Blank cells and per-pupil errors become NaN; the errors are counted in one warning that quotes the first
 * message (the core's messages name a subject or a value, never a pupil). A whole-call error is one warning.
 */
export function numbersFrom(result: unknown, length: number, what: string, warnings: string[]): Float64Array {
  const values = new Float64Array(length).fill(NaN);
  if (!Array.isArray(result)) {
    if (isCellError(result)) warnings.push(`Projected ${what} could not be worked out: ${result.message}`);
    return values;
  }
  let errors = 0;
  let first = '';
  result.forEach((row: unknown[], i) => {
    const value = row[0];
    if (typeof value === 'number') values[i] = value;
    else if (isCellError(value)) {
      errors += 1;
      first ||= value.message;
    }
  });
  if (errors > 0) warnings.push(`${errors} ${errors === 1 ? 'pupil has' : 'pupils have'} no projected ${what} (first: ${first}).`);
  return values;
}
