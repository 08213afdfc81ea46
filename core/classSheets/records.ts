/**
 * The class sheets Tracklight made, as the panel keeps them in the document's settings. A sheet is
 * found again by its mark (mark.ts); these records are what a host without marks falls back on, with
 * the fingerprints of what was written. Each record names its tracker, so class 10A's sheet for the
 * Year 10 tracker is never repointed at another tracker.
 */
import * as z from 'zod/mini';
import '../schema';

export const classSheetRecordSchema = z.object({
  /** The sheet's name when Tracklight last wrote it. */
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  className: z.string().check(z.minLength(1), z.maxLength(255)),
  trackerSheetName: z.string().check(z.minLength(1), z.maxLength(100)),
  /**
   * Fingerprints of what Tracklight wrote in A1 and A2 (mark.ts). Only a host that cannot keep a
   * mark on the sheet (Excel before ExcelApi 1.12) relies on them; missing in records saved before.
   */
  a1: z.optional(z.string()),
  a2: z.optional(z.string()),
});

export type ClassSheetRecord = z.infer<typeof classSheetRecordSchema>;

/** Reads saved records, dropping any that cannot be read (a dropped record only means a new sheet next time, never an overwrite). */
export function readClassSheetRecords(saved: unknown): ClassSheetRecord[] {
  if (!Array.isArray(saved)) return [];
  return saved.flatMap((entry) => {
    const parsed = classSheetRecordSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * The records to save after a write: the plan's, except that a planned sheet the host did not
 * write keeps its earlier record (if it had one), so what is saved is only ever what was written.
 */
export function recordsToSave(
  planned: readonly ClassSheetRecord[],
  previous: readonly ClassSheetRecord[],
  notWritten: readonly string[],
): ClassSheetRecord[] {
  const skipped = new Set(notWritten.map((name) => name.toLowerCase()));
  const kept = planned.filter((record) => !skipped.has(record.name.toLowerCase()));
  const earlier = previous.filter((record) => skipped.has(record.name.toLowerCase()) && !kept.includes(record));
  return [...kept, ...earlier];
}
