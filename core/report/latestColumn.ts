/**
 * Group families read from a measure a tracker may repeat once per collection (attendance, effort):
 * the latest column, in sheet order, with any readable value stands for the whole year group, so a
 * collection not yet entered never empties the groups, and no pupil is banded on an older collection
 * than the others. Rows arrive one at a time, so when a later row is the first to fill a later column,
 * the pupils read before it are moved to their group in that column (at most once per column).
 */
import type { LayoutColumn } from '../layout/schema';
import type { FamilyDefinition, FamilyId } from './groups';
import type { ProblemLog } from './problemLog';

/** What a measure family needs from the pupil record it sorts. */
export interface Sortable {
  sheetRow: number;
  slots: number[];
  groups: Partial<Record<FamilyId, number>>;
}

export interface MeasureFamilies<T> {
  columns: readonly LayoutColumn[];
  /** A cell's reading: null for blank, undefined when unreadable (noted as `wanted`). */
  read: (value: unknown) => T | null | undefined;
  wanted: string;
  /** Each family with the index of the pupil's group in it for a reading. */
  families: readonly { family: FamilyDefinition; groupOf: (reading: T) => number }[];
}

/** Returns a sorter called once per pupil with that pupil's cells of `columns`. */
export function createMeasureSorter<T>(spec: MeasureFamilies<T>, problems: ProblemLog) {
  const seen: { pupil: Sortable; readings: (T | null)[] }[] = [];
  let chosen = -1;

  // Each family's own slots, found once: placing a pupil first takes them out of any of these.
  const ownSlots = spec.families.map(({ family }) => family.groups.map((group) => group.slot));
  const place = (pupil: Sortable, readings: readonly (T | null)[]) => {
    const reading = chosen >= 0 ? readings[chosen]! : null;
    spec.families.forEach(({ family, groupOf }, f) => {
      const own = ownSlots[f]!;
      const inFamily = (slot: number) => own.includes(slot);
      const index = reading === null ? -1 : groupOf(reading);
      pupil.groups[family.id] = index;
      // Most pupils are placed once, in none of the family's slots yet: no new array for them.
      if (pupil.slots.some(inFamily)) pupil.slots = pupil.slots.filter((slot) => !inFamily(slot));
      if (index >= 0) pupil.slots.push(family.groups[index]!.slot);
    });
  };

  return (pupil: Sortable, cells: readonly unknown[]): void => {
    const readings = spec.columns.map((column, c) => {
      const reading = spec.read(cells[c]);
      if (reading === undefined) problems.note(column, pupil.sheetRow, cells[c], spec.wanted);
      return reading ?? null;
    });
    let latest = readings.length - 1;
    while (latest >= 0 && readings[latest] === null) latest -= 1;
    if (latest > chosen) {
      chosen = latest;
      for (const earlier of seen) place(earlier.pupil, earlier.readings);
    }
    seen.push({ pupil, readings });
    place(pupil, readings);
  };
}

/** The column a sorter settles on for these cells (per pupil, in columns' order): the latest with any readable value. */
export function latestColumnWithValues<T>(
  columns: readonly LayoutColumn[],
  read: (value: unknown) => T | null | undefined,
  cellsOf: (column: LayoutColumn) => Iterable<unknown>,
): LayoutColumn | null {
  for (let c = columns.length - 1; c >= 0; c -= 1) {
    for (const value of cellsOf(columns[c]!)) {
      const reading = read(value);
      if (reading !== undefined && reading !== null) return columns[c]!;
    }
  }
  return null;
}
