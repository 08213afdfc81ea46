/**
 * "Who still has to enter": for one data collection, how many pupils on roll have a grade, per class
 * and teacher, and who is missing, with the cell each missing grade goes in. On a wide tracker the
 * count is per subject and class, because each department enters its own grades; there a pupil is on
 * roll in a subject when they have a target or any grade in it (a pupil who dropped it has neither).
 * Pure: the panel reads the sheet and shows the answer; nothing here writes or sends anything.
 */
import { naturalCompare } from '../classSheets/classes';
import { defaultGradeScale, type GradeScale } from '../grades/gradeScale';
import type { Layout, LayoutColumn } from '../layout/schema';
import { subjectKey } from '../layout/subjects';
import { identify, type IdentityColumns } from '../report/pupilIdentity';
import { isBlankText } from '../values';

export interface MissingPupil {
  /** "Surname, Forename", the name column as written, or "Row 12" when the tracker names nobody. */
  name: string;
  /** 1-based sheet row. */
  row: number;
  /** Where the missing grade goes, e.g. "F12". */
  cell: string;
}

export interface CompletionGroup {
  /** The subject on a wide tracker; null on a one-subject sheet. */
  subject: string | null;
  className: string | null;
  teacher: string | null;
  entered: number;
  onRoll: number;
  /** In sheet order. */
  missing: MissingPupil[];
}

export interface CompletionPlan {
  /** The tracker's collections, in the layout's order. */
  collections: string[];
  /** The latest collection any pupil has a grade for; null when no grade is entered yet. */
  latest: string | null;
  /** The collection counted: the one asked for, else the latest, else the first; null when there are none. */
  collection: string | null;
  /** By subject (layout order), then class (natural order: 8A before 10A), then teacher; a class with no pupil on roll has none. */
  groups: CompletionGroup[];
}

interface Subject {
  name: string | null;
  key: string;
  grades: LayoutColumn[];
  targets: LayoutColumn[];
}

const collectionOf = (column: LayoutColumn): string => column.collection ?? column.label;
const keyOf = (column: LayoutColumn): string => (column.subject === null ? '' : subjectKey(column.subject));

/** Grade columns by subject, each with its targets: those paired with its grades, and its own target columns. */
function subjectsOf(layout: Layout): Subject[] {
  const byKey = new Map<string, Subject>();
  for (const column of layout.columns) {
    if (column.role !== 'grade') continue;
    const key = keyOf(column);
    const subject = byKey.get(key) ?? { name: column.subject, key, grades: [], targets: [] };
    subject.grades.push(column);
    byKey.set(key, subject);
  }
  for (const subject of byKey.values()) {
    const paired = new Set(
      layout.pairs.filter((pair) => subject.grades.some((grade) => grade.index === pair.grade)).map((pair) => pair.target),
    );
    subject.targets = layout.columns.filter(
      (column) => paired.has(column.index) || (column.role === 'target' && keyOf(column) === subject.key),
    );
  }
  return [...byKey.values()];
}

/** The subject's own class (or teacher) column on a wide tracker ("Maths Set"), else the general one, else the first. */
function groupColumn(layout: Layout, role: 'class' | 'teacher', key: string): LayoutColumn | undefined {
  const candidates = layout.columns.filter((column) => column.role === role);
  return (
    candidates.find((column) => column.subject !== null && keyOf(column) === key) ??
    candidates.find((column) => column.subject === null) ??
    candidates[0]
  );
}

/** Pupil rows: from the first data row, leaving out rows blank in every column the layout knows. */
function pupilRows(layout: Layout, rows: readonly unknown[][]): number[] {
  if (layout.dataStartRow === null) return [];
  const used = layout.columns.map((column) => column.index);
  const found: number[] = [];
  for (let r = layout.dataStartRow; r < rows.length; r += 1) if (!used.every((at) => isBlankText(rows[r]?.[at]))) found.push(r);
  return found;
}

const orderOf = (text: string | null) => text ?? '\uffff';

/** The tracker's collections in the layout's order, as the panel's select lists them before anything is read. */
export const layoutCollections = (layout: Layout): string[] => [
  ...new Set(layout.columns.filter((column) => column.role === 'grade').map(collectionOf)),
];

export function completionPlan(
  layout: Layout,
  rows: readonly unknown[][],
  collection: string | null = null,
  grades: GradeScale = defaultGradeScale,
): CompletionPlan {
  const subjects = subjectsOf(layout);
  const pupils = pupilRows(layout, rows);
  const hasGrade = (row: number, column: LayoutColumn) => typeof grades.read(rows[row]?.[column.index]) === 'number';
  const gradeColumns = subjects.flatMap((subject) => subject.grades);
  const collections = layoutCollections(layout);
  const latest =
    [...collections]
      .reverse()
      .find((name) => gradeColumns.some((column) => collectionOf(column) === name && pupils.some((row) => hasGrade(row, column)))) ?? null;
  const chosen = collection !== null && collections.includes(collection) ? collection : (latest ?? collections[0] ?? null);
  // Only a wide tracker needs the on-roll rule: on a one-subject sheet every pupil row takes the subject.
  const wide = subjects.length > 1;
  const first = (role: LayoutColumn['role']) => layout.columns.find((column) => column.role === role);

  const groups: CompletionGroup[] = [];
  for (const subject of subjects) {
    const atCollection = subject.grades.filter((column) => collectionOf(column) === chosen);
    if (atCollection.length === 0) continue;
    const columns: IdentityColumns = {
      name: first('name'),
      surname: first('surname'),
      forename: first('forename'),
      upn: first('upn') ?? first('admissionNumber'),
      className: groupColumn(layout, 'class', subject.key),
      teacher: groupColumn(layout, 'teacher', subject.key),
      form: first('form'),
    };
    const own = new Map<string, CompletionGroup>();
    for (const row of pupils) {
      const onRoll =
        !wide || subject.targets.some((column) => hasGrade(row, column)) || subject.grades.some((column) => hasGrade(row, column));
      if (!onRoll) continue;
      const identity = identify(columns, (column) => (column ? rows[row]?.[column.index] : undefined), row);
      const key = `${identity.className ?? ''}\u0000${identity.teacher ?? ''}`;
      const group = own.get(key) ?? {
        subject: wide ? subject.name : null,
        className: identity.className,
        teacher: identity.teacher,
        entered: 0,
        onRoll: 0,
        missing: [],
      };
      own.set(key, group);
      group.onRoll += 1;
      if (atCollection.some((column) => hasGrade(row, column))) group.entered += 1;
      // A subject with the collection typed twice: the grade goes in the first of its columns.
      else group.missing.push({ name: identity.name, row: identity.row, cell: `${atCollection[0]!.letter}${identity.row}` });
    }
    groups.push(
      ...[...own.values()].sort(
        (a, b) => naturalCompare(orderOf(a.className), orderOf(b.className)) || naturalCompare(orderOf(a.teacher), orderOf(b.teacher)),
      ),
    );
  }
  return { collections, latest, collection: chosen, groups };
}
