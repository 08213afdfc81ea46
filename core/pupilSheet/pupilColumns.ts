/**
 * What the pupil report shows, read from the layout alone: the column the picker lists, who the
 * pupil is, one row per subject with its target and its grade at each collection, and effort and
 * attendance. Nothing here reads a pupil's values except to tell whether names are unique.
 */
import type { Layout, LayoutColumn } from '../layout/schema';

/** A column's place and how the report names it. */
export interface ShownColumn {
  index: number;
  label: string;
}

export interface SubjectRow {
  /** The subject as the layout names it; the tracker's sheet name for a one-subject tracker. */
  subject: string;
  target: ShownColumn | null;
  /** One entry per report collection (same order as PupilColumns.collections): the grade column, or null. */
  grades: (ShownColumn | null)[];
  /** The column each grade is coloured against (its pair's target), or null where it has none. */
  comparedWith: (number | null)[];
}

export interface PupilColumns {
  pick: ShownColumn & { kind: 'name' | 'upn' | 'admissionNumber' | 'candidateNumber' };
  details: ShownColumn[];
  collections: string[];
  subjects: SubjectRow[];
  measures: ShownColumn[];
  notes: string[];
}

export type PupilColumnsChoice = { ok: true; columns: PupilColumns } | { ok: false; message: string };

const PICK_ROLES = ['name', 'upn', 'admissionNumber', 'candidateNumber'] as const;
const DETAIL_ROLES = ['name', 'forename', 'surname', 'class', 'teacher', 'form', 'yearGroup'] as const;
const MEASURE_ROLES = ['effort', 'attendance'] as const;

const shown = (column: LayoutColumn): ShownColumn => ({ index: column.index, label: column.label });
const tidy = (value: unknown): string => (value === null || value === undefined ? '' : String(value).trim().toLowerCase());
const of = (layout: Layout, roles: readonly string[]) => layout.columns.filter((column) => roles.includes(column.role));

/** Names that appear on more than one pupil row: MATCH would always show the first of them. */
function repeatedValues(values: readonly unknown[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const value of values.map(tidy).filter((each) => each !== '')) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}

/**
 * The picker lists names when they tell every pupil apart; otherwise the UPN (or admission or
 * candidate number), with the name shown beside it. `pupilValues(column)` gives that column's
 * pupil cells.
 */
function choosePick(layout: Layout, pupilValues: (column: number) => readonly unknown[]): PupilColumnsChoice | PupilColumns['pick'] {
  const candidates = PICK_ROLES.flatMap((role) => {
    const column = layout.columns.find((each) => each.role === role);
    return column ? [{ ...shown(column), kind: role }] : [];
  });
  const [first, ...others] = candidates;
  if (!first) {
    return {
      ok: false,
      message:
        "The pupil report lists the tracker's pupils by name or UPN, and this tracker has neither. In the layout above, set the role " +
        "of the column that holds each pupil's name to 'Pupil name' (or their UPN to 'UPN'), then try again. Nothing was changed.",
    };
  }
  if (first.kind !== 'name' || others.length === 0 || repeatedValues(pupilValues(first.index)).length === 0) return first;
  return others[0]!;
}

export function pupilColumns(
  layout: Layout,
  trackerSheetName: string,
  pupilValues: (column: number) => readonly unknown[],
): PupilColumnsChoice {
  const pick = choosePick(layout, pupilValues);
  if ('ok' in pick) return pick;
  const notes: string[] = [];
  const name = layout.columns.find((column) => column.role === 'name');
  const repeated = name ? repeatedValues(pupilValues(name.index)).length : 0;
  const splitName = !name && layout.columns.some((column) => column.role === 'surname' || column.role === 'forename');
  if (splitName)
    notes.push(
      `The list in the pupil cell is of ${pick.label}s, because this tracker keeps surnames and forenames in separate columns: ` +
        "the pupil's name shows below it.",
    );
  if (repeated > 0 && pick.kind !== 'name')
    notes.push(`Some pupils share a name, so the report's list is the ${pick.label} column, and the name is shown beside it.`);
  else if (repeated > 0)
    notes.push(
      `${repeated} ${repeated === 1 ? 'name is' : 'names are'} shared by more than one pupil, and the tracker has no UPN column: ` +
        'the report shows the first pupil of a shared name. Add a UPN column to tell them apart.',
    );
  const details = of(layout, DETAIL_ROLES)
    .filter((column) => column.index !== pick.index)
    .map(shown);

  const grades = layout.columns.filter((column) => column.role === 'grade');
  if (grades.length === 0) {
    return {
      ok: false,
      message:
        "The pupil report shows each subject's grades, and this tracker has no grade columns. Set the grade columns' role to " +
        "'Grade' in the layout above, then try again. Nothing was changed.",
    };
  }
  const collectionOf = (column: LayoutColumn) => column.collection ?? column.label;
  const collections = [...new Set([...layout.collections, ...grades.map(collectionOf)])].filter((collection) =>
    grades.some((column) => collectionOf(column) === collection),
  );
  const subjectNames = [...new Set(grades.map((column) => column.subject ?? trackerSheetName))];
  const pairOf = new Map(layout.pairs.map((pair) => [pair.grade, pair.target]));
  const subjects = subjectNames.map((subject): SubjectRow => {
    const own = grades.filter((column) => (column.subject ?? trackerSheetName) === subject);
    const cells = collections.map((collection) => own.find((column) => collectionOf(column) === collection) ?? null);
    const comparedWith = cells.map((column) => (column ? (pairOf.get(column.index) ?? null) : null));
    return { subject, target: subjectTarget(layout, own, comparedWith), grades: cells.map((cell) => cell && shown(cell)), comparedWith };
  });
  const lost = grades.length - subjects.reduce((total, row) => total + row.grades.filter(Boolean).length, 0);
  if (lost > 0)
    notes.push(`${lost} grade ${lost === 1 ? 'column is' : 'columns are'} left out: two columns of one subject share a collection.`);
  return { ok: true, columns: { pick, details, collections, subjects, measures: of(layout, MEASURE_ROLES).map(shown), notes } };
}

/**
 * The subject's Target column: the target most of its grades are paired with, else a Target
 * column of that subject. A per-collection expected grade is not the target: it is shown only as
 * what a grade is coloured against.
 */
function subjectTarget(layout: Layout, own: readonly LayoutColumn[], comparedWith: readonly (number | null)[]): ShownColumn | null {
  const byIndex = new Map(layout.columns.map((column) => [column.index, column]));
  const targets = comparedWith.filter((index): index is number => index !== null && byIndex.get(index)?.role === 'target');
  const counts = new Map<number, number>();
  for (const index of targets) counts.set(index, (counts.get(index) ?? 0) + 1);
  const mostUsed = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  if (mostUsed !== undefined) return shown(byIndex.get(mostUsed)!);
  const subject = own[0]?.subject ?? null;
  const column = layout.columns.find((each) => each.role === 'target' && each.subject === subject);
  return column ? shown(column) : null;
}
