/**
 * Judges one fuzzed call's result. "Wrong shape" means: a cell that is not a number, text, boolean
 * or CellError (undefined and null included); a grid that is empty or ragged; or, for a cell-wise
 * function, a grid of another shape than broadcasting its mapped arguments gives, or a single value
 * where a range was passed (or a grid where none was). Non-finite numbers are counted on their own,
 * and so are the runner's last-resort errors: caught, but still a slip inside a function.
 */
import { CellError } from '../../../../core/index';
import type { FunctionDefinition } from '../../../../core/registry/definition';

export interface Verdict {
  threw: boolean;
  nonFinite: boolean;
  /** Whether an output cell is the runner's last resort for an exception it caught: an internal slip. */
  unexpectedProblem: boolean;
  /** Whether any output cell is a figure or a label, not a blank or an error. */
  heldValues: boolean;
  /** Why the shape is wrong, or undefined when it is right. */
  wrongShape?: string;
}

/** The words of the runner's message for an exception it caught (core/registry/runner.ts). */
const UNEXPECTED_PROBLEM = 'hit an unexpected problem';

const isCellValue = (cell: unknown) =>
  cell instanceof CellError || typeof cell === 'string' || typeof cell === 'boolean' || typeof cell === 'number';
const isNonFinite = (cell: unknown) => typeof cell === 'number' && !Number.isFinite(cell);

/** Rows and columns of an argument as hosts pass ranges: a lone value is 1x1, a flat list is one row. */
function argumentShape(value: unknown): { rows: number; cols: number } {
  if (!Array.isArray(value)) return { rows: 1, cols: 1 };
  if (value.length === 0) return { rows: 0, cols: 0 };
  if (!Array.isArray(value[0])) return { rows: 1, cols: value.length };
  return { rows: value.length, cols: (value[0] as unknown[]).length };
}

const isMappedAt = (definition: FunctionDefinition, index: number) => ['cell', 'row'].includes(definition.params[index]?.kind ?? '');

/** Whether any mapped argument was a range: then a cell-wise call spills a grid (or fails as a whole). */
const rangePassed = (definition: FunctionDefinition, args: readonly unknown[]) =>
  args.some((arg, index) => isMappedAt(definition, index) && Array.isArray(arg));

/** The shape a cell-wise call spills: the largest rows and columns among its mapped arguments (a row argument is one column). */
function broadcastShape(definition: FunctionDefinition, args: readonly unknown[]): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  definition.params.forEach((param, index) => {
    if (param.kind !== 'cell' && param.kind !== 'row') return;
    const shape = argumentShape(args[index]);
    rows = Math.max(rows, shape.rows);
    cols = Math.max(cols, param.kind === 'row' ? Math.min(shape.cols, 1) : shape.cols);
  });
  return { rows, cols };
}

function gridProblem(result: unknown[]): string | undefined {
  if (result.length === 0) return 'an empty grid';
  if (!result.every(Array.isArray)) return 'a grid with a row that is not a list';
  const width = (result[0] as unknown[]).length;
  if (width === 0) return 'a grid with empty rows';
  if ((result as unknown[][]).some((row) => row.length !== width)) return 'a ragged grid';
  const cells = (result as unknown[][]).flat();
  const bad = cells.findIndex((cell) => !isCellValue(cell));
  return bad < 0 ? undefined : `a cell holding ${String(cells[bad])}`;
}

function shapeProblem(definition: FunctionDefinition, args: readonly unknown[], result: unknown): string | undefined {
  if (!Array.isArray(result)) {
    if (!isCellValue(result)) return `a result of ${String(result)}`;
    // A whole-call error (mismatched ranges, too many arguments) is one cell, whatever was passed.
    return definition.each && rangePassed(definition, args) && !(result instanceof CellError)
      ? 'a single value where a range was passed'
      : undefined;
  }
  const problem = gridProblem(result);
  if (problem || !definition.each) return problem;
  if (!rangePassed(definition, args)) return 'a grid where only single values were passed';
  const expected = broadcastShape(definition, args);
  const rows = result.length;
  const cols = (result[0] as unknown[]).length;
  return rows === expected.rows && cols === expected.cols
    ? undefined
    : `${rows}x${cols} where broadcasting gives ${expected.rows}x${expected.cols}`;
}

export function judge(definition: FunctionDefinition, args: readonly unknown[], call: () => unknown): Verdict {
  let result: unknown;
  try {
    result = call();
  } catch {
    return { threw: true, nonFinite: false, unexpectedProblem: false, heldValues: false };
  }
  const cells = Array.isArray(result) ? result.flatMap((row) => (Array.isArray(row) ? row : [row])) : [result];
  return {
    threw: false,
    nonFinite: cells.some(isNonFinite),
    unexpectedProblem: cells.some((cell) => cell instanceof CellError && cell.message.includes(UNEXPECTED_PROBLEM)),
    heldValues: cells.some((cell) => cell !== '' && isCellValue(cell) && !(cell instanceof CellError)),
    wrongShape: shapeProblem(definition, args, result),
  };
}
