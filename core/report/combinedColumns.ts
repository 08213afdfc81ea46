/**
 * The columns of one wide tracker made from several sheets: who the pupil is and the groups they are in
 * once (from whichever sheet has them), then each sheet's own subject columns, the subject taken from the
 * sheet's name where the columns name none. Pairs follow their columns; the result is a layout that
 * layoutSchema accepts, read by the report exactly as a wide tracker's.
 */
import { collectionKey, labelPairs } from '../layout/pairing';
import { ONE_COLUMN_ROLES, type ColumnRole } from '../layout/roles';
import { layoutSchema, type Layout, type LayoutColumn } from '../layout/schema';
import { subjectKey } from '../layout/subjects';
import { shortHeader } from '../layout/detect';
import { columnLetter } from '../workbook/a1';
import type { SheetToCombine } from './sheetPupils';
import { subjectFromSheetName } from './sheetSubject';

/** Columns that belong to one subject's department: kept per sheet, with the sheet's subject. */
const SUBJECT_ROLES = new Set<ColumnRole>(['target', 'expected', 'grade', 'status', 'teacher', 'intervention', 'effort', 'homework']);

export interface CombinedColumn {
  column: LayoutColumn;
  /** Per sheet, the column read for it (an index into that sheet's rows), or -1 where the sheet has none. */
  from: Int32Array;
  /** Identity and flag columns: the first sheet with a value gives it; subject columns have one sheet. */
  shared: boolean;
}

/**
 * Identity, flag and prior-attainment columns, and a class column naming no subject (the pupil's class
 * or form as the first sheet has it), are shared; "Other" columns are left out, as no report reads them.
 */
const isShared = (column: LayoutColumn) => !SUBJECT_ROLES.has(column.role) && !(column.role === 'class' && column.subject !== null);

/** One column per role where the report reads one; several (CAT4 verbal, CAT4 mean) told apart by heading. */
const sharedKey = (column: LayoutColumn) =>
  ONE_COLUMN_ROLES.has(column.role) ? column.role : `${column.role}|${column.label.toLowerCase().replace(/\s+/g, ' ')}`;

export function combinedColumns(sheets: readonly SheetToCombine[]): CombinedColumn[] {
  const shared = new Map<string, CombinedColumn>();
  const own: CombinedColumn[] = [];
  const fromOne = (sheet: number, index: number) => {
    const from = new Int32Array(sheets.length).fill(-1);
    from[sheet] = index;
    return from;
  };
  sheets.forEach(({ name, layout }, sheet) => {
    const subject = subjectFromSheetName(name);
    for (const column of [...layout.columns].sort((a, b) => a.index - b.index)) {
      if (column.role === 'other') continue;
      if (isShared(column)) {
        const key = sharedKey(column);
        const found = shared.get(key);
        if (!found) shared.set(key, { column, from: fromOne(sheet, column.index), shared: true });
        else if (found.from[sheet] === -1) found.from[sheet] = column.index;
      } else own.push({ column: withSubject(column, subject), from: fromOne(sheet, column.index), shared: false });
    }
  });
  return [...shared.values(), ...own];
}

/** "RP1" on 'Y11 Maths' becomes "Maths RP1" of subject Maths; a column that names its subject keeps it. */
function withSubject(column: LayoutColumn, subject: string): LayoutColumn {
  if (column.subject !== null) return column;
  const named = column.label.toLowerCase().startsWith(subject.toLowerCase());
  return { ...column, subject, label: (named ? column.label : `${subject} ${column.label}`).slice(0, 260) };
}

/** The combined layout: headings in `headerRow`, columns renumbered from A, pairs re-pointed, one spelling per collection. */
export function combinedLayout(
  sheets: readonly SheetToCombine[],
  columns: readonly CombinedColumn[],
  rowsAt: { headerRow: number; dataStartRow: number },
): Layout {
  const spelling = new Map<string, string>();
  const renumbered = columns.map(({ column }, index): LayoutColumn => {
    let collection = column.collection;
    if (column.role === 'grade' && collection !== null) {
      const key = collectionKey(collection);
      if (!spelling.has(key)) spelling.set(key, collection);
      collection = spelling.get(key)!;
    }
    return { ...column, index, letter: columnLetter(index), header: shortHeader(column.label), collection };
  });
  const newIndex = new Map<string, number>();
  columns.forEach(({ from }, index) => from.forEach((at, sheet) => at >= 0 && newIndex.set(`${sheet}|${at}`, index)));
  const pairs = sheets.flatMap(({ layout }, sheet) =>
    layout.pairs.flatMap((pair) => {
      const [grade, target] = [newIndex.get(`${sheet}|${pair.grade}`), newIndex.get(`${sheet}|${pair.target}`)];
      return grade === undefined || target === undefined ? [] : [{ grade, target }];
    }),
  );
  const distinct = (values: (string | null)[], keyOf: (value: string) => string) => {
    const seen = new Map<string, string>();
    for (const value of values) if (value !== null && !seen.has(keyOf(value))) seen.set(keyOf(value), value);
    return [...seen.values()];
  };
  const roleIs = (...roles: ColumnRole[]) => renumbered.filter((column) => roles.includes(column.role));
  return layoutSchema.parse({
    version: 1,
    ...rowsAt,
    columns: renumbered,
    pairs: labelPairs(pairs, renumbered),
    subjects: distinct(
      roleIs('grade', 'target').map((column) => column.subject),
      subjectKey,
    ),
    collections: distinct(
      roleIs('grade').map((column) => column.collection),
      (collection) => collection,
    ),
    // The sheets' own warnings name their own columns; what combining found is said in the report's warnings instead.
    warnings: [],
  });
}
