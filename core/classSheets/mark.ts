/**
 * The durable mark on a class sheet Tracklight made. A name proves nothing (a school can make its
 * own "Class 10B"), so each class sheet carries a mark no user can make by accident: Google Sheets
 * developer metadata on the sheet, Excel worksheet custom properties (ExcelApi 1.12). Neither is
 * shown or edited anywhere in the spreadsheet's own screens.
 *
 * The mark says which tracker and class the sheet is for, the name it was written under (so a
 * sheet a teacher renamed, or a copy of one, can be told from the original) and fingerprints of
 * what Tracklight last wrote in A1 and A2, so a teacher's edit there is seen before anything is
 * written. Excel on the desktop trims a custom property to 255 characters, so the class and the
 * cells go in as fingerprints; the names fit (Excel sheet names have at most 31 characters).
 */
import * as z from 'zod/mini';
import { parseJsonWith } from '../schema';
import { tidyClass } from './classes';

/** The key of the mark, in both hosts. */
export const CLASS_SHEET_MARK_KEY = 'tracklight.classSheet';

const markSchema = z.object({
  tracklight: z.literal(1),
  tracker: z.string().check(z.minLength(1)),
  sheet: z.string().check(z.minLength(1)),
  class: z.string().check(z.minLength(1)),
  /** Fingerprints of A1 and A2 as Tracklight last wrote them. */
  a1: z.string(),
  a2: z.string(),
});

export type ClassSheetMark = z.infer<typeof markSchema>;

/**
 * FNV-1a, 32 bits, as 8 hex digits: not a secret, only a short way to say "exactly this text".
 * A hand edit that happened to give the same fingerprint is a one-in-four-billion accident.
 */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * A formula as either host may give it back: Excel may add the _xlfn. prefix to newer functions
 * and either host may change case or spacing outside string literals. Those differences are not
 * a teacher's edit, so they are folded away before comparing.
 */
export function formulaForComparison(content: string): string {
  if (!content.startsWith('=')) return content;
  return content
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/_xl(fn|ws)\./gi, '')
            .replace(/\s+/g, '')
            .toUpperCase(),
    )
    .join('');
}

/** The fingerprint of one managed cell's content; an empty cell has none. */
export const cellFingerprint = (content: string): string => (content === '' ? '' : fingerprint(formulaForComparison(content)));

export const classFingerprint = (className: string): string => fingerprint(tidyClass(className).toLowerCase());

export function writeMark(mark: Omit<ClassSheetMark, 'tracklight'>): string {
  return JSON.stringify({ tracklight: 1, ...mark });
}

/** The mark as stored, or null when the text is not a mark this Tracklight wrote. */
export const readMark = (text: string | null | undefined): ClassSheetMark | null => parseJsonWith(markSchema, text);
