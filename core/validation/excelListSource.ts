/**
 * Where Excel's dropdown takes its list from. Excel keeps an inline list (the text "9+,9,9-") to
 * 255 characters, so a longer list (a school's 40 descriptors) goes on a sheet Tracklight writes
 * and keeps: 'Tracklight lists', very hidden (Excel's UI cannot unhide it, so nobody edits or
 * deletes it by accident), with a heading in A1 that marks it as Tracklight's and the labels below,
 * referenced as an absolute range. A sheet of that name without the heading, or one a user can
 * see, is the school's: the host refuses rather than write over it.
 */

/** Excel's limit on an inline list source. */
export const EXCEL_INLINE_LIST_LIMIT = 255;
export const GRADE_LIST_SHEET = 'Tracklight lists';
/** A1 of the list sheet: its durable mark, read before anything is written there. */
export const GRADE_LIST_HEADING = 'Grade list kept by Tracklight for its grade checks: do not edit';
/** The list sheet always gets this many rows below its heading, so a shorter list leaves no old labels behind. */
export const GRADE_LIST_ROWS = 200;

export type ExcelListSource =
  | { kind: 'inline'; source: string }
  | {
      kind: 'sheet';
      /** ="'Tracklight lists'!$A$2:$A$41": what the rule's list source is set to. */
      source: string;
      sheetName: string;
      heading: string;
      /** What A1:A201 of the list sheet holds: the heading, the labels, then blanks. */
      column: string[];
    };

const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

export function excelListSource(labels: readonly string[]): ExcelListSource {
  const inline = labels.join(',');
  if (inline.length <= EXCEL_INLINE_LIST_LIMIT) return { kind: 'inline', source: inline };
  return {
    kind: 'sheet',
    source: `=${quoted(GRADE_LIST_SHEET)}!$A$2:$A$${labels.length + 1}`,
    sheetName: GRADE_LIST_SHEET,
    heading: GRADE_LIST_HEADING,
    column: [GRADE_LIST_HEADING, ...labels, ...new Array<string>(GRADE_LIST_ROWS - labels.length).fill('')],
  };
}
