/**
 * The class sheets Tracklight made, as the panel keeps them in the document's settings. Only sheets
 * in this list are ever rewritten; every other sheet, whatever its name, is left alone. Each record
 * names its tracker, so class 10A's sheet for the Year 10 tracker is never repointed at another tracker.
 */
import * as z from 'zod/mini';
import '../schema';

export const classSheetRecordSchema = z.object({
  /** The sheet's name when Tracklight last wrote it. */
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  className: z.string().check(z.minLength(1), z.maxLength(255)),
  trackerSheetName: z.string().check(z.minLength(1), z.maxLength(100)),
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
