/**
 * Developer metadata on a sheet of the Sheets fake, as Apps Script defines it: Sheet.addDeveloperMetadata
 * (key; key, visibility; key, value; key, value, visibility), Sheet.getDeveloperMetadata(),
 * Sheet.createDeveloperMetadataFinder() with withKey / withValue / find(), and on each item getId,
 * getKey, getValue (null when none was given), setValue, remove. Keys compare exactly, as the
 * Sheets API does, and several items may share a key. The user sees none of it in the spreadsheet.
 */
import type { Recorded } from './sheetsRecorder';

export interface MetadataEntry {
  id: number;
  key: string;
  value: string | null;
  visibility: string;
}

export const DeveloperMetadataVisibility = { DOCUMENT: 'DOCUMENT', PROJECT: 'PROJECT' } as const;
const VISIBILITIES = new Set<string>(Object.values(DeveloperMetadataVisibility));

export function metadataApi(recorded: Recorded, nextId: () => number) {
  function item(list: MetadataEntry[], entry: MetadataEntry): object {
    const api: object = recorded('DeveloperMetadata', {
      getId: () => entry.id,
      getKey: () => entry.key,
      getValue: () => entry.value,
      getVisibility: () => entry.visibility,
      setValue: (value: string) => ((entry.value = String(value)), api),
      remove: () => void list.splice(list.indexOf(entry), 1),
    });
    return api;
  }

  /** The three members a sheet gains; `list` is that sheet's metadata, `sheet` its API object (returned for chaining). */
  return (list: MetadataEntry[], sheet: () => object) => ({
    addDeveloperMetadata: (key: unknown, second?: unknown, third?: unknown) => {
      if (typeof key !== 'string' || key === '') throw new Error('Developer metadata needs a key.');
      const secondIsVisibility = typeof second === 'string' && VISIBILITIES.has(second) && third === undefined;
      const value = second === undefined || secondIsVisibility ? null : String(second);
      const visibility = secondIsVisibility
        ? (second as string)
        : typeof third === 'string'
          ? third
          : DeveloperMetadataVisibility.DOCUMENT;
      list.push({ id: nextId(), key, value, visibility });
      return sheet();
    },
    getDeveloperMetadata: () => list.map((entry) => item(list, entry)),
    createDeveloperMetadataFinder: () => {
      const tests: ((entry: MetadataEntry) => boolean)[] = [];
      const finder: object = recorded('DeveloperMetadataFinder', {
        withKey: (key: string) => (tests.push((entry) => entry.key === key), finder),
        withValue: (value: string) => (tests.push((entry) => entry.value === value), finder),
        find: () => list.filter((entry) => tests.every((test) => test(entry))).map((entry) => item(list, entry)),
      });
      return finder;
    },
  });
}
