/**
 * Where everything goes on the pupil report sheet, from the columns pupilColumns chose:
 *
 *   1  Pupil report: <tracker>
 *   2  (what to do: choose a pupil / not on the tracker; empty once a pupil is shown)
 *   3  Pupil | [the picker: a dropdown of the tracker's pupils]
 *   4  Date  | =TODAY()
 *   5  name, class, teacher, tutor group ... one row each
 *      Subject | Target | RP1 | RP2 | RP3     (| | Coloured against: RP1 | ...)
 *      one row per subject, its grades coloured by the traffic-light rules
 *      Effort and attendance, one row per column
 *      Teacher's comment, then four rows to type or write on
 *
 * The picker and the comment rows are the user's: Tracklight never writes there. The optional
 * "Coloured against" block, outside the printed page, holds the grade each collection is compared
 * with where it is not the Target (a per-collection expected grade), because a conditional format
 * compares cells on its own sheet.
 */
import { asLiteralCell, asOwnWordsCell, type WritableCell } from '../workbook/literalCells';
import { formatA1Range, type A1Range } from '../workbook/a1';
import { cellKey } from './cellArea';
import { lookupFormula, statusFormula, TODAY_FORMULA, type LookupSource } from './lookupFormulas';
import type { PupilColumns } from './pupilColumns';

export const PICKER_CELL = 'B3';
export const COMMENT_LINES = 4;
export const DATE_FORMAT = 'd mmmm yyyy';
export const SHARE_FORMAT = '0%';

export interface SheetLayout {
  cells: Map<string, WritableCell>;
  /** The whole laid-out area, from A1. */
  area: A1Range;
  /** The user's cells: the picker and the comment rows. */
  keep: string[];
  printArea: string;
  boldRanges: string[];
  numberFormats: { format: string; ranges: string[] }[];
  /** The grade cells and what each is coloured against (same shape, or one column). */
  colouring: { current: string; target: string } | null;
  /** Pixel widths from column A. */
  columnWidths: number[];
}

interface LayoutInput {
  columns: PupilColumns;
  source: Omit<LookupSource, 'picker'>;
  /** True when the attendance columns hold fractions (0.95), to be shown as 95%. */
  attendanceAsShare: (column: number) => boolean;
}

const range = (firstRow: number, firstColumn: number, lastRow = firstRow, lastColumn = firstColumn): string =>
  formatA1Range({ firstRow, firstColumn, lastRow, lastColumn });

export function sheetLayout({ columns, source: partial, attendanceAsShare }: LayoutInput): SheetLayout {
  const source: LookupSource = { ...partial, picker: '$B$3' };
  const cells = new Map<string, WritableCell>();
  const put = (row: number, column: number, value: WritableCell) => cells.set(cellKey({ row, column }), value);
  const lookup = (column: number) => lookupFormula(source, column);
  const bold: string[] = [];
  const shares: string[] = [];

  put(1, 1, asOwnWordsCell(`Pupil report: ${source.trackerSheetName}`));
  bold.push('A1');
  put(2, 1, statusFormula(source));
  put(3, 1, columns.pick.kind === 'name' ? 'Pupil' : asOwnWordsCell(`Pupil (${columns.pick.label})`));
  bold.push('A3');
  put(4, 1, 'Date');
  put(4, 2, TODAY_FORMULA);
  let row = 5;
  for (const detail of columns.details) {
    put(row, 1, asLiteralCell(detail.label));
    put(row, 2, lookup(detail.index));
    row += 1;
  }

  row += 1;
  const headerRow = row;
  const width = 2 + columns.collections.length;
  put(headerRow, 1, 'Subject');
  put(headerRow, 2, 'Target');
  columns.collections.forEach((collection, i) => put(headerRow, 3 + i, asLiteralCell(collection)));
  bold.push(range(headerRow, 1, headerRow, width));
  const firstSubjectRow = headerRow + 1;
  const needsComparison = columns.subjects.some((subject) =>
    subject.grades.some((grade, i) => grade !== null && subject.comparedWith[i] !== (subject.target?.index ?? null)),
  );
  const comparisonColumn = width + 2;
  if (needsComparison) {
    columns.collections.forEach((collection, i) =>
      put(headerRow, comparisonColumn + i, asOwnWordsCell(`Coloured against: ${collection}`)),
    );
  }
  columns.subjects.forEach((subject, s) => {
    const at = firstSubjectRow + s;
    put(at, 1, asLiteralCell(subject.subject));
    put(at, 2, subject.target ? lookup(subject.target.index) : '');
    subject.grades.forEach((grade, i) => put(at, 3 + i, grade ? lookup(grade.index) : ''));
    if (needsComparison) {
      subject.comparedWith.forEach((target, i) =>
        put(at, comparisonColumn + i, subject.grades[i] && target !== null ? lookup(target) : ''),
      );
    }
  });
  const lastSubjectRow = firstSubjectRow + columns.subjects.length - 1;
  const anyPaired = columns.subjects.some((subject) => subject.comparedWith.some((target, i) => target !== null && subject.grades[i]));
  const colouring = !anyPaired
    ? null
    : {
        current: range(firstSubjectRow, 3, lastSubjectRow, width),
        target: needsComparison
          ? range(firstSubjectRow, comparisonColumn, lastSubjectRow, comparisonColumn + columns.collections.length - 1)
          : range(firstSubjectRow, 2, lastSubjectRow, 2),
      };

  row = lastSubjectRow + 2;
  if (columns.measures.length > 0) {
    put(row, 1, 'Effort and attendance');
    bold.push(`A${row}`);
    row += 1;
    for (const measure of columns.measures) {
      put(row, 1, asLiteralCell(measure.label));
      put(row, 2, lookup(measure.index));
      if (attendanceAsShare(measure.index)) shares.push(`B${row}`);
      row += 1;
    }
    row += 1;
  }
  put(row, 1, "Teacher's comment");
  bold.push(`A${row}`);
  const comment = range(row + 1, 1, row + COMMENT_LINES, width);
  const lastRow = row + COMMENT_LINES;
  const lastColumn = needsComparison ? comparisonColumn + columns.collections.length - 1 : width;
  return {
    cells,
    area: { firstRow: 1, firstColumn: 1, lastRow, lastColumn },
    keep: [PICKER_CELL, comment],
    printArea: range(1, 1, lastRow, width),
    boldRanges: bold,
    numberFormats: [{ format: DATE_FORMAT, ranges: ['B4'] }, ...(shares.length > 0 ? [{ format: SHARE_FORMAT, ranges: shares }] : [])],
    colouring,
    columnWidths: Array.from({ length: lastColumn }, (_, c) => (c === 0 ? 200 : c === 1 ? 140 : c > width ? 130 : 80)),
  };
}
