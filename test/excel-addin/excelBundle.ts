/**
 * Loads the built Excel functions script in node:vm with only the global it may touch,
 * CustomFunctions, shimmed to record every associate call, and the shared tracker data the
 * Excel tests use. Also the page's scripts as the browser meets them: functions.js, then
 * taskpane.js and the chunks it imports (statically, at start-up, or on demand).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { isCellError, type Result } from '../../core/index';

export const excelDist = fileURLToPath(new URL('../../dist/excel/', import.meta.url));
export const readDist = (file: string) => readFileSync(excelDist + file, 'utf8');

/** Every script dist/excel ships, relative to it: functions.js, taskpane.js and chunks/*.js. */
export const shippedScripts = (): string[] =>
  readdirSync(excelDist, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.js'))
    .sort();

/** The add-in's files a built module imports, relative to dist/excel: at once (import ... from) or on demand (import()). */
export function moduleImports(file: string): { atOnce: string[]; onDemand: string[] } {
  const script = readDist(file);
  const from = (specifier: string) => path.posix.join(path.posix.dirname(file), specifier);
  const atOnce = [...script.matchAll(/(?:\bfrom\s*|\bimport\s*)"(\.{1,2}\/[^"]+)"/g)].map((match) => from(match[1]!));
  const onDemand = [...script.matchAll(/\bimport\(\s*"(\.{1,2}\/[^"]+)"\s*\)/g)].map((match) => from(match[1]!));
  return { atOnce: [...new Set(atOnce)], onDemand: [...new Set(onDemand)] };
}

/** What the page runs as it opens (office.js aside): functions.js, then taskpane.js and every module it imports at once. */
export function startupScripts(): string[] {
  const pane = new Set<string>();
  const visit = (file: string) => {
    if (pane.has(file)) return;
    pane.add(file);
    for (const imported of moduleImports(file).atOnce) visit(imported);
  };
  visit('taskpane.js');
  return ['functions.js', ...pane];
}

/** Sentinels, not Excel's '#VALUE!' strings, so a test can tell the enum was used rather than the core's code. */
export const ERROR_CODES = {
  invalidValue: 'ErrorCode.invalidValue',
  notAvailable: 'ErrorCode.notAvailable',
  divisionByZero: 'ErrorCode.divisionByZero',
  invalidNumber: 'ErrorCode.invalidNumber',
  nullReference: 'ErrorCode.nullReference',
} as const;

export class ShimError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export type ExcelFunction = (...args: unknown[]) => unknown;

export function loadExcelFunctions(): Map<string, ExcelFunction> {
  const associated = new Map<string, ExcelFunction>();
  const CustomFunctions = {
    associate(id: string, fn: ExcelFunction) {
      if (associated.has(id)) throw new Error(`${id} associated twice`);
      associated.set(id, fn);
    },
    Error: ShimError,
    ErrorCode: ERROR_CODES,
  };
  vm.runInContext(readDist('functions.js'), vm.createContext({ CustomFunctions }), { filename: 'functions.js' });
  return associated;
}

/** What Excel must receive for a core result: the contract of issue 3, written out independently. */
export function expectedInExcel(result: Result, spills: boolean): { value: unknown } | { thrown: unknown } {
  const toCell = (value: unknown) =>
    isCellError(value) ? new ShimError(value.code === '#N/A' ? ERROR_CODES.notAvailable : ERROR_CODES.invalidValue, value.message) : value;
  if (isCellError(result)) return { thrown: toCell(result) };
  if (Array.isArray(result)) return { value: result.map((row) => row.map(toCell)) };
  return { value: spills ? [[toCell(result)]] : toCell(result) };
}

/** Calls an associated function as Excel does, recording a thrown error as Excel would show it. */
export function callAsExcel(fn: ExcelFunction, args: unknown[]): { value: unknown } | { thrown: unknown } {
  try {
    return { value: fn(...args) };
  } catch (thrown) {
    return { thrown };
  }
}

/** A year group as teachers fill it in: whole grades as numbers, fine grades as text, gaps, and the odd slip. */
export function trackerRows(pupils: number, blank: null | 0 = null): { current: unknown[][]; target: unknown[][] } {
  const fine = ['5+', '6-', '4+', '7-', '3=', '5/4', '6-5'];
  const current = Array.from({ length: pupils }, (_, pupil) =>
    Array.from({ length: 3 }, (_, collection) => {
      const pick = (pupil * 7 + collection * 13) % 20;
      if (pick < 2) return blank;
      if (pick < 6) return fine[(pupil + collection) % fine.length];
      return 1 + ((pupil * 3 + collection) % 9);
    }),
  );
  const target = Array.from({ length: pupils }, (_, pupil) => [pupil % 23 === 0 ? blank : 2 + (pupil % 7)]);
  return { current, target };
}
