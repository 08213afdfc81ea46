/**
 * Columns whose headings read the same, as the layout compares headings: case, spacing, filler words
 * ("Grade") and the subject's spelling ("Mathematics" for "Maths") aside. Reports tell columns apart
 * by their headings, so each repeat is warned about, naming every column and saying what to change.
 */
import { classifyHeader } from './classify';
import { collectionOwner, describeSeparation, separateCollections, type CollectionUse } from './collectionLabels';
import { joinWords, nameColumns, warning } from './messages';
import { collectionKey } from './pairing';
import { ONE_COLUMN_ROLES, ROLE_LABELS, type ColumnRole } from './roles';
import type { LayoutColumn, LayoutPair, LayoutWarning } from './schema';
import { subjectKey } from './subjects';

/** Roles no report reads, so a repeat there misleads nobody. */
const UNREAD_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['other', 'status']);

const NOT_USED = `set the one not to use to ${ROLE_LABELS.other} in the panel`;

const subjectOf = (column: LayoutColumn): string => (column.subject ? subjectKey(column.subject) : '');

/** What two headings share when they read the same: the subject, and the rest of the heading's words. */
function headingKey(column: LayoutColumn): string {
  if (column.role === 'grade') return `${subjectOf(column)}|${collectionKey(column.collection ?? column.label)}`;
  // The subject's words are cut out only where the layout took that subject from the heading itself.
  const reading = classifyHeader(column.header);
  const own = reading.subject && reading.subject.key === subjectOf(column) ? reading.collectionLabel : column.header;
  // A band above may name an expected grade's collection ("Autumn" over "Expected"): two under different bands differ.
  const band = column.role === 'expected' && column.collection ? `|${collectionKey(column.collection)}` : '';
  return `${subjectOf(column)}|${collectionKey(own)}${band}`;
}

/** Sets of two or more columns with one role and one heading, in sheet order. */
export function repeatedHeadings(columns: readonly LayoutColumn[]): LayoutColumn[][] {
  const groups = new Map<string, LayoutColumn[]>();
  for (const column of columns) {
    if (column.header === '' || UNREAD_ROLES.has(column.role)) continue;
    const key = `${column.role}|${headingKey(column)}`;
    const group = groups.get(key);
    if (group) group.push(column);
    else groups.set(key, [column]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

/** Grade columns as a report files them, by collection and by the subject and target they belong to. */
export function collectionUses(columns: readonly LayoutColumn[], pairs: readonly LayoutPair[]): CollectionUse[] {
  const targetOf = new Map(pairs.map((pair) => [pair.grade, pair.target]));
  return columns
    .filter((column) => column.role === 'grade')
    .map((column) => ({
      index: column.index,
      letter: column.letter,
      collection: column.collection ?? column.label,
      owner: collectionOwner(subjectOf(column), targetOf.get(column.index) ?? null),
    }));
}

/** One warning per repeated heading; what it says depends on what a report does with the columns. */
export function repeatedHeadingWarnings(columns: readonly LayoutColumn[], pairs: readonly LayoutPair[]): LayoutWarning[] {
  const groups = repeatedHeadings(columns);
  if (groups.length === 0) return [];
  const { labels } = separateCollections(collectionUses(columns, pairs));
  const letterOf = new Map(columns.map((column) => [column.index, column.letter]));
  const targetOf = new Map(pairs.map((pair) => [pair.grade, pair.target]));
  const targetLetters = (group: readonly LayoutColumn[]) => [
    ...new Set(group.flatMap((column) => (targetOf.has(column.index) ? [letterOf.get(targetOf.get(column.index)!)!] : []))),
  ];
  return groups.map((group) =>
    warning(
      'duplicateHeading',
      'warning',
      `${nameColumns(group)} have the same heading${consequence(group, labels, targetLetters)}.`,
      group,
    ),
  );
}

function consequence(
  group: readonly LayoutColumn[],
  labels: ReadonlyMap<number, string>,
  targetLetters: (group: readonly LayoutColumn[]) => string[],
): string {
  const { role } = group[0]!;
  if (role === 'grade' && group.some((column) => labels.has(column.index))) {
    const separated = group.map((column) => ({
      index: column.index,
      letter: column.letter,
      collection: column.collection ?? column.label,
    }));
    return (
      `, so reports keep them apart rather than mix their grades: ${describeSeparation(separated, labels)}. ` +
      `Rename one in the sheet to the collection it holds, or ${NOT_USED}`
    );
  }
  if (role === 'grade' && targetLetters(group).length > 1) {
    return (
      ` and are coloured against different targets (${joinWords(targetLetters(group))}), ` +
      'so reports count them as one collection, as they would two subjects: ' +
      `name the subject in each heading (for example 'Maths ${group[0]!.header}'), or ${NOT_USED}`
    );
  }
  if (role === 'target')
    return `, so only the pairs below tell which grades each colours: rename one in the sheet to say what it holds, or ${NOT_USED}`;
  if (ONE_COLUMN_ROLES.has(role)) return `, and reports read only ${group[0]!.letter}, the first: rename one in the sheet, or ${NOT_USED}`;
  return `, so reports name them alike: rename one in the sheet, or ${NOT_USED}`;
}
