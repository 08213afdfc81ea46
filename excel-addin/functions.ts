/// <reference types="custom-functions-runtime" />
/**
 * Excel's custom functions: every registry function, associated under its registry name.
 * This file only translates; every answer comes from the core.
 *   - Arguments go through untouched: the core already reads null (omitted optionals, empty
 *     cells on the web) and 0 (empty cells on some desktop builds) as blank.
 *   - A CellError becomes a CustomFunctions.Error with the same message, inside ranges too;
 *     a whole-call error is thrown, which is how Excel expects a single error to be returned.
 */
// From the modules themselves, not the core's index, whose other exports (the traffic-light rules
// and their schemas) would load with the functions.
import { isCellError } from '../core/errors';
import { functions } from '../core/functions';
import type { SpreadsheetFunction } from '../core/registry/registry';
import type { CellOutput } from '../core/values';
import { returnsGrid } from './excelSpelling';

const EXCEL_ERROR_CODES = {
  '#VALUE!': 'invalidValue',
  '#N/A': 'notAvailable',
} as const;

function toExcelCell(value: CellOutput | null | undefined): unknown {
  if (isCellError(value)) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode[EXCEL_ERROR_CODES[value.code]], value.message);
  }
  // The core's blank is already ""; anything missing is sent as "" too, so it shows as an empty cell.
  return value ?? '';
}

export function excelFunction(fn: SpreadsheetFunction): (...args: unknown[]) => unknown {
  const arity = fn.parameters.length;
  const spills = returnsGrid(fn);
  return (...args) => {
    // Only the declared arguments: Excel appends nothing else, and the core rejects extras.
    const result = fn(...args.slice(0, arity));
    if (isCellError(result)) throw toExcelCell(result);
    if (Array.isArray(result)) return result.map((row) => row.map(toExcelCell));
    // functions.json declares a matrix result for these, so one answer goes back as a 1x1 range.
    return spills ? [[toExcelCell(result)]] : toExcelCell(result);
  };
}

// One association per registry function: the ids are the names functions.json was built from.
for (const [id, fn] of Object.entries(functions)) {
  CustomFunctions.associate(id, excelFunction(fn));
}
