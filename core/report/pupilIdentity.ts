/** Who a pupil is, from the tracker's name, UPN, class, teacher and form columns, as the report's lists show them. */
import type { LayoutColumn } from '../layout/schema';
import { isBlankText } from '../values';

export interface PupilIdentity {
  /** 1-based sheet row, as people see it. */
  row: number;
  /** "Surname, Forename", or the name column as written, or "Row 12" when the tracker names nobody. */
  name: string;
  /** The UPN, or the admission number when the tracker has no UPN column. */
  upn: string | null;
  className: string | null;
  /** The teacher column as written (initials or a name), or null. */
  teacher: string | null;
  /** The tutor group (form), or null. */
  form: string | null;
}

const text = (value: unknown): string => (isBlankText(value) ? '' : String(value).trim());

export type IdentityColumns = Record<'name' | 'surname' | 'forename' | 'upn' | 'className' | 'teacher' | 'form', LayoutColumn | undefined>;

/** The pupil as the lists name them: "Surname, Forename", the name column, or "Row 12" when the tracker names nobody. */
export function identify(columns: IdentityColumns, at: (column: LayoutColumn | undefined) => unknown, sheetRow: number): PupilIdentity {
  const name = text(at(columns.name));
  const surname = text(at(columns.surname));
  const forename = text(at(columns.forename));
  const joined = surname && forename ? `${surname}, ${forename}` : surname || forename;
  const upn = text(at(columns.upn));
  const className = text(at(columns.className));
  const teacher = text(at(columns.teacher));
  const form = text(at(columns.form));
  return {
    row: sheetRow + 1,
    name: name || joined || `Row ${sheetRow + 1}`,
    upn: upn || null,
    className: className || null,
    teacher: teacher || null,
    form: form || null,
  };
}
