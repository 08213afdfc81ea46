import { CellError, quote } from '../errors';
import { fromTwelfths } from '../grades/twelfths';
import { defineFunction } from '../registry/definition';
import type { ReadContext, ScalarParam } from '../registry/params';
import { wholeRange } from '../registry/paramTypes';
import { collectionColumn, expectedFor, readFlightPath, type FlightPath } from '../targets/flightPath';
import { BLANK, describeShape, type CellOutput, type Grid, type Result } from '../values';

/** The collection's name as typed: text, or a number for a school that numbers its collections. */
const collection: ScalarParam<string> = {
  name: 'collection',
  description: 'The data collection to read, as the table\'s header names it, e.g. "Spring" or "RP2" (case and spaces ignored).',
  kind: 'scalar',
  type: 'string',
  optional: false,
  defaultValue: '',
  read: (value) => {
    if (value instanceof CellError) return value;
    if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) return String(value).trim();
    return new CellError('#VALUE!', `collection must be a collection name, e.g. "Spring" or "RP2", not ${quote(value)}.`);
  },
};

/** One pupil's expected grade: blank for a blank target, the target itself with no table. */
function expectedCell(cell: unknown, column: number | undefined, path: FlightPath | undefined, context: ReadContext): CellOutput {
  const target = context.grades.read(cell);
  if (target === null) return BLANK;
  if (target instanceof CellError) return target;
  if (!path || column === undefined) return fromTwelfths(target);
  const expected = expectedFor(path, column, target, cell);
  return expected instanceof CellError ? expected : fromTwelfths(expected);
}

export const EXPECTED_GRADE = defineFunction({
  name: 'EXPECTED_GRADE',
  family: 'Targets',
  description:
    'The grade each pupil might be at by a collection on the way to their final target, from your flight-path table: ' +
    'a prompt for a conversation, not a verdict.',
  returns:
    'An expected grade for each pupil (5- is 4.67), or the target itself with no table; blank with no target. Pupils do not ' +
    'progress in straight lines (FFT Education Datalab), so use it to ask why a pupil is off it, never to label them.',
  example: {
    formula: '=EXPECTED_GRADE(E2:E300, "Spring", Flight!A1:D10)',
    says: "Where each pupil's final target suggests they might be by Spring: worth a look where RP2 is well off it.",
  },
  params: [
    wholeRange(
      {
        name: 'target',
        description: 'Final target grades, one per pupil: each must be in the first column of table (6+ needs its own row).',
      },
      (grid) => grid,
    ),
    collection,
    wholeRange(
      {
        name: 'table',
        description:
          'Your flight paths: final targets down the first column, collections (Autumn, Spring, Summer) across the top, ' +
          'expected grades (5-, 4+) in the cells. Left out, the target itself.',
      },
      (grid, context) => readFlightPath(grid, context.grades),
      { optional: true },
    ),
  ],
  whole: (targets: Grid, name: string, path: FlightPath | undefined, context: ReadContext): Result => {
    const width = targets[0]?.length ?? 0;
    if (width === 0)
      return new CellError('#VALUE!', `EXPECTED_GRADE: target is an empty range (${describeShape(targets)}): use the target column.`);
    const column = path ? collectionColumn(path, name) : undefined;
    if (column instanceof CellError) return column;
    // Every row as wide as the first, as a host passes ranges; a spreadsheet never sends a ragged one.
    const grid = targets.map((row) => Array.from({ length: width }, (_, c) => expectedCell(row[c], column, path, context)));
    return grid.length === 1 && width === 1 ? grid[0]![0]! : grid;
  },
});
