/**
 * Who each pupil row of one sheet is, for matching the same pupil across a year group's subject sheets:
 * the rows the report would read as pupils (the same rule as cohort.ts), with the UPN, a name key and
 * the name and class as written, for the warnings.
 */
import type { Layout, LayoutColumn } from '../layout/schema';
import { isBlankText } from '../values';

export interface SheetToCombine {
  name: string;
  layout: Layout;
  /** The sheet's values from A1, as host.readValues returns them. */
  rows: readonly unknown[][];
}

export interface PupilRow {
  /** 0-based index into the sheet's rows. */
  row: number;
  /** The UPN folded (no spaces, capitals), or '' when the sheet has none for this row. */
  upn: string;
  /** The name's words folded and sorted, so "Smith, Ann", "ANN  SMITH" and "Ann Smith" agree; '' when nameless. */
  nameKey: string;
  /** The class with spaces taken out, folded; '' when blank. */
  classKey: string;
  /** "Smith, Ann" or the name as written, for the warnings. */
  shownName: string;
  shownClass: string;
}

export interface SheetPupils {
  hasUpn: boolean;
  hasClass: boolean;
  pupils: PupilRow[];
}

const text = (value: unknown): string => (isBlankText(value) ? '' : String(value).trim().replace(/\s+/g, ' '));
const nameKeyOf = (name: string): string =>
  name
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((word) => word !== '')
    .sort()
    .join(' ');

export function readSheetPupils({ layout, rows }: SheetToCombine): SheetPupils {
  const firstOf = (role: LayoutColumn['role']) => layout.columns.find((column) => column.role === role);
  // As pupils.ts: the UPN, else the admission number; the class is the one with no subject (or the first).
  const upn = firstOf('upn') ?? firstOf('admissionNumber');
  const className = layout.columns.find((column) => column.role === 'class' && column.subject === null) ?? firstOf('class');
  const [name, surname, forename] = [firstOf('name'), firstOf('surname'), firstOf('forename')];
  const used = layout.columns.map((column) => column.index);
  const pupils: PupilRow[] = [];
  for (let r = layout.dataStartRow ?? rows.length; r < rows.length; r += 1) {
    const cells = rows[r] ?? [];
    if (used.every((at) => isBlankText(cells[at]))) continue;
    const at = (column: LayoutColumn | undefined) => (column ? text(cells[column.index]) : '');
    const [last, first] = [at(surname), at(forename)];
    const shownName = at(name) || (last && first ? `${last}, ${first}` : last || first);
    const shownClass = at(className);
    pupils.push({
      row: r,
      upn: at(upn).replace(/\s/g, '').toUpperCase(),
      nameKey: nameKeyOf(shownName),
      classKey: shownClass.replace(/\s/g, '').toLowerCase(),
      shownName: shownName || `Row ${r + 1}`,
      shownClass,
    });
  }
  return { hasUpn: upn !== undefined, hasClass: className !== undefined, pupils };
}
