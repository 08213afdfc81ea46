/**
 * Cell formats and column widths for the Sheets fake: number formats and font weights kept per
 * cell, widths per column, as plain data so tests can compare a sheet's whole look before and after.
 * Like Sheets, a format does not make a cell "used": getLastRow and getValues ignore it.
 */
import { areaToA1, type Area } from './sheetsGrid';
import type { Recorded } from './sheetsRecorder';

/** A new Google sheet's columns are 100 pixels wide. */
export const DEFAULT_COLUMN_WIDTH = 100;

export interface FormattedSheet {
  numberFormats: Map<string, string>;
  fontWeights: Map<string, 'bold' | 'normal'>;
  columnWidths: Map<number, number>;
  maxColumns: number;
  refuseIfLocked(): void;
}

export interface FormatSnapshot {
  /** Cell (A1) to the number format set on it; cells never given one are left out. */
  numberFormats: Record<string, string>;
  /** Bold cells, row by row. */
  bold: string[];
  /** Column letter to width in pixels, for columns whose width was set. */
  columnWidths: Record<string, number>;
}

const key = (row: number, column: number) => `${row},${column}`;
const cellA1 = (row: number, column: number) => areaToA1({ row, column, numRows: 1, numColumns: 1 });

function eachCell(areas: readonly Area[], visit: (row: number, column: number) => void): void {
  for (const area of areas) {
    for (let r = 0; r < area.numRows; r += 1) for (let c = 0; c < area.numColumns; c += 1) visit(area.row + r, area.column + c);
  }
}

export function setNumberFormat(sheet: FormattedSheet, areas: readonly Area[], format: unknown): void {
  if (typeof format !== 'string') throw new Error('setNumberFormat takes a number format pattern as text, e.g. "0.00".');
  sheet.refuseIfLocked();
  eachCell(areas, (row, column) => sheet.numberFormats.set(key(row, column), format));
}

/** 'bold' or 'normal'; null resets to normal, as Google documents. */
export function setFontWeight(sheet: FormattedSheet, areas: readonly Area[], weight: unknown): void {
  if (weight !== 'bold' && weight !== 'normal' && weight !== null)
    throw new Error(`setFontWeight takes 'bold', 'normal' or null, not ${String(weight)}.`);
  sheet.refuseIfLocked();
  eachCell(areas, (row, column) => sheet.fontWeights.set(key(row, column), weight ?? 'normal'));
}

export function setColumnWidths(sheet: FormattedSheet, startColumn: number, numColumns: number, width: number): void {
  if (
    !Number.isInteger(startColumn) ||
    !Number.isInteger(numColumns) ||
    startColumn < 1 ||
    numColumns < 1 ||
    startColumn + numColumns - 1 > sheet.maxColumns
  ) {
    throw new Error('Those columns are out of bounds.');
  }
  if (!Number.isInteger(width) || width < 0) throw new Error(`A column width must be a whole number of pixels, not ${String(width)}.`);
  sheet.refuseIfLocked();
  for (let column = startColumn; column < startColumn + numColumns; column += 1) sheet.columnWidths.set(column, width);
}

/** A RangeList over ranges the fake has already checked; each setter changes every range, as one call. */
export function rangeList(recorded: Recorded, sheet: FormattedSheet, ranges: object[]): object {
  const areas = ranges.map((range) => (range as { area: Area }).area);
  const api: object = recorded('RangeList', {
    getRanges: () => [...ranges],
    setNumberFormat: (format: unknown) => (setNumberFormat(sheet, areas, format), api),
    setFontWeight: (weight: unknown) => (setFontWeight(sheet, areas, weight), api),
  });
  return api;
}

const byPosition = (a: string, b: string) => {
  const [ra, ca] = a.split(',').map(Number);
  const [rb, cb] = b.split(',').map(Number);
  return ra! - rb! || ca! - cb!;
};

export function formatSnapshot(sheet: FormattedSheet): FormatSnapshot {
  const cell = (position: string) => {
    const [row, column] = position.split(',').map(Number);
    return cellA1(row!, column!);
  };
  const numberFormats: Record<string, string> = {};
  for (const position of [...sheet.numberFormats.keys()].sort(byPosition))
    numberFormats[cell(position)] = sheet.numberFormats.get(position)!;
  const bold = [...sheet.fontWeights]
    .filter(([, weight]) => weight === 'bold')
    .map(([position]) => position)
    .sort(byPosition)
    .map(cell);
  const columnWidths: Record<string, number> = {};
  for (const column of [...sheet.columnWidths.keys()].sort((a, b) => a - b)) {
    columnWidths[cellA1(1, column).replace(/\d+$/, '')] = sheet.columnWidths.get(column)!;
  }
  return { numberFormats, bold, columnWidths };
}
