/**
 * Class or teacher names as small whole numbers, read once per section: a tally per name can then live in an array
 * indexed by pupil, and names sort by a rank worked out once, not by asking Intl.Collator at every comparison.
 */
import type { PupilRecord } from './pupils';

/** Names as a person reads them: 10X2 before 10X10, capitals ignored. */
export const byName = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

export interface NameIndex {
  /** The distinct names, in the order first met. */
  names: string[];
  /** Per pupil position: the index of the pupil's name in `names`, or -1 for none. */
  of: Int32Array;
  /**
   * Compares two indexes as byName compares their names (names it calls equal compare 0), so a stable
   * sort by it gives the order a sort by byName would.
   */
  compare(a: number, b: number): number;
}

export function indexNames(pupils: readonly PupilRecord[], nameOf: (pupil: PupilRecord) => string | null): NameIndex {
  const names: string[] = [];
  const indexOf = new Map<string, number>();
  const of = new Int32Array(pupils.reduce((length, pupil) => Math.max(length, pupil.position + 1), 0)).fill(-1);
  for (const pupil of pupils) {
    const name = nameOf(pupil);
    if (name === null) continue;
    let index = indexOf.get(name);
    if (index === undefined) {
      index = names.length;
      indexOf.set(name, index);
      names.push(name);
    }
    of[pupil.position] = index;
  }
  const rank = new Int32Array(names.length);
  const sorted = names.map((_, index) => index).sort((a, b) => byName.compare(names[a]!, names[b]!));
  sorted.forEach((index, i) => {
    const previous = sorted[i - 1];
    const same = previous !== undefined && byName.compare(names[previous]!, names[index]!) === 0;
    rank[index] = previous === undefined ? 0 : same ? rank[previous]! : rank[previous]! + 1;
  });
  return { names, of, compare: (a, b) => rank[a]! - rank[b]! };
}
