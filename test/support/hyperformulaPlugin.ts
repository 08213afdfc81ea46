/**
 * Test support only: the core registry as a HyperFormula function plugin, so tests can type real
 * formulas into a real formula engine. HyperFormula is GPL (licence key 'gpl-v3') and a
 * devDependency: nothing in core/ or the hosts may import this file.
 *
 * Every entry of DEFINITIONS is registered under both spellings users type: Excel's namespaced
 * `PUPIL.ON_TRACK` and Sheets' `ON_TRACK`. HyperFormula's function-name token allows letters,
 * digits, `_` and `.` after the first letter (as in its own NORM.DIST), so the dot needs nothing special.
 *
 * One generic adapter stands in for a host: it hands the core exactly what that host would
 * (ranges as 2-D arrays, empty cells and omitted optionals as that host passes them) and turns
 * the core's answer back into engine values (grids spill, CellError becomes an engine error with
 * the core's message, "" stays an empty string).
 */
import {
  ArraySize,
  CellError as EngineError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type FunctionMetadata,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
  type RawCellContent,
} from 'hyperformula';
import { CellError, DEFINITIONS, functions, isCellError, type CellOutput, type Result } from '../../core';

export type Host = 'excel-web' | 'excel-desktop' | 'sheets';
export type Library = Record<string, (...args: unknown[]) => Result>;
type Definition = (typeof DEFINITIONS)[number];

/**
 * What each host hands a custom function for an empty cell and an omitted optional argument.
 * Excel passes every declared parameter, and a parameter declared as a range (the registry's
 * `range: true`, any[][] in functions.json) always as a 2-D array, even for one cell. Sheets
 * passes a one-cell range as its value, "" for empty cells, and fewer arguments when trailing
 * ones are left out. (HyperFormula, like Sheets, reduces a one-cell range to its value.)
 */
export const HOST_PASSES = {
  'excel-web': { emptyCell: null, omitted: null, excelShapes: true },
  // Older Excel desktop builds pass empty cells in a range as 0.
  'excel-desktop': { emptyCell: 0, omitted: null, excelShapes: true },
  sheets: { emptyCell: '', omitted: undefined, excelShapes: false },
} as const satisfies Record<Host, { emptyCell: unknown; omitted: unknown; excelShapes: boolean }>;

export const spellingsOf = (name: string): string[] => [`PUPIL.${name}`, name];

// HyperFormula's own AST and state types are not exported; these are the parts the adapter reads.
interface CallAst {
  args: Array<{ type: string }>;
}
interface CallState {
  /** Present when a cell's formula is evaluated; its size is the spill HyperFormula reserved. */
  formulaVertex?: { width: number; height: number };
}

const isRichNumber = (value: unknown): value is { val: number } =>
  typeof value === 'object' && value !== null && typeof (value as { val?: unknown }).val === 'number';

/**
 * One engine value as the host would pass it. An error cell reaches the core as a core CellError
 * (the core knows only #VALUE! and #N/A, so #DIV/0! and the like arrive as #VALUE!).
 */
function toHostValue(value: unknown, host: Host): unknown {
  if (value === EmptyValue) return HOST_PASSES[host].emptyCell;
  if (value instanceof EngineError) {
    const message = value.message || `A cell in the range shows an error (${value.type}).`;
    return new CellError(value.type === ErrorType.NA ? '#N/A' : '#VALUE!', message);
  }
  // Dates, percentages and currency are numbers with a format in the engine; hosts pass the number.
  return isRichNumber(value) ? value.val : value;
}

function toHostArguments(values: unknown[], ast: CallAst, host: Host, definition: Definition): unknown[] {
  const passes = HOST_PASSES[host];
  const args = ast.args.map((argument, index) => {
    // A syntactically empty argument, as in PP_GAP(a, b, , TRUE), is an omitted optional.
    if (argument.type === 'EMPTY') return passes.omitted;
    const value = values[index];
    if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map((cell) => toHostValue(cell, host)));
    const declaredRange = definition.params[index] !== undefined && definition.params[index].kind !== 'scalar';
    return passes.excelShapes && declaredRange ? [[toHostValue(value, host)]] : toHostValue(value, host);
  });
  while (passes.excelShapes && args.length < definition.params.length) args.push(passes.omitted);
  return args;
}

const toEngineValue = (value: CellOutput) =>
  isCellError(value) ? new EngineError(value.code === '#N/A' ? ErrorType.NA : ErrorType.VALUE, value.message) : value;

/**
 * HyperFormula fixes a formula's spill size when the formula is entered and never re-sizes it;
 * a larger result would throw inside the engine. Excel and Sheets re-size, so this is a limit of
 * the test engine only, reported as a clear #VALUE! instead of a crash.
 */
function toEngineResult(result: Result, reserved: CallState['formulaVertex']) {
  if (!Array.isArray(result)) return toEngineValue(result);
  const rows = result.length;
  const cols = result[0]!.length;
  if (rows === 1 && cols === 1) return toEngineValue(result[0]![0]!);
  if (reserved && (rows > reserved.height || cols > reserved.width)) {
    const message =
      `The result is ${rows} x ${cols} but HyperFormula reserved ${reserved.height} x ${reserved.width} ` +
      'when the formula was entered: re-enter it.';
    return new EngineError(ErrorType.VALUE, message);
  }
  return SimpleRangeValue.onlyValues(result.map((row) => row.map(toEngineValue)));
}

/**
 * The spill size of a cell-wise function, from the registry's parameter metadata: mapped
 * arguments broadcast (a 'row' argument is one value per row). Shapes that cannot broadcast,
 * too many columns for a row argument, or a range given to a one-value option are a single
 * whole-call error in the core, so they get one cell.
 */
function broadcastSize(definition: Definition, argumentSizes: ArraySize[]): ArraySize {
  const shapes: Array<{ rows: number; cols: number }> = [];
  for (const [index, param] of definition.params.entries()) {
    const size = argumentSizes[index] ?? ArraySize.scalar();
    if (param.kind === 'scalar' && (size.width > 1 || size.height > 1)) return ArraySize.scalar();
    if (param.kind === 'row' && size.width > param.maxColumns) return ArraySize.scalar();
    if (param.kind === 'cell' || param.kind === 'row') shapes.push({ rows: size.height, cols: param.kind === 'row' ? 1 : size.width });
  }
  const rows = Math.max(...shapes.map((shape) => shape.rows));
  const cols = Math.max(...shapes.map((shape) => shape.cols));
  const fits = shapes.every(
    (shape) => (shape.rows === rows && (shape.cols === cols || shape.cols === 1)) || (shape.rows === 1 && shape.cols === 1),
  );
  return fits ? new ArraySize(cols, rows) : ArraySize.scalar();
}

/** The registry as a plugin class for one host; `library` lets a test record what the core receives. */
export function tracklightPlugin(host: Host, library: Library = functions): FunctionPluginDefinition {
  class TracklightPlugin extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = {};

    callRegistry(definition: Definition, metadata: FunctionMetadata, ast: CallAst, state: CallState) {
      return this.runFunction(ast.args as never, state as never, metadata, (...values: unknown[]) =>
        toEngineResult(library[definition.name]!(...toHostArguments(values, ast, host, definition)), state.formulaVertex),
      );
    }

    predictSize(definition: Definition, ast: CallAst, state: CallState): ArraySize {
      if (ast.args.length > definition.params.length) return ArraySize.scalar();
      const sizes = ast.args.map((argument) =>
        argument.type === 'EMPTY' ? ArraySize.scalar() : this.arraySizeForAst(argument as never, state as never),
      );
      if (!definition.whole) return broadcastSize(definition, sizes);
      // A whole-call answer's size depends on the data (PP_GAP's caution row), so run it. This
      // needs the arguments computed, as they are when a formula is typed into a live sheet; while
      // a sheet is still being built they are not, and the formula gets one cell.
      try {
        const values = ast.args.map((argument) =>
          argument.type === 'EMPTY' ? EmptyValue : this.evaluateAst(argument as never, state as never),
        );
        const result = library[definition.name]!(...toHostArguments(values, ast, host, definition));
        return Array.isArray(result) ? new ArraySize(result[0]!.length, result.length) : ArraySize.scalar();
      } catch {
        return ArraySize.scalar();
      }
    }
  }
  for (const definition of DEFINITIONS) {
    const metadata: FunctionMetadata = {
      method: definition.name,
      sizeOfResultArrayMethod: `${definition.name}_SIZE`,
      // All ANY and optional, with extra arguments allowed, so the core (not the engine) answers
      // wrong types, missing arguments and too many arguments, with its own messages.
      parameters: definition.params.map(() => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
      repeatLastArgs: 1,
      vectorizationForbidden: true,
    };
    for (const id of spellingsOf(definition.name)) TracklightPlugin.implementedFunctions[id] = { ...metadata };
    Object.assign(TracklightPlugin.prototype, {
      [definition.name](this: TracklightPlugin, ast: CallAst, state: CallState) {
        return this.callRegistry(definition, metadata, ast, state);
      },
      [`${definition.name}_SIZE`](this: TracklightPlugin, ast: CallAst, state: CallState) {
        return this.predictSize(definition, ast, state);
      },
    });
  }
  return TracklightPlugin;
}

/** A HyperFormula sheet with every built-in function plus the registry, as `host` would call it. */
export function buildTrackerEngine(sheet: RawCellContent[][], options: { host: Host; library?: Library }): HyperFormula {
  // Function names need an entry in the formula language; both spellings read as themselves.
  HyperFormula.getLanguage('enGB').extendFunctions(
    Object.fromEntries(DEFINITIONS.flatMap((definition) => spellingsOf(definition.name).map((id) => [id, id]))),
  );
  const config = {
    licenseKey: 'gpl-v3',
    // An engine of its own per host, so the three normalisations can run side by side.
    functionPlugins: [...HyperFormula.getAllFunctionPlugins(), tracklightPlugin(options.host, options.library)],
    // Numbers come back to the last digit, so engine and core can be compared exactly.
    smartRounding: false,
  };
  // HyperFormula spells the booleans TRUE() and FALSE(); these let formulas say TRUE as users type it.
  const booleans = [
    { name: 'TRUE', expression: '=TRUE()' },
    { name: 'FALSE', expression: '=FALSE()' },
  ];
  return HyperFormula.buildFromArray(sheet, config, booleans);
}
