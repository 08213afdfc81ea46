/**
 * Which column the class sheets group by, and which cells of it a host reads. A wide tracker may
 * have a class column per subject (Maths Set, English Set...) besides a general one: the general
 * one (no subject) is used when it exists, else the first in sheet order, and the panel says which.
 */
import { ROWS_FOR_NEW_PUPILS } from '../colouring/plan';
import type { Layout, LayoutColumn } from '../layout/schema';

export type ClassColumnChoice = { ok: true; column: LayoutColumn; note: string | null } | { ok: false; message: string };

const describe = (column: LayoutColumn) => `'${column.label}' (column ${column.letter})`;

export function chooseClassColumn(layout: Layout): ClassColumnChoice {
  const candidates = layout.columns.filter((column) => column.role === 'class');
  if (candidates.length === 0) {
    const groups = layout.columns.filter((column) => column.role === 'form' || column.role === 'teacher');
    const hint =
      groups.length > 0
        ? ` ${groups.map(describe).join(' and ')} ${groups.length === 1 ? 'holds' : 'hold'} form groups or teachers: ` +
          `set ${groups.length === 1 ? 'its' : "one's"} role to 'Class / set' if that is how you want pupils grouped.`
        : '';
    return {
      ok: false,
      message:
        'This tracker has no class column, so there is nothing to make class sheets from. In the layout above, set the role of ' +
        `the column that holds each pupil's class or teaching group to 'Class / set', then try again.${hint} Nothing was changed.`,
    };
  }
  const general = candidates.find((column) => column.subject === null);
  const column = general ?? candidates[0]!;
  if (candidates.length === 1) return { ok: true, column, note: null };
  const others = candidates
    .filter((candidate) => candidate !== column)
    .map(describe)
    .join(', ');
  const note = general
    ? `Class sheets follow the general class column ${describe(column)}; the subject class columns ${others} are not used.`
    : `This tracker has a class column for each subject, so class sheets follow the first, ${describe(column)}; ${others} are not used.`;
  return { ok: true, column, note };
}

/** 1-based sheet rows the class sheets filter: every pupil row, and room for pupils added later. */
export function pupilRows(layout: Layout, lastRow: number): { first: number; last: number } | null {
  if (layout.dataStartRow === null) return null;
  const first = layout.dataStartRow + 1;
  return lastRow < first ? null : { first, last: lastRow + ROWS_FOR_NEW_PUPILS };
}

/** The cells a host reads to pass `classValues` to classSheetsPlan, e.g. "D4:D303". */
export function classValuesRange(layout: Layout, lastRow: number): string | null {
  const choice = chooseClassColumn(layout);
  if (!choice.ok || layout.dataStartRow === null || lastRow <= layout.dataStartRow) return null;
  return `${choice.column.letter}${layout.dataStartRow + 1}:${choice.column.letter}${lastRow}`;
}
