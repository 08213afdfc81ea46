/**
 * What a report calls a collection that one subject repeats. Two grade columns of one subject, coloured
 * against one target, under one heading would otherwise be pooled as one collection, mixing two sets of
 * grades (an autumn RP1 and a summer column copied from it and never renamed). Each repeat is kept apart
 * under a label naming its column. Detection's warning quotes these labels and the report uses them, so
 * the data manager meets the same words in the panel and on the report.
 */
import { joinWords } from './messages';

/** A grade column as a report files it. */
export interface CollectionUse {
  index: number;
  letter: string;
  collection: string;
  /** Columns with the same owner and collection repeat one another (see `collectionOwner`). */
  owner: string;
}

/**
 * The subject and the target: grades against one target are one subject's, even where the headings
 * name none. Repeated blocks with no subject names ("Target | RP1 | Target | RP1") pair with different
 * targets, so they stay one collection, pooled as two subjects' would be.
 */
export const collectionOwner = (subjectKey: string, targetIndex: number | null): string => `${subjectKey}|${targetIndex ?? ''}`;

export const columnCollectionLabel = (collection: string, letter: string): string => `${collection} (column ${letter})`;

export interface Separation {
  /** Column index -> its label in the report, for every column whose label is not its collection's name. */
  labels: Map<number, string>;
  /** Each set of columns that repeat one subject's collection, in sheet order. */
  repeats: CollectionUse[][];
}

/** `uses` in sheet order. */
export function separateCollections(uses: readonly CollectionUse[]): Separation {
  const labels = new Map<number, string>();
  const repeats: CollectionUse[][] = [];
  const taken = new Set(uses.map((use) => use.collection));
  for (const inCollection of groupBy(uses, (use) => use.collection).values()) {
    const byOwner = groupBy(inCollection, (use) => use.owner);
    // Other subjects share the collection: each subject's first column stays in it, pooled with theirs,
    // so the collection keeps its place in the trend; otherwise every repeat carries its letter.
    const shared = byOwner.size > 1;
    for (const group of byOwner.values()) {
      if (group.length < 2) continue;
      repeats.push(group);
      for (const use of shared ? group.slice(1) : group)
        labels.set(use.index, unused(columnCollectionLabel(use.collection, use.letter), taken));
    }
  }
  return { labels, repeats };
}

/** "D as 'RP1 (column D)' and F as 'RP1 (column F)'". Not shortened: the letter at the end is what tells them apart. */
export function describeSeparation(
  columns: readonly { index: number; letter: string; collection: string }[],
  labels: ReadonlyMap<number, string>,
): string {
  const shown = columns.slice(0, 6).map((column) => `${column.letter} as '${labels.get(column.index) ?? column.collection}'`);
  if (columns.length > 6) shown.push(`${columns.length - 6} more`);
  return joinWords(shown);
}

/** A school may already have a column headed "RP1 (column F)": a label is never one that is taken. */
function unused(label: string, taken: Set<string>): string {
  let candidate = label;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${label} (${n})`;
  taken.add(candidate);
  return candidate;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(keyOf(item));
    if (group) group.push(item);
    else groups.set(keyOf(item), [item]);
  }
  return groups;
}
