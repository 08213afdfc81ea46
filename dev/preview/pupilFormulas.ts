/**
 * What the pupil report sheet's formulas (core/pupilSheet/lookupFormulas.ts) show, worked out here
 * in plain code for the preview's grid, as formulas.ts does for the class sheets: only the exact
 * shapes the core writes are read, the ranges come from the formula text itself, and MATCH is an
 * exact match that ignores case, as in every host. TODAY is the preview's day.
 */
import { readA1Range } from '../../core/rules';
import type { CellValue, PreviewSheet } from './sheet';

interface Sheets {
  find(name: string): PreviewSheet | undefined;
}

const REF = "('(?:[^']|'')+'!\\$[A-Z]+\\$\\d+:\\$[A-Z]+\\$\\d+)";
const TEXT = '("(?:[^"]|"")*")';
const PICKER = '\\$([A-Z]+)\\$(\\d+)';
const LOOKUP = new RegExp(
  `^=IF\\(${PICKER}="","",IFERROR\\(IF\\(INDEX\\(${REF},MATCH\\(\\$[A-Z]+\\$\\d+,${REF},0\\)\\)="","",` +
    `INDEX\\(${REF},MATCH\\(\\$[A-Z]+\\$\\d+,${REF},0\\)\\)\\),""\\)\\)$`,
);
const STATUS = new RegExp(`^=IF\\(${PICKER}="",${TEXT},IF\\(ISNA\\(MATCH\\(\\$[A-Z]+\\$\\d+,${REF},0\\)\\),${TEXT},""\\)\\)$`);

const unquote = (literal: string) => literal.slice(1, -1).replace(/""/g, '"');
const same = (a: CellValue | undefined, b: CellValue | undefined) =>
  typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;

function column(reference: string, workbook: Sheets): CellValue[] | null {
  const range = readA1Range(reference);
  if (typeof range === 'string' || range.sheet === undefined || range.firstColumn !== range.lastColumn) return null;
  const sheet = workbook.find(range.sheet);
  if (!sheet) return null;
  return Array.from(
    { length: range.lastRow - range.firstRow + 1 },
    (_, r) => sheet.rows[range.firstRow - 1 + r]?.[range.firstColumn - 1] ?? null,
  );
}

function pickerValue(sheet: PreviewSheet, letter: string, row: string): CellValue {
  const value = sheet.rows[Number(row) - 1]?.[letter.charCodeAt(0) - 65] ?? null;
  return value === '' ? null : value;
}

/** The formula's result, or undefined when it is not a pupil report formula. */
export function pupilFormulaResult(formula: string, sheet: PreviewSheet, workbook: Sheets, today: () => Date): CellValue | undefined {
  if (formula === '=TODAY()') return today().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const status = STATUS.exec(formula);
  if (status) {
    const [, letter, row, choose, names, gone] = status;
    const picked = pickerValue(sheet, letter!, row!);
    if (picked === null) return unquote(choose!);
    return column(names!, workbook)?.some((name) => same(name, picked)) ? null : unquote(gone!);
  }
  const lookup = LOOKUP.exec(formula);
  if (!lookup) return undefined;
  const [, letter, row, shown, names] = lookup;
  const picked = pickerValue(sheet, letter!, row!);
  if (picked === null) return null;
  const at = column(names!, workbook)?.findIndex((name) => same(name, picked)) ?? -1;
  const value = at < 0 ? null : (column(shown!, workbook)?.[at] ?? null);
  return value === '' ? null : value;
}
