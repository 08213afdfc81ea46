/**
 * Issue 3's parity proof: the same 500 generated calls through the built Excel bundle, the
 * built Sheets bundle and the core give identical answers, error codes and messages included.
 * Each host receives the arguments exactly as it passes them (Excel: null for empty cells and
 * omitted optionals, ranges always 2-D; Sheets: "" for empty cells, a lone cell as a scalar,
 * trailing omitted arguments left off), and each answer is read back the way that host shows it.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { functions, isCellError, type Result } from '../../core/index';
import { callAsExcel, ERROR_CODES, loadExcelFunctions, ShimError, type ExcelFunction } from '../excel-addin/excelBundle';
import { loadSheetsAddOn } from '../sheets-addon/sheetsBundle';
import { BLANK, hostCase, missingGenerators, OMITTED, type Argument, type HostCase } from './hostCases';

type Shown = number | string | boolean | { code: string; message: string };
type Answer = { error: { code: string; message: string } } | { grid: Shown[][] };

const mapCells = (argument: Argument, blank: unknown): unknown =>
  Array.isArray(argument) ? argument.map((row: unknown[]) => row.map((cell) => (cell === BLANK ? blank : cell))) : argument;

const toCoreArgs = ({ args }: HostCase) => args.map((argument) => (argument === OMITTED ? null : mapCells(argument, null)));
const toExcelArgs = ({ args }: HostCase) => args.map((argument) => (argument === OMITTED ? null : mapCells(argument, null)));

function toSheetsArgs({ args }: HostCase): unknown[] {
  const passed = args.map((argument) => {
    if (argument === OMITTED) return undefined;
    const grid = mapCells(argument, '') as unknown[][];
    return grid.length === 1 && grid[0]!.length === 1 ? grid[0]![0] : grid;
  });
  while (passed.length > 0 && passed[passed.length - 1] === undefined) passed.pop();
  return passed;
}

/**
 * A one-cell answer holding an error shows as that error in every host (Sheets throws it, as a
 * lone cell arrives there as a scalar), so it is compared as a whole-call error.
 */
function asGrid(value: unknown, cell: (shown: unknown) => Shown): Answer {
  const grid = (Array.isArray(value) ? value : [[value]]).map((row: unknown[]) => row.map(cell));
  const only = grid.length === 1 && grid[0]!.length === 1 ? grid[0]![0] : undefined;
  return typeof only === 'object' ? { error: only } : { grid };
}

function fromCore(result: Result): Answer {
  if (isCellError(result)) return { error: { code: result.code, message: result.message } };
  return asGrid(result, (value) => (isCellError(value) ? { code: value.code, message: value.message } : (value as Shown)));
}

const EXCEL_CODES: Record<string, string> = { [ERROR_CODES.invalidValue]: '#VALUE!', [ERROR_CODES.notAvailable]: '#N/A' };
const fromShimError = (error: ShimError) => ({ code: EXCEL_CODES[error.code] ?? error.code, message: error.message ?? '' });

function fromExcel(fn: ExcelFunction, args: unknown[]): Answer {
  const shown = callAsExcel(fn, args);
  if ('thrown' in shown) return { error: fromShimError(shown.thrown as ShimError) };
  return asGrid(shown.value, (value) => (value instanceof ShimError ? fromShimError(value) : (value as Shown)));
}

/** Sheets shows an error as the text "<code> <message>", thrown for the whole call or in the cell. */
const ERROR_TEXT = /^(#VALUE!|#N\/A) ([\s\S]*)$/;
function fromSheetsText(value: unknown): Shown {
  const match = typeof value === 'string' ? ERROR_TEXT.exec(value) : null;
  return match ? { code: match[1]!, message: match[2]! } : (value as Shown);
}

function fromSheets(call: () => unknown): Answer {
  try {
    return asGrid(call(), fromSheetsText);
  } catch (thrown) {
    const shown = fromSheetsText((thrown as Error).message);
    return typeof shown === 'object' ? { error: shown } : { error: { code: '(no code)', message: String(shown) } };
  }
}

describe('the same answers in Excel, Google Sheets and the core', () => {
  let excel: Map<string, ExcelFunction>;
  let sheets: ReturnType<typeof loadSheetsAddOn>;
  beforeAll(() => {
    excel = loadExcelFunctions();
    sheets = loadSheetsAddOn();
  });

  it('has a case generator for every registry function', () => {
    expect(missingGenerators()).toEqual([]);
  });

  it('agrees on 500 generated calls, cell by cell, including error codes and messages', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(hostCase, (testCase) => {
        seen.add(testCase.name);
        const core = fromCore(functions[testCase.name as keyof typeof functions](...toCoreArgs(testCase)));
        expect(fromExcel(excel.get(testCase.name)!, toExcelArgs(testCase))).toEqual(core);
        expect(fromSheets(() => sheets.call(testCase.name, ...toSheetsArgs(testCase)))).toEqual(core);
      }),
      { numRuns: 500, seed: 20261123 },
    );
    expect([...seen].sort()).toEqual(Object.keys(functions).sort());
  });
});
