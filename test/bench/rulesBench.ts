/**
 * The traffic-light rules' measurements. Issue 10: building the four rules for a school scale of 40
 * labels of 20 characters (the longest formulas Tracklight writes), beside the built-in scale in one
 * process. Issue 14: what the rules cost a spreadsheet engine (HyperFormula) to evaluate on a
 * realistic tracker of 2,000 pupils x 3 collections, beside a plain comparison (=B1>$A1) of the
 * same cells: the recalculation as a ratio, timed side by side, and the build (parsing every formula
 * and evaluating it once) in milliseconds. HyperFormula evaluates every argument of IF and IFERROR,
 * where Excel and Sheets evaluate only the branch they take, so the ratio is also given with those
 * two made lazy, as the hosts evaluate them.
 */
import { CellError, FunctionArgumentType, FunctionPlugin, HyperFormula, type RawCellContent } from 'hyperformula';
import { trafficLightRules } from '../../core/rules';
import { columnIndex, columnLetter } from '../../core/workbook/a1';
import { fortyLabelScale } from '../core/rules/schoolScales';
import { medianMs, seededRandom, type BenchLine } from './measure';

const RANGES = { current: 'F2:H300', target: 'E2:E300', tolerance: 0.34 } as const;

const PUPILS = 2000;
const COLLECTIONS = 3;
const SEED = 20_251_214;
const LICENCE = { licenseKey: 'gpl-v3' } as const;

/**
 * Issue 14's mix, one pupil a row: the target in column A (a whole grade 3 to 8, as a number), then
 * each collection's grade: 70% whole grades typed as numbers, 20% fine grades as text (5+, 6-), 10%
 * blank. A grade falls from two grades under its target to one over, so every status is common.
 */
function trackerRows(seed: number): RawCellContent[][] {
  const random = seededRandom(seed);
  return Array.from({ length: PUPILS }, () => {
    const goal = 3 + Math.floor(random() * 6);
    const grades = Array.from({ length: COLLECTIONS }, (): RawCellContent => {
      const kind = random();
      const grade = Math.min(9, Math.max(1, goal - 2 + Math.floor(random() * 4)));
      if (kind < 0.1) return null;
      if (kind < 0.8) return grade;
      // The apostrophe keeps "5+" text, as a teacher types it.
      return `'${grade}${random() < 0.5 ? '+' : '-'}`;
    });
    return [goal, ...grades];
  });
}

const STRING_LITERAL = /("(?:[^"]|"")*")/;
const REFERENCE = /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/** A formula written for the top-left cell, as the cell `rows` down and `columns` across sees it (what a conditional format does). */
function movedBy(formula: string, rows: number, columns: number): string {
  return formula
    .split(STRING_LITERAL)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(REFERENCE, (_, fixedColumn: string, column: string, fixedRow: string, row: string) => {
            const movedColumn = fixedColumn ? column : columnLetter(columnIndex(column) + columns);
            return `${fixedColumn}${movedColumn}${fixedRow}${fixedRow ? row : Number(row) + rows}`;
          }),
    )
    .join('');
}

/** The tracker with one block of COLLECTIONS columns per formula beside it, each cell holding the formula as its grade cell sees it. */
function sheetWith(formulas: readonly string[], rows: readonly RawCellContent[][]): RawCellContent[][] {
  return rows.map((row, r) => [
    ...row,
    ...formulas.flatMap((formula) => Array.from({ length: COLLECTIONS }, (_, c) => movedBy(formula, r, c))),
  ]);
}

const trackerRules = (tolerance: number) =>
  trafficLightRules({ current: `B1:${columnLetter(COLLECTIONS)}${PUPILS}`, target: `A1:A${PUPILS}`, tolerance }).map(
    (rule) => rule.formula,
  );
const PLAIN = ['=B1>$A1'];

/** The time HyperFormula takes to recalculate every formula after every grade and target changes. */
function recalculationMs(engine: HyperFormula, rows: RawCellContent[][]): number {
  engine.suspendEvaluation();
  engine.setCellContents({ sheet: 0, row: 0, col: 0 }, rows);
  const start = performance.now();
  engine.resumeEvaluation();
  return performance.now() - start;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

type Evaluate = FunctionPlugin['evaluateAst'];
type Argument = Parameters<Evaluate>[0];
type State = Parameters<Evaluate>[1];
const ANY = { argumentType: FunctionArgumentType.ANY };

/**
 * IF and IFERROR as Excel and Google Sheets evaluate them: only the branch IF takes, and IFERROR's
 * fallback only when its value is an error. HyperFormula hands these arguments over unevaluated;
 * each the rules pass is an expression, not a bare reference, so its cells stay the formula's
 * dependencies (checkSameValues proves the results are HyperFormula's own).
 */
class LazyConditionals extends FunctionPlugin {
  static override implementedFunctions = {
    IF: { method: 'lazyIf', parameters: [ANY, ANY, { ...ANY, optionalArg: true }], doesNotNeedArgumentsToBeComputed: true },
    IFERROR: { method: 'lazyIferror', parameters: [ANY, ANY], doesNotNeedArgumentsToBeComputed: true },
  };

  lazyIf(ast: { args: Argument[] }, state: State): unknown {
    const condition = this.coerceToType(this.evaluateAst(ast.args[0]!, state), { argumentType: FunctionArgumentType.BOOLEAN }, state);
    if (condition instanceof CellError) return condition;
    const branch = condition ? ast.args[1] : ast.args[2];
    return branch ? this.evaluateAst(branch, state) : false;
  }

  lazyIferror(ast: { args: Argument[] }, state: State): unknown {
    const value = this.evaluateAst(ast.args[0]!, state);
    return value instanceof CellError ? this.evaluateAst(ast.args[1]!, state) : value;
  }
}

const LAZY = ['IF', 'IFERROR'];

/** An engine built while IF and IFERROR are lazy (HyperFormula keeps each engine's functions as they were when it was built). */
function buildWithLazyConditionals(sheet: RawCellContent[][]): HyperFormula {
  const originals = LAZY.map((name) => [name, HyperFormula.getFunctionPlugin(name)!] as const);
  for (const name of LAZY) HyperFormula.registerFunction(name, LazyConditionals);
  try {
    return HyperFormula.buildFromArray(sheet, LICENCE);
  } finally {
    for (const [name, plugin] of originals) HyperFormula.registerFunction(name, plugin);
    // Every engine built after this one (the build line's among them) evaluates IF and IFERROR as HyperFormula does.
    if (originals.some(([name, plugin]) => HyperFormula.getFunctionPlugin(name) !== plugin))
      throw new Error('IF and IFERROR were not restored');
  }
}

/** The lazy engine must show exactly what the stock one shows, or its timing would be of something else. */
function checkSameValues(lazy: HyperFormula, stock: HyperFormula): void {
  const shown = (engine: HyperFormula) =>
    JSON.stringify(engine.getSheetValues(0).map((row) => row.map((value) => (value instanceof Object ? 'error' : value))));
  if (shown(lazy) !== shown(stock))
    throw new Error('With IF and IFERROR lazy, the rules show something else than in HyperFormula as it is');
}

/**
 * The four rules' recalculation against one plain comparison per grade cell, side by side in one
 * process: each round recalculates the three engines (in a rotating order) with the other tracker's
 * values, and the median of the rounds' ratios is reported, for HyperFormula as it is and with IF and IFERROR lazy.
 */
function recalculationRatios(tolerance: number, { rounds = 11, warmups = 2 } = {}): { stock: number; lazy: number } {
  const trackers = [trackerRows(SEED), trackerRows(SEED + 1)];
  const rulesSheet = sheetWith(trackerRules(tolerance), trackers[0]!);
  const engines = {
    stock: HyperFormula.buildFromArray(rulesSheet, LICENCE),
    lazy: buildWithLazyConditionals(rulesSheet),
    plain: HyperFormula.buildFromArray(sheetWith(PLAIN, trackers[0]!), LICENCE),
  };
  const names = Object.keys(engines) as (keyof typeof engines)[];
  try {
    const ratios = { stock: [] as number[], lazy: [] as number[] };
    for (let round = 0; round < warmups + rounds; round += 1) {
      const tracker = trackers[(round + 1) % 2]!;
      const order = names.map((_, index) => names[(index + round) % names.length]!);
      const ms = Object.fromEntries(order.map((name) => [name, recalculationMs(engines[name], tracker)])) as Record<
        keyof typeof engines,
        number
      >;
      checkSameValues(engines.lazy, engines.stock);
      if (round < warmups) continue;
      ratios.stock.push(ms.stock / ms.plain);
      ratios.lazy.push(ms.lazy / ms.plain);
    }
    return { stock: median(ratios.stock), lazy: median(ratios.lazy) };
  } finally {
    for (const name of names) engines[name].destroy();
  }
}

/** Building the tracker with the four rules in every grade cell: parsing every formula and evaluating it once. */
function buildMs(tolerance: number): number {
  const sheet = sheetWith(trackerRules(tolerance), trackerRows(SEED));
  return medianMs(() => HyperFormula.buildFromArray(sheet, LICENCE).destroy(), { warmups: 1, runs: 5 });
}

export function rulesBenchmarks(): BenchLine[] {
  const scale = fortyLabelScale();
  const schoolMs = medianMs(() => trafficLightRules({ ...RANGES, scale }));
  const builtInMs = medianMs(() => trafficLightRules(RANGES));
  const longest = Math.max(...trafficLightRules({ ...RANGES, scale }).map((rule) => rule.formula.length));
  const recalculation = recalculationRatios(RANGES.tolerance);
  return [
    { bench: 'traffic-light rules from a 40-label school scale (4 formulas)', median_ms: Number(schoolMs.toFixed(3)) },
    { bench: 'traffic-light rules: 40-label scale vs built-in scale', ratio: schoolMs / builtInMs },
    { bench: 'traffic-light rules: longest formula for a 40-label scale (Excel allows 8,192)', bytes: longest },
    { bench: 'traffic-light rules vs plain comparison', ratio: recalculation.stock },
    { bench: 'traffic-light rules vs plain comparison, IF and IFERROR lazy as in Excel and Sheets', ratio: recalculation.lazy },
    { bench: `traffic-light rules build ${PUPILS}x${COLLECTIONS}`, median_ms: Number(buildMs(RANGES.tolerance).toFixed(1)) },
  ];
}
