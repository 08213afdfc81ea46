/**
 * Translates the core's answers into what a Sheets custom function may return.
 * Sheets has no per-cell error value that a script can put in a spilled array, so:
 * - a whole answer that is a CellError is thrown as "<code> <message>": Sheets shows #ERROR! with
 *   that text on hover, so the code (#VALUE! or #N/A) is not lost;
 * - a CellError inside an array becomes the text "#VALUE! <message>" (or "#N/A <message>"),
 *   which reads like Sheets' own errors and keeps the code and the message for the teacher.
 * Blanks are already "" in the core, which Sheets shows as an empty cell.
 */
import { isCellError, type CellError } from '../../core/errors';
import type { SpreadsheetFunction } from '../../core/registry/registry';
import type { CellOutput, Result } from '../../core/values';

export type SheetsCell = number | string | boolean;
export type SheetsResult = SheetsCell | SheetsCell[][];

export const errorText = (error: CellError): string => `${error.code} ${error.message}`;

const toSheetsCell = (value: CellOutput): SheetsCell => (isCellError(value) ? errorText(value) : value);

export function toSheetsResult(result: Result): SheetsResult {
  if (isCellError(result)) throw new Error(errorText(result));
  return Array.isArray(result) ? result.map((row) => row.map(toSheetsCell)) : result;
}

/**
 * A core function as Sheets calls it. Arguments go through untouched: Sheets already passes
 * 2-D arrays for ranges, scalars for single cells, "" for empty cells, undefined for omitted
 * arguments, and Date objects and booleans as they are, all of which the core reads.
 */
export const forSheets =
  (coreFunction: SpreadsheetFunction) =>
  (...args: unknown[]): SheetsResult =>
    toSheetsResult(coreFunction(...args));
