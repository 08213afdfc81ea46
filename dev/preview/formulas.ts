/**
 * What a class sheet's two formulas show, worked out here in plain code for the preview's grid.
 *
 * HyperFormula cannot evaluate these formulas as written (see test/core/classSheets/hyperformula.test.ts:
 * its FILTER filters one row or column at a time, and it cannot read a doubled quote in a string),
 * so the preview reads each formula back into its parts instead and does what it says: the header
 * FILTER shows the tracker's header row, and the class FILTER shows the tracker's rows whose class
 * cell, trimmed as TRIM does and compared as "=" does (ignoring case), is the class, with blank
 * cells kept blank, or the "No pupils" text when none is. Only the exact shapes that
 * core/classSheets/formulas.ts writes are read; anything else shows as an error text in its cell,
 * so a formula the preview does not understand is seen, never guessed at. The ranges and the class
 * come from the formula text itself, so a formula pointing at the wrong rows shows the wrong rows.
 */
import { readA1Range, type A1Range } from '../../core/rules';
import { columnIndex } from '../../core/workbook/a1';
import { pupilFormulaResult } from './pupilFormulas';
import type { CellValue, PreviewSheet } from './sheet';

/** The one thing the formulas need of the workbook: its sheets by name. */
interface Sheets {
  find(name: string): PreviewSheet | undefined;
  /** The day TODAY() shows. */
  today(): Date;
}

const REF = "('(?:[^']|'')+'![A-Z]+\\d+:[A-Z]+\\d+)";
const TEXT = '("(?:[^"]|"")*")';
const CLASS_TEST = `IFERROR\\(TRIM\\(${REF}\\),""\\)=${TEXT}`;
const CLASS_FILTER = new RegExp(
  `^=IF\\(SUMPRODUCT\\(--\\(${CLASS_TEST}\\)\\)=0,${TEXT},FILTER\\(IF\\(${REF}="","",${REF}\\),${CLASS_TEST}\\)\\)$`,
);
const HEADER_FILTER = new RegExp(`^=FILTER\\(IF\\(${REF}="","",${REF}\\),LEN\\(${REF}\\)>=0\\)$`);

export const NOT_EVALUATED = '#PREVIEW! the preview cannot work out this formula';

const unquote = (literal: string) => literal.slice(1, -1).replace(/""/g, '"');
/** TRIM as both hosts do it, on a value as a cell holds it (TRIM(7) is "7"). */
const trimmed = (value: CellValue | undefined): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'boolean'
      ? value
        ? 'TRUE'
        : 'FALSE'
      : String(value).replace(/ +/g, ' ').replace(/^ | $/g, '');
/** IF(cell="","",cell): a blank stays blank. */
const kept = (value: CellValue | undefined): CellValue => (value === undefined || value === '' ? null : value);

type Block = CellValue[][];

function rangeOn(reference: string, workbook: Sheets): { sheet: PreviewSheet; range: A1Range } | null {
  const range = readA1Range(reference);
  if (typeof range === 'string' || range.sheet === undefined) return null;
  const sheet = workbook.find(range.sheet);
  return sheet ? { sheet, range } : null;
}

function rowsOf(found: { sheet: PreviewSheet; range: A1Range }): Block {
  const { sheet, range } = found;
  return Array.from({ length: range.lastRow - range.firstRow + 1 }, (_, r) =>
    Array.from({ length: range.lastColumn - range.firstColumn + 1 }, (_, c) =>
      kept(sheet.rows[range.firstRow - 1 + r]?.[range.firstColumn - 1 + c]),
    ),
  );
}

function headerFilter(match: RegExpExecArray, workbook: Sheets): Block | null {
  const [, tested, shown, lengths] = match;
  if (tested !== shown || shown !== lengths) return null;
  const header = rangeOn(shown!, workbook);
  return header ? rowsOf(header) : null;
}

function classFilter(match: RegExpExecArray, workbook: Sheets): Block | null {
  const [, countedRange, countedClass, noPupils, tested, shown, filterRange, filterClass] = match;
  if (countedRange !== filterRange || countedClass !== filterClass || tested !== shown) return null;
  const data = rangeOn(shown!, workbook);
  const classes = rangeOn(filterRange!, workbook);
  if (!data || !classes || classes.range.firstColumn !== classes.range.lastColumn) return null;
  const height = data.range.lastRow - data.range.firstRow + 1;
  if (classes.range.lastRow - classes.range.firstRow + 1 !== height) return null;
  const wanted = unquote(filterClass!).toLowerCase();
  const classColumn = classes.range.firstColumn - 1;
  const rows = rowsOf(data).filter(
    (_, r) => trimmed(classes.sheet.rows[classes.range.firstRow - 1 + r]?.[classColumn]).toLowerCase() === wanted,
  );
  return rows.length > 0 ? rows : [[unquote(noPupils!)]];
}

function evaluate(formula: string, sheet: PreviewSheet, workbook: Sheets): Block {
  const pupil = pupilFormulaResult(formula, sheet, workbook, () => workbook.today());
  if (pupil !== undefined) return [[pupil]];
  const header = HEADER_FILTER.exec(formula);
  const classRows = CLASS_FILTER.exec(formula);
  const result = header ? headerFilter(header, workbook) : classRows ? classFilter(classRows, workbook) : null;
  return result ?? [[NOT_EVALUATED]];
}

/** The sheet's own values with every formula's result spilled down and right from its cell. */
export function evaluateFormulas(sheet: PreviewSheet, workbook: Sheets): CellValue[][] {
  const shown = sheet.rows.map((row) => [...row]);
  for (const [cell, formula] of sheet.formulas) {
    const at = /^([A-Z]+)(\d+)$/.exec(cell);
    if (!at) continue;
    const [top, left] = [Number(at[2]) - 1, columnIndex(at[1]!)];
    evaluate(formula, sheet, workbook).forEach((line, r) =>
      line.forEach((value, c) => {
        while (shown.length <= top + r) shown.push([]);
        const row = shown[top + r]!;
        while (row.length <= left + c) row.push(null);
        row[left + c] = value;
      }),
    );
  }
  return shown;
}
