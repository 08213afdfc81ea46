/**
 * Builds one fuzzed call from a function's parameter declarations, so every function in the registry
 * is covered without a list here. Arguments mostly fit together (the same pupils in every range, a
 * header row as wide as the grades) so the deeper rules are reached; the rest are mismatched,
 * ragged, empty, one-dimensional or of the wrong kind.
 */
import type { FunctionDefinition } from '../../../../core/registry/definition';
import type { ParamSpec } from '../../../../core/registry/params';
import { cellOf, COLLECTION_NAMES, type CellKind } from './cells';
import type { Random } from './random';

export interface FuzzCall {
  name: string;
  /** Which library runs it: the default grades, or a school's custom labels as well. */
  library: 'default' | 'custom';
  args: unknown[];
}

/** One call's pupils and columns, and how hostile its cells are. */
interface Layout {
  rows: number;
  cols: number;
  hostility: number;
  /** A tidy call has every range in its usual shape and every argument of its kind, as most real calls do. */
  tidy: boolean;
  /** What PP_GAP-style values hold this call: statuses, grades or numbers, or all mixed. */
  valuesKind: CellKind;
  /** The function called: a parameter name can mean another table in another function. */
  name: string;
  random: Random;
}

/** What a parameter's cells hold, judged from its name; a parameter the fuzzer has not met gets anything. */
const KIND_BY_PARAMETER: Readonly<Record<string, CellKind>> = {
  grades: 'grade',
  current: 'grade',
  target: 'grade',
  previous: 'grade',
  ks2: 'ks2',
  flags: 'flag',
  subjects: 'subject',
  a8: 'score',
  measure: 'measure',
  element: 'element',
  tolerance: 'amount',
  challenge: 'amount',
  detail: 'switch',
  collection: 'collection',
};

type Choice<T> = readonly [weight: number, make: () => T];

function weighted<T>(random: Random, choices: readonly Choice<T>[]): T {
  const total = choices.reduce((sum, [weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [weight, make] of choices) {
    roll -= weight;
    if (roll < 0) return make();
  }
  return choices[choices.length - 1]![1]();
}

function grid(rows: number, cols: number, cell: () => unknown, random: Random): unknown[][] {
  const cells = Array.from({ length: rows }, () => Array.from({ length: cols }, cell));
  // Now and then one row is short or long: a host never sends that, but a caller of the core might.
  if (rows > 1 && random.chance(0.03)) {
    const row = cells[random.int(1, rows - 1)]!;
    if (random.chance(0.5)) row.pop();
    else row.push(cell());
  }
  return cells;
}

/** A range of the given shape, or one of the shapes no range should have. */
function rangeOf(layout: Layout, shapes: readonly Choice<[number, number]>[], cell: () => unknown): unknown {
  const { random } = layout;
  if (layout.tidy) return grid(...shapes[0]![1](), cell, random);
  return weighted<unknown>(random, [
    [
      85,
      () => {
        const [rows, cols] = weighted(random, shapes);
        return grid(rows, cols, cell, random);
      },
    ],
    [6, cell],
    [3, () => grid(random.int(1, layout.rows + 3), random.int(1, layout.cols + 2), cell, random)],
    [2, () => random.pick([[], [[]], [[], []]])],
    [3, () => Array.from({ length: random.int(1, 4) }, cell)],
    [1, () => [[[cell(), cell()]]]],
  ]);
}

function mappedArgument(param: ParamSpec, layout: Layout, cell: () => unknown): unknown {
  const { rows, cols, random } = layout;
  if (param.kind === 'row') {
    return rangeOf(
      layout,
      [
        [40, () => [rows, 2]],
        [30, () => [rows, 1]],
        [5, () => [rows, 3]],
        [8, () => [1, random.int(1, 2)]],
      ],
      cell,
    );
  }
  return rangeOf(
    layout,
    [
      [40, () => [rows, cols]],
      [25, () => [rows, 1]],
      [8, () => [1, cols]],
      [12, () => [1, 1]],
    ],
    cell,
  );
}

/** A school's band table: KS2 lower bound and target grade, sometimes with a header, swapped or with blank rows. */
function bandTable(layout: Layout): unknown {
  const { random } = layout;
  const rows: unknown[][] = Array.from({ length: random.int(1, 6) }, () => [
    random.chance(0.8) ? random.int(59, 120) : cellOf('ks2', layout.hostility, random),
    cellOf('grade', layout.hostility, random),
  ]);
  if (random.chance(0.3)) rows.forEach((row) => row.reverse());
  if (random.chance(0.1)) rows.splice(random.int(0, rows.length), 0, ['', '']);
  if (random.chance(0.4)) rows.unshift(['KS2 from', 'Target']);
  return random.chance(0.85)
    ? rows
    : rangeOf(layout, [[1, () => [random.int(1, 5), random.int(1, 3)]]], () => cellOf('anything', 1, random));
}

/**
 * A school's flight-path table: a header of collection names over rows of final target and expected
 * grades. Mostly whole targets 1-9 with fine grades in the cells; sometimes blank rows, a repeated
 * target, a missing header, a repeated or blank collection name, or a cell that is not a grade.
 */
function flightPathTable(layout: Layout): unknown {
  const { random } = layout;
  const collections = COLLECTION_NAMES.slice(0, random.int(1, 4));
  if (random.chance(0.05)) collections.push(random.pick([collections[0]!, '', ' spring ']));
  const targets = random.chance(0.7) ? [1, 2, 3, 4, 5, 6, 7, 8, 9] : Array.from({ length: random.int(1, 6) }, () => random.int(1, 9));
  const rows: unknown[][] = targets.map((target) => [
    random.chance(0.9) ? target : cellOf('grade', layout.hostility, random),
    ...collections.map(() => cellOf('grade', layout.hostility / 4, random)),
  ]);
  if (random.chance(0.1)) rows.splice(random.int(0, rows.length), 0, rows.length > 0 ? rows[0]!.map(() => '') : []);
  if (random.chance(0.9)) rows.unshift([random.pick(['Target', 'Final target', '']), ...collections]);
  return random.chance(0.9)
    ? rows
    : rangeOf(layout, [[1, () => [random.int(1, 5), random.int(1, 4)]]], () => cellOf('anything', 1, random));
}

function rangeArgument(param: ParamSpec, layout: Layout): unknown {
  const { rows, cols, random } = layout;
  if (param.name === 'table') return layout.name === 'EXPECTED_GRADE' ? flightPathTable(layout) : bandTable(layout);
  const kind = param.name === 'values' ? layout.valuesKind : (KIND_BY_PARAMETER[param.name] ?? 'anything');
  const cell = () => cellOf(kind, layout.hostility, random);
  // A header row is one row as wide as the grades; a column of markers is one column, one row per pupil.
  if (kind === 'subject')
    return rangeOf(
      layout,
      [
        [80, () => [1, cols]],
        [10, () => [rows, cols]],
        [10, () => [1, random.int(1, cols + 2)]],
      ],
      cell,
    );
  if (kind === 'flag')
    return rangeOf(
      layout,
      [
        [80, () => [rows, 1]],
        [10, () => [rows, 2]],
        [10, () => [random.int(1, rows + 2), 1]],
      ],
      cell,
    );
  return rangeOf(
    layout,
    [
      [60, () => [rows, cols]],
      [30, () => [rows, random.int(1, 3)]],
      [10, () => [1, 1]],
    ],
    cell,
  );
}

function scalarArgument(param: ParamSpec, layout: Layout): unknown {
  const { random } = layout;
  const cell = () => cellOf(KIND_BY_PARAMETER[param.name] ?? 'anything', layout.hostility, random);
  if (layout.tidy) return cell();
  return weighted<unknown>(random, [
    [80, cell],
    [8, () => random.pick(['', null, undefined])],
    [6, () => [[cell()]]],
    [3, () => grid(2, 2, cell, random)],
    [3, () => cellOf('anything', 1, random)],
  ]);
}

function argumentFor(param: ParamSpec, layout: Layout): unknown {
  if (param.kind === 'scalar') return scalarArgument(param, layout);
  if (param.kind === 'range') return rangeArgument(param, layout);
  return mappedArgument(param, layout, () => cellOf(KIND_BY_PARAMETER[param.name] ?? 'anything', layout.hostility, layout.random));
}

/** Mostly every argument; sometimes only the required ones and some optionals, one too many, or too few. */
function argumentCount(params: readonly ParamSpec[], layout: Layout): number {
  const { random } = layout;
  const firstOptional = params.findIndex((param) => param.optional);
  const required = firstOptional < 0 ? params.length : firstOptional;
  if (layout.tidy) return random.int(required, params.length);
  return weighted(random, [
    [60, () => params.length],
    [30, () => random.int(required, params.length)],
    [4, () => params.length + 1],
    [6, () => random.int(0, Math.max(0, required - 1))],
  ]);
}

export function generateCall(definitions: readonly FunctionDefinition[], random: Random): FuzzCall {
  const definition = random.pick(definitions);
  const tidy = random.chance(0.3);
  const layout: Layout = {
    rows: random.pick([1, 1, 2, 3, 4, 6, 10, 25]),
    cols: random.int(1, 5),
    hostility: tidy ? random.pick([0, 0, 0.02]) : random.pick([0, 0.02, 0.1, 0.3, 0.7]),
    tidy,
    valuesKind: random.pick<CellKind>(['status', 'grade', 'score', 'score', 'anything']),
    name: definition.name,
    random,
  };
  const count = argumentCount(definition.params, layout);
  const args = Array.from({ length: count }, (_, index) => {
    const param = definition.params[index];
    return param ? argumentFor(param, layout) : cellOf('anything', 1, random);
  });
  return { name: definition.name, library: random.chance(0.25) ? 'custom' : 'default', args };
}
