/**
 * Everything a layout derives from its columns' roles: subjects, data collections in order, pairs and
 * warnings. Detection calls it once; the panel calls it again (through `rebuildPairs`) after the user
 * changes a role, so a correction flows through exactly as a detection would.
 */
import { duplicateRoleWarning, noGradeWarning, noTargetWarning } from './messages';
import { collectionKey, pairGrades } from './pairing';
import { repeatedHeadingWarnings } from './repeatedHeadings';
import { ONE_COLUMN_ROLES } from './roles';
import type { Layout, LayoutColumn, LayoutWarning, LayoutWarningCode } from './schema';
import { subjectKey } from './subjects';
import { trimSeparators } from './classify';
import { tokenise } from './tokens';
import { EXPECTED_WORDS, gradeKind } from './gradeWords';
import { NOISE_WORDS } from './words';

/** Warnings only detection can know (they depend on the sheet's rows, not the columns' roles): kept across re-analysis. */
export const DETECTION_WARNINGS: ReadonlySet<LayoutWarningCode> = new Set<LayoutWarningCode>([
  'noHeaderRow',
  'weakHeaderRow',
  'blankHeading',
  'changedHeading',
]);

type Derived = Pick<Layout, 'columns' | 'pairs' | 'subjects' | 'collections' | 'warnings'>;

export function analyseColumns(input: readonly LayoutColumn[], keptWarnings: readonly LayoutWarning[] = []): Derived {
  const columns = withCollections([...input].sort((a, b) => a.index - b.index));
  const { pairs, warnings: pairWarnings } = pairGrades(columns);
  const hasRole = (role: LayoutColumn['role']) => columns.some((column) => column.role === role);
  const roleWarnings: LayoutWarning[] = [];
  if (columns.length > 0 && !hasRole('target') && !hasRole('expected')) roleWarnings.push(noTargetWarning());
  if (columns.length > 0 && !hasRole('grade')) roleWarnings.push(noGradeWarning());
  const repeats = repeatedHeadingWarnings(columns, pairs);
  return {
    columns,
    pairs,
    subjects: distinctInOrder(
      columns.filter((column) => column.role === 'grade' || column.role === 'target').map((column) => column.subject),
      subjectKey,
    ),
    collections: distinctInOrder(
      columns.filter((column) => column.role === 'grade').map((column) => column.collection),
      (collection) => collection,
    ),
    warnings: [...keptWarnings, ...roleWarnings, ...pairWarnings, ...repeats, ...notRepeated(duplicateWarnings(columns), repeats)],
  };
}

/** Grade columns get a collection, named by its first spelling ("RP1" and "rp 1" are one); other columns none. */
function withCollections(columns: LayoutColumn[]): LayoutColumn[] {
  const labels = new Map<string, string>();
  return columns.map((column) => {
    if (column.role === 'expected') {
      const { kind: _kind, ...rest } = column;
      return { ...rest, collection: column.collection ?? expectedCollection(collectionFromLabel(column)) };
    }
    if (column.role !== 'grade') {
      const { kind: _kind, ...rest } = column;
      return column.collection === null && column.kind === undefined ? column : { ...rest, collection: null };
    }
    const own = column.collection ?? collectionFromLabel(column);
    const key = collectionKey(own);
    if (!labels.has(key)) labels.set(key, own);
    const kind = column.kind === undefined ? gradeKind(tokenise(column.header || column.label).map((token) => token.word)) : column.kind;
    return { ...column, collection: labels.get(key)!, ...(kind ? { kind } : {}) };
  });
}

/** "Y10 Spr EAP" -> "Y10 Spr", "Term 1 Expected Grade" -> "Term 1"; "Expected" and "Flight path" name no collection. */
export function expectedCollection(text: string): string | null {
  const kept = tokenise(text).filter(({ word }) => !EXPECTED_WORDS.has(word) && !NOISE_WORDS.has(word));
  if (kept.length === 0) return null;
  return trimSeparators(text.slice(kept[0]!.start, kept[kept.length - 1]!.end)) || null;
}

/** "Maths RP2" with subject "Maths" -> "RP2", for a column the user has just made a grade column. */
function collectionFromLabel(column: LayoutColumn): string {
  const { label, subject } = column;
  if (subject && label.toLowerCase().startsWith(subject.toLowerCase()) && label.length > subject.length) {
    return label.slice(subject.length).trim() || label;
  }
  return label;
}

function distinctInOrder(values: readonly (string | null)[], keyOf: (value: string) => string): string[] {
  const seen = new Map<string, string>();
  for (const value of values) if (value !== null && !seen.has(keyOf(value))) seen.set(keyOf(value), value);
  return [...seen.values()];
}

/** Two columns with one heading are warned about once: the repeated heading says which one reports read. */
function notRepeated(duplicates: readonly LayoutWarning[], repeats: readonly LayoutWarning[]): LayoutWarning[] {
  const warned = new Set(repeats.map((repeat) => repeat.columns.join(',')));
  return duplicates.filter((duplicate) => !warned.has(duplicate.columns.join(',')));
}

function duplicateWarnings(columns: readonly LayoutColumn[]): LayoutWarning[] {
  const groups = new Map<string, LayoutColumn[]>();
  for (const column of columns) {
    if (!ONE_COLUMN_ROLES.has(column.role)) continue;
    const perSubject = column.role === 'class' || column.role === 'teacher';
    const key = `${column.role}|${perSubject && column.subject ? subjectKey(column.subject) : ''}`;
    const group = groups.get(key);
    if (group) group.push(column);
    else groups.set(key, [column]);
  }
  return [...groups.values()].filter((group) => group.length > 1).map((group) => duplicateRoleWarning(group[0]!.role, group));
}
