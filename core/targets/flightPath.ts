/**
 * A school's flight-path table: the grade a pupil with each final target is expected to be working
 * at by each data collection. The first column is the final target, the header row names the
 * collections, and every other cell is an expected grade, read with the school's grade scale.
 */
import { CellError, quote } from '../errors';
import type { GradeScale } from '../grades/gradeScale';
import type { Twelfths } from '../grades/twelfths';
import { isBlankScore, type Grid } from '../values';

export interface FlightPath {
  /** The collection names as the header row spells them, left to right. */
  collections: string[];
  /** Each final target (in twelfths) and its expected grades, one per collection. */
  rows: Map<Twelfths, Twelfths[]>;
}

const SHAPE_HINT = 'e.g. Target | Autumn | Spring | Summer, then one row per final target';
const tableError = (message: string) => new CellError('#VALUE!', message);

/** Collection names match however they are spaced or capitalised: " spring " is Spring, "rp 2" is RP2. */
export const foldCollection = (name: string): string => name.replace(/\s+/g, '').toUpperCase();

/** A collection name short enough for a message: a header can hold a paragraph. */
const short = (name: string) => (name.length > 30 ? `${name.slice(0, 27)}...` : name);
const isBlankRow = (row: readonly unknown[]) => row.every(isBlankScore);
const cellName = (value: string | number) => (typeof value === 'string' ? value.trim() : String(value));
/** A grade cell as a message shows it: text as typed, a number to two places. */
const shown = (value: unknown) => (typeof value === 'number' ? String(Math.round(value * 100) / 100) : quote(value));

/** Why a table cell is not a grade, as the end of a sentence that says where it is and what it should be. */
function notAGrade(value: unknown, what: string): string {
  return value instanceof CellError
    ? `shows an error as ${what}: fix that cell`
    : `has ${quote(value)} as ${what}, which is not a grade: use a grade such as 5, 5- or 4+`;
}

/** Reads the table, or says what to fix. Blank rows and wholly blank columns are passed over. */
export function readFlightPath(grid: Grid, grades: GradeScale): FlightPath | CellError {
  const width = grid[0]?.length ?? 0;
  const columns = Array.from({ length: width }, (_, column) => column).filter(
    (column) => column === 0 || !grid.every((row) => isBlankScore(row[column])),
  );
  const lines = grid.map((row, index) => ({ row, line: index + 1 })).filter(({ row }) => !isBlankRow(row));
  if (columns.length < 2 || lines.length < 2) {
    return tableError(`table needs a header row of collection names above the final targets and expected grades, ${SHAPE_HINT}.`);
  }
  const [header, ...body] = lines as [(typeof lines)[number], ...typeof lines];
  const headerCells = columns.slice(1).map((column) => header.row[column]);
  if (headerCells.every((cell) => typeof grades.read(cell) === 'number')) {
    return tableError(`table has no header row: add a row of collection names above the grades, ${SHAPE_HINT}.`);
  }
  const collections: string[] = [];
  const seen = new Map<string, string>();
  for (const [index, cell] of headerCells.entries()) {
    const column = columns[index + 1]! + 1;
    if (isBlankScore(cell)) {
      return tableError(`Column ${column} of table has grades but no collection name in its header: add one, e.g. Spring or RP2.`);
    }
    if (typeof cell !== 'string' && typeof cell !== 'number') {
      const held = cell instanceof CellError ? 'an error' : quote(cell);
      return tableError(`Column ${column} of table's header row holds ${held}: type a collection name there, e.g. Spring or RP2.`);
    }
    const name = cellName(cell);
    const earlier = seen.get(foldCollection(name));
    if (earlier !== undefined) {
      return tableError(`table's header row names ${quote(earlier)} twice: use one column per collection.`);
    }
    seen.set(foldCollection(name), name);
    collections.push(name);
  }
  const rows = new Map<Twelfths, Twelfths[]>();
  const firstLine = new Map<Twelfths, number>();
  for (const { row, line } of body) {
    const target = grades.read(row[0]);
    if (target === null) {
      return tableError(`Row ${line} of table has expected grades but no final target in its first column: add one, e.g. 5.`);
    }
    if (target instanceof CellError) {
      return tableError(`Row ${line} of table ${notAGrade(row[0], 'its final target')}.`);
    }
    if (rows.has(target)) {
      return tableError(
        `Row ${line} of table repeats the final target ${shown(row[0])} from row ${firstLine.get(target)}: use one row per target.`,
      );
    }
    const expected: Twelfths[] = [];
    for (const [index, column] of columns.slice(1).entries()) {
      const value = row[column];
      const reading = grades.read(value);
      if (reading === null) {
        return tableError(`Row ${line} of table has no expected grade for ${short(collections[index]!)}: fill it in, e.g. 5-.`);
      }
      if (reading instanceof CellError)
        return tableError(`Row ${line} of table ${notAGrade(value, `its ${short(collections[index]!)} grade`)}.`);
      expected.push(reading);
    }
    rows.set(target, expected);
    firstLine.set(target, line);
  }
  return { collections, rows };
}

const LIST_LIMIT = 90;

/** The collections a table has, as a short list for a message. */
function listCollections(collections: readonly string[]): string {
  let list = '';
  for (const [index, name] of collections.entries()) {
    const next = list === '' ? quote(name) : `${list}, ${quote(name)}`;
    if (next.length > LIST_LIMIT) return `${list} and ${collections.length - index} more`;
    list = next;
  }
  return list;
}

/** Which column of the table a collection name is, or a #VALUE! naming the collections it has. */
export function collectionColumn(path: FlightPath, collection: string): number | CellError {
  const folded = foldCollection(collection);
  const column = path.collections.findIndex((name) => foldCollection(name) === folded);
  if (column >= 0) return column;
  return tableError(`${quote(collection)} is not a collection in table: use one of ${listCollections(path.collections)}.`);
}

/**
 * The expected grade for one final target. A target must be in the table exactly (5 and 5= are the
 * same target; 6+ needs its own row): borrowing the nearest path would quietly expect less of a pupil.
 */
export function expectedFor(path: FlightPath, column: number, target: Twelfths, cell: unknown): Twelfths | CellError {
  const expected = path.rows.get(target);
  if (expected) return expected[column]!;
  return new CellError('#N/A', `table has no row for a final target of ${shown(cell)}: add one, or check the target.`);
}
