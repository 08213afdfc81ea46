/**
 * What the panel shows for a sheet it has just read: the layout saved for it if that still fits, or
 * the detected one; for an empty sheet, nothing about columns it does not have; and when no headings
 * are found in the rows the panel reads (rows added above them push them down), the layout last good
 * on that sheet, kept rather than wiped, and not used until the headings are back in those rows.
 * No DOM: the session decides with this, the views show it.
 */
import { detectLayout, ROWS_READ, validateLayout, type Layout } from '../layout';
import { isBlankText } from '../values';
import type { SheetTop } from './host';

export interface SheetState {
  sheet: SheetTop;
  /** The layout as shown: the last valid one, or the user's edit with its problems. */
  layout: Layout;
  /** What validateLayout said about `layout`; empty when it can be used. */
  problems: string[];
  /** Said above the layout: where it came from, when that matters. */
  note: string | null;
  /** Nothing in the sheet: the panel offers no column, pairing or colour controls, and says what to do. */
  empty: boolean;
  /**
   * Set while `layout` is one kept from before because no headings were found in the rows read: why it
   * is not used to colour or report until the headings are found again.
   */
  keptBecause: string | null;
}

export const SAVED_LAYOUT_NOTE = 'Using the layout saved with this workbook for this sheet.';

/** No value in the rows read, and no rows below them. */
export const isEmptySheet = (sheet: SheetTop): boolean =>
  sheet.lastRow <= sheet.topRows.length && sheet.topRows.every((row) => row.every((value) => isBlankText(value)));

/** The one thing to say on an empty sheet, for the layout and for any action asked of it. */
export const emptySheetMessage = (name: string): string =>
  `'${name}' is empty. Open the sheet that holds your tracker, or choose Insert a sample tracker (under Try it) ` +
  'to try Tracklight on made-up pupils.';

/** Why a kept layout is not used yet, for any action asked of it. */
export const keptLayoutRefusal = (name: string): string =>
  `Tracklight cannot find the headings of '${name}' in its top ${ROWS_READ} rows, so it does not use the layout kept for it: ` +
  `delete the rows added above the headings (or move the headings into rows 1 to ${ROWS_READ}), ` +
  'then choose Read the active sheet again. Nothing was changed.';

/**
 * `saved`: the layout saved with the workbook for this sheet; `lastGood`: the last layout that fitted it
 * while the panel was open (detected, corrected or saved), if any.
 */
export function readSheet(sheet: SheetTop, saved: Layout | undefined, lastGood: Layout | undefined): SheetState {
  const plain = { sheet, problems: [], empty: false, keptBecause: null };
  const detected = detectLayout(sheet.topRows);
  if (isEmptySheet(sheet)) return { ...plain, layout: detected, note: null, empty: true };
  const previous = lastGood ?? saved;
  if (previous && headingsNotFound(sheet, detected, previous)) {
    return {
      ...plain,
      layout: previous,
      note:
        `No grade headings were found in the top ${ROWS_READ} rows of '${sheet.name}', so the layout it last had is kept as it was ` +
        `(headings in row ${(previous.headerRow ?? 0) + 1}): if rows were added above the headings, delete them, ` +
        'then choose Read the active sheet again.',
      keptBecause: keptLayoutRefusal(sheet.name),
    };
  }
  if (!saved) return { ...plain, layout: detected, note: null };
  const check = validateLayout(saved, sheet.topRows);
  if (check.ok) return { ...plain, layout: check.layout, note: SAVED_LAYOUT_NOTE };
  return {
    ...plain,
    layout: detected,
    note:
      `The layout saved for this sheet no longer fits it (${check.errors.join(' ')}) Showing the detected layout; ` +
      'the saved one is replaced only when you change a column or colour this sheet.',
  };
}

const gradeColumns = (layout: Layout) => layout.columns.filter((column) => column.role === 'grade');

/**
 * The headings have left the rows read: the sheet runs on below them, the earlier layout's grade
 * headings are no longer where it had them, and detection found no header row in their place, or only
 * one with no grade column (a title typed into a row added above). A layout the user set up on headings
 * detection cannot read itself is not affected: its headings are still where it has them.
 */
function headingsNotFound(sheet: SheetTop, detected: Layout, previous: Layout): boolean {
  const grades = gradeColumns(previous);
  if (sheet.lastRow <= sheet.topRows.length || grades.length === 0) return false;
  if (detected.headerRow !== null && gradeColumns(detected).length > 0) return false;
  const check = validateLayout(previous, sheet.topRows);
  if (!check.ok) return true;
  const moved = new Set(check.layout.warnings.filter((item) => item.code === 'changedHeading').flatMap((item) => item.columns));
  return grades.every((grade) => moved.has(grade.index));
}
