/**
 * The durable mark on a pupil report sheet: Google Sheets developer metadata, an Excel worksheet
 * custom property (ExcelApi 1.12), the same key in both. A sheet's name proves nothing, so the mark
 * says which tracker the sheet reads, the name it was made under (a renamed copy is the school's),
 * the area Tracklight lays out, the cells in it that are the user's (the picker and the comment
 * lines), and one fingerprint of everything else in the area as Tracklight wrote it: a re-run
 * updates the sheet only while that still matches, so nothing a teacher typed there is lost.
 * Excel on the desktop trims a custom property to 255 characters, and the mark stays well inside.
 */
import * as z from 'zod/mini';
import { parseJsonWith } from '../schema';
import { fingerprint, formulaForComparison } from '../classSheets/mark';

export const PUPIL_SHEET_MARK_KEY = 'tracklight.pupilReport';

const markSchema = z.object({
  tracklight: z.literal(1),
  tracker: z.string().check(z.minLength(1)),
  sheet: z.string().check(z.minLength(1)),
  /** 'A1:H40'. */
  area: z.string().check(z.minLength(2)),
  /** The user's cells in the area, e.g. ['B3', 'A31:H34']. */
  keep: z.array(z.string()),
  /** The fingerprint of the area's other cells, row by row. */
  cells: z.string(),
});

export type PupilSheetMark = z.infer<typeof markSchema>;

export const writePupilSheetMark = (mark: Omit<PupilSheetMark, 'tracklight'>): string => JSON.stringify({ tracklight: 1, ...mark });

export const readPupilSheetMark = (text: string | null | undefined): PupilSheetMark | null => parseJsonWith(markSchema, text);

/**
 * A cell as a host gives it back, folded so that what a host changes on its own is not an edit:
 * formulaForComparison's folds, and the quotes around a sheet name, which a host drops when the
 * name does not need them ('Year10'!A1 comes back as Year10!A1).
 */
export function cellForComparison(content: string): string {
  return formulaForComparison(content)
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/'((?:[^']|'')+)'!/g, (_, name: string) => `${name.replace(/''/g, "'")}!`)))
    .join('');
}

/** One fingerprint for the managed cells' contents, in row order. */
export const managedFingerprint = (contents: readonly string[]): string => fingerprint(contents.map(cellForComparison).join('\u001f'));
