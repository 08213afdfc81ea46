/** How warnings name columns and build themselves: every message says what to change, in the panel or the sheet. */
import { quote } from '../errors';
import { ROLE_LABELS, type ColumnRole } from './roles';
import type { LayoutColumn, LayoutWarning, LayoutWarningCode } from './schema';

/** "F 'Maths RP2'". */
export const nameColumn = (column: Pick<LayoutColumn, 'letter' | 'label'>): string => `${column.letter} ${quote(column.label)}`;

/** "F 'RP1', G 'RP2' and H 'RP3'", shortened after a handful so a 40-column tracker stays readable. */
export function nameColumns(columns: readonly Pick<LayoutColumn, 'letter' | 'label'>[]): string {
  const shown = columns.slice(0, 6).map(nameColumn);
  if (columns.length > 6) shown.push(`${columns.length - 6} more`);
  return joinWords(shown);
}

/** "B", "B and G", "B, G and H". */
export function joinWords(words: readonly string[], last = 'and'): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}

/** Picks the verb or noun that agrees with a count: plural(2, 'has', 'have') -> 'have'. */
export const plural = (count: number, one: string, many: string): string => (count === 1 ? one : many);

export function warning(
  code: LayoutWarningCode,
  severity: LayoutWarning['severity'],
  message: string,
  columns: readonly { index: number }[] = [],
): LayoutWarning {
  return { code, severity, message, columns: columns.map((column) => column.index) };
}

export const noHeaderRowWarning = (rowsRead: number): LayoutWarning =>
  warning(
    'noHeaderRow',
    'error',
    rowsRead === 0
      ? 'The sheet is empty: add a row of column headings (for example Name, Target, RP1) and pupils below it.'
      : `No row of column headings was found in the top ${rowsRead} rows: ` +
          'put headings such as Name, Target, Working at or RP1 in one row above the pupils, or choose the header row in the panel.',
  );

export const noTargetWarning = (): LayoutWarning =>
  warning(
    'noTarget',
    'error',
    "No target column was found, so grades cannot be coloured: Tracklight colours each grade against the pupil's target. " +
      "Add a column headed 'Target' (or MEG, FFT20, Minimum expected grade), or set a column's role to Target in the panel.",
  );

export const noGradeWarning = (): LayoutWarning =>
  warning(
    'noGrade',
    'error',
    "No grade columns were found, so there is nothing to colour: head them 'Working at', 'Predicted', 'RP1', 'Autumn 1' or 'Mock', " +
      "or set a column's role to Grade in the panel.",
  );

export function duplicateRoleWarning(role: ColumnRole, columns: readonly LayoutColumn[]): LayoutWarning {
  const [first, ...rest] = columns;
  return warning(
    'duplicateRole',
    'warning',
    `${nameColumns(columns)} ${plural(columns.length - 1, 'both', 'all')} look like ${ROLE_LABELS[role]}. ` +
      `Reports use ${first!.letter}, the first; ` +
      `if ${joinWords(
        rest.map((column) => column.letter),
        'or',
      )} is the one to use, set ${first!.letter}'s role to Other in the panel.`,
    columns,
  );
}
