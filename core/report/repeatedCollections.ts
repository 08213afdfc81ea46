/**
 * Keeps apart the grade columns of one subject that share a heading and a target. Filed under one
 * collection name they would be pooled, and a trend would be read between the pool and the next
 * collection (one tracker read "gap narrowed from 50 to 0" when its latest grades showed no change).
 * Each repeat gets the label the layout's warning promised, and the report says which columns.
 */
import { collectionOwner, describeSeparation, separateCollections } from '../layout/collectionLabels';
import { nameColumns } from '../layout/messages';
import { ROLE_LABELS } from '../layout/roles';

/** What is read of a cohort's grade column; said here, not imported, so cohort.ts can call this without a cycle. */
export interface RepeatableColumn {
  index: number;
  letter: string;
  label: string;
  collection: string;
  subjectKey: string;
  target: { index: number } | null;
}

export function separateRepeatedCollections<Column extends RepeatableColumn>(
  columns: readonly Column[],
): { columns: Column[]; notes: string[] } {
  const byIndex = new Map(columns.map((column) => [column.index, column]));
  const { labels, repeats } = separateCollections(
    columns.map((column) => ({
      index: column.index,
      letter: column.letter,
      collection: column.collection,
      owner: collectionOwner(column.subjectKey, column.target?.index ?? null),
    })),
  );
  const notes = repeats.map(
    (repeat) =>
      `${nameColumns(repeat.map((use) => byIndex.get(use.index)!))} have the same heading, ` +
      'so the report keeps them apart rather than mix their grades: ' +
      `${describeSeparation(repeat, labels)}. Rename one in the sheet to the collection it holds, ` +
      `or set the one not to use to ${ROLE_LABELS.other} in the layout, then build the report again.`,
  );
  return {
    columns: columns.map((column) => (labels.has(column.index) ? { ...column, collection: labels.get(column.index)! } : column)),
    notes,
  };
}
