/**
 * The one place where spreadsheet arguments become clean values: omitted optionals,
 * blanks, ranges, broadcasting, per-cell errors and the guarantees that nothing throws and no
 * cell is NaN or ±Infinity.
 */
import { CellError, isCellError } from '../errors';
import { BLANK, describeShape, isBlankText, shapeOf, toGrid, type CellOutput, type Grid, type Result } from '../values';
import { notFinite, withFiniteNumbers } from './finiteOutput';
import { isMapped, isScaleParam, type MappedParam, type ParamSpec, type ReadContext, type ScaleParam } from './params';

/**
 * A function as the runner sees it. The bodies take `any[]` on purpose: the runner calls every
 * function through this one shape, with values its parameters' readers made. Their real argument
 * types are checked where each function is written, by `defineFunction` (see definition.ts).
 */
export interface FunctionSpec {
  name: string;
  params: readonly ParamSpec[];
  // The runner calls bodies of every parameter list with values its readers made; each body's own
  // argument types are checked where it is defined (defineFunction), so here they are left open.
  /** Cell-wise body: gets one value per mapped argument and the whole value of the others. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  each?: (...args: any[]) => CellOutput;
  /** Whole-call body, for aggregates such as gaps; gets the read context last. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  whole?: (...args: any[]) => Result;
}

interface MappedInput {
  param: MappedParam;
  index: number;
  /** One entry per row; for a row parameter each row is already collapsed to one cell. */
  grid: Grid;
  shape: string;
}

const valueError = (message: string) => new CellError('#VALUE!', message);

/**
 * What a teacher sees when a body throws. The JavaScript text is left out on purpose: from a minified
 * bundle it reads "e is not iterable", which tells a teacher nothing and would leak internals. Nearly
 * every such slip comes from arguments of an unexpected shape, so the advice is about those.
 */
const unexpectedProblem = (name: string) =>
  valueError(
    `${name} hit an unexpected problem with these arguments. Check each is one cell or a range of the right shape, ` +
      'one row per pupil and the same rows in each range. If it goes on, tell Tracklight.',
  );

export function runFunction(spec: FunctionSpec, rawArgs: readonly unknown[], context: ReadContext): Result {
  try {
    return runUnguarded(spec, rawArgs, context);
  } catch {
    return unexpectedProblem(spec.name);
  }
}

/** Checked once when the library is built: the runner maps at most two arguments per cell. */
export function assertRunnable(spec: FunctionSpec): void {
  const mappedCount = spec.params.filter(isMapped).length;
  if (Boolean(spec.each) === Boolean(spec.whole)) throw new Error(`${spec.name} needs exactly one of each or whole`);
  if (spec.each && (mappedCount < 1 || mappedCount > 2 || spec.params.length > 5)) {
    throw new Error(`${spec.name}: a cell-wise function maps one or two arguments and takes at most five`);
  }
  if (spec.whole && mappedCount > 0) throw new Error(`${spec.name}: a whole-call function takes no mapped arguments`);
}

/** Where a call gives its own grade scale, every other argument is read with it, so it is read first. */
function callContext(spec: FunctionSpec, rawArgs: readonly unknown[], context: ReadContext): ReadContext | CellError {
  const index = spec.params.findIndex(isScaleParam);
  const raw = rawArgs[index];
  if (index < 0 || raw === undefined || raw === null) return context;
  const scale = (spec.params[index] as ScaleParam).read(toGrid(raw), context);
  return isCellError(scale) ? scale : { ...context, grades: scale };
}

function runUnguarded(spec: FunctionSpec, rawArgs: readonly unknown[], callerContext: ReadContext): Result {
  const { name, params } = spec;
  if (rawArgs.length > params.length) {
    const most = params.length === 1 ? '1 argument' : `${params.length} arguments`;
    return valueError(`${name} takes at most ${most}, but was given ${rawArgs.length}.`);
  }
  const context = callContext(spec, rawArgs, callerContext);
  if (isCellError(context)) return context;
  const args: unknown[] = new Array(params.length);
  const mapped: MappedInput[] = [];
  let anyRange = false;
  for (let index = 0; index < params.length; index += 1) {
    const param = params[index]!;
    const raw = rawArgs[index];
    if (isMapped(param)) {
      // An omitted or empty mapped argument is a blank cell, which the reader handles.
      const input = prepareMapped(name, param, index, raw);
      if (isCellError(input)) return input;
      anyRange ||= Array.isArray(raw);
      mapped.push(input);
      continue;
    }
    // Sheets passes a one-cell range as its value, so an empty one arrives as "": for a range
    // parameter only a missing argument is missing.
    if (isScaleParam(param)) {
      args[index] = context.grades;
      continue;
    }
    const omitted = param.kind === 'range' ? raw === undefined || raw === null : isBlankText(raw);
    const value = omitted
      ? param.optional
        ? param.defaultValue
        : valueError(`${name} needs its ${param.name} argument.`)
      : param.kind === 'scalar'
        ? readScalar(name, param, raw, context)
        : param.read(toGrid(raw), context);
    if (isCellError(value)) return value;
    args[index] = value;
  }
  // Whole-call results are small (a gap, a detail table): checked in one pass. Cell-wise ones are checked cell by cell below.
  if (spec.whole) return withFiniteNumbers(name, spec.whole(...args, context));
  const grid = mapCells(spec, mapped, args, context);
  return anyRange || isCellError(grid) ? grid : grid[0]![0]!;
}

function readScalar(name: string, param: ParamSpec & { kind: 'scalar' }, raw: unknown, context: ReadContext) {
  const grid = toGrid(raw);
  if (grid.length !== 1 || grid[0]!.length !== 1) {
    return valueError(`${name}: ${param.name} must be a single value, not a range of ${describeShape(grid)}.`);
  }
  const value = grid[0]![0];
  return isBlankText(value) && param.optional ? param.defaultValue : param.read(value, context);
}

function prepareMapped(name: string, param: MappedParam, index: number, raw: unknown): MappedInput | CellError {
  const grid = toGrid(raw);
  const { rows, cols } = shapeOf(grid);
  if (rows === 0 || cols === 0) return valueError(`${name}: ${param.name} is an empty range.`);
  if (param.kind === 'cell') return { param, index, grid, shape: describeShape(grid) };
  if (cols > param.maxColumns) {
    return valueError(`${name}: ${param.name} has ${cols} columns, but takes at most ${param.maxColumns}.`);
  }
  return { param, index, grid: grid.map((row) => [row]), shape: describeShape(grid) };
}

/** Same shape, one column with the same rows, or one cell: anything else names both shapes. */
function broadcastShape(name: string, inputs: MappedInput[]): { rows: number; cols: number } | CellError {
  const rows = Math.max(...inputs.map((input) => input.grid.length));
  const cols = Math.max(...inputs.map((input) => input.grid[0]!.length));
  const widest = inputs.find((input) => input.grid.length === rows && input.grid[0]!.length === cols) ?? inputs[0]!;
  for (const input of inputs) {
    const { rows: r, cols: c } = shapeOf(input.grid);
    const fits = (r === rows && (c === cols || c === 1)) || (r === 1 && c === 1);
    if (!fits) {
      const other = input === widest ? inputs.find((candidate) => candidate !== input)! : widest;
      const [first, second] = input.index < other.index ? [input, other] : [other, input];
      return valueError(
        `${name}: ${first.param.name} is ${first.shape} but ${second.param.name} is ${second.shape}. ` +
          'Use ranges with the same rows (a single column is fine), or a single cell.',
      );
    }
  }
  return { rows, cols };
}

const UNREAD = Symbol('unread');

/**
 * Maps the body over (at most) two mapped arguments. A value that is broadcast along a
 * row (a single target column against RP1-RP3) is read once per row, and the body is
 * called with fixed arity, not a spread: this loop runs for every cell of a year group.
 */
function mapCells(spec: FunctionSpec, inputs: MappedInput[], args: unknown[], context: ReadContext): Grid<CellOutput> | CellError {
  const shape = broadcastShape(spec.name, inputs);
  if (isCellError(shape)) return shape;
  const each = spec.each!;
  const [first, second = first] = inputs as [MappedInput, MappedInput?];
  const readFirst = first.param.reader(context) as (value: unknown) => unknown;
  const readSecond = second.param.reader(context) as (value: unknown) => unknown;
  const firstSlot = first.index;
  // With one mapped argument the second reader reads the same value into the same slot.
  const secondSlot = second.index;
  const blankFirst = first.param.blankGivesBlank;
  const blankSecond = second.param.blankGivesBlank;
  // Most functions map their first two arguments; they skip the argument array.
  const leading = firstSlot === 0 && secondSlot === 1;
  const width = shape.cols;
  const output: Grid<CellOutput> = new Array(shape.rows);
  for (let r = 0; r < shape.rows; r += 1) {
    const firstRow = first.grid.length === 1 ? first.grid[0]! : first.grid[r]!;
    const secondRow = second.grid.length === 1 ? second.grid[0]! : second.grid[r]!;
    const firstOnce = firstRow.length === 1 ? readFirst(firstRow[0]) : UNREAD;
    const secondOnce = secondRow.length === 1 ? readSecond(secondRow[0]) : UNREAD;
    const row: CellOutput[] = new Array(width);
    for (let c = 0; c < width; c += 1) {
      const a = firstOnce === UNREAD ? readFirst(firstRow[c]) : firstOnce;
      const b = secondOnce === UNREAD ? readSecond(secondRow[c]) : secondOnce;
      if (typeof a !== 'number' || typeof b !== 'number') {
        // A blank in either argument gives a blank, even beside a bad value: no grade, no verdict.
        if ((a === null && blankFirst) || (b === null && blankSecond)) {
          row[c] = BLANK;
          continue;
        }
        if (a instanceof CellError || b instanceof CellError) {
          row[c] = a instanceof CellError ? a : (b as CellError);
          continue;
        }
      }
      let cell: CellOutput;
      if (leading) cell = each(a, b, args[2], args[3], args[4]);
      else {
        args[firstSlot] = a;
        args[secondSlot] = b;
        cell = each(args[0], args[1], args[2], args[3], args[4]);
      }
      // The guarantee of no NaN or ±Infinity, kept in this loop rather than a second pass over a year group.
      row[c] = typeof cell === 'number' && !Number.isFinite(cell) ? notFinite(spec.name) : cell;
    }
    output[r] = row;
  }
  return output;
}
