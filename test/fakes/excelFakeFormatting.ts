/**
 * What a sheet in the Excel fake holds besides values and conditional formats: each cell's number
 * format and bold flag, each column's width and the sheet's charts. Plain Excel rules, nothing
 * about Tracklight:
 *   - every cell starts as 'General', not bold; every column 48 points wide (Excel's 8.43
 *     characters, 64 pixels) and every row 15 points high;
 *   - a number format is set from a 2-D array exactly the size of the range, as Excel requires;
 *   - a column width applies to whole columns, whatever rows the range covers.
 */
import { columnLetters, FakeExcelError, formatAddress, type Rect } from './excelFakeA1';

export const DEFAULT_NUMBER_FORMAT = 'General';
/** Points. */
export const DEFAULT_COLUMN_WIDTH = 48;
/** Points; the fake never changes a row's height. */
export const ROW_HEIGHT = 15;
/** A new chart's size in points, as Excel makes it (480 x 288 pixels). */
export const DEFAULT_CHART_SIZE = { width: 360, height: 216 } as const;
/** More cells than this in one formatting call is a mistake in a host, not a report. */
const MAX_CELLS_FORMATTED = 2_000_000;

export interface FakeChartTitle {
  text: string;
  visible: boolean;
}

export interface FakeChartAxis {
  title: FakeChartTitle;
  /** The tick labels' number format. */
  numberFormat: string;
}

export interface FakeChart {
  /** As Excel.ChartType spells it: 'ColumnClustered', 'Line'... */
  type: string;
  /** The source data as Excel keeps it: its sheet and A1 range. */
  source: { sheet: string; address: string };
  /** 'Auto', 'Columns' or 'Rows'. */
  seriesBy: string;
  title: FakeChartTitle;
  axes: { category: FakeChartAxis; value: FakeChartAxis };
  /** Points from the sheet's top-left corner, and size in points. */
  top: number;
  left: number;
  width: number;
  height: number;
  /** The cell setPosition last put the chart's top-left corner on (null when never called). */
  topLeftCell: string | null;
}

export interface FakeFormattingSeed {
  numberFormats?: { address: string; format: string }[];
  bold?: string[];
  /** Column letter -> points. */
  columnWidths?: Record<string, number>;
  charts?: FakeChart[];
}

/** A deep copy of everything but values, for before-and-after comparisons. */
export interface FormattingSnapshot {
  /** Cell address -> format, for every cell that is not 'General'. */
  numberFormats: Record<string, string>;
  /** Addresses of bold cells, in row then column order. */
  bold: string[];
  /** Column letter -> points, for every column not at the default width. */
  columnWidths: Record<string, number>;
  charts: FakeChart[];
}

const key = (row: number, column: number) => `${row},${column}`;
const cellAddress = (cell: string) => {
  const [row, column] = cell.split(',').map(Number);
  return formatAddress({ row: row!, column: column!, rows: 1, columns: 1 });
};
const byPosition = (a: string, b: string) => {
  const [[ar, ac], [br, bc]] = [a.split(',').map(Number), b.split(',').map(Number)];
  return ar! - br! || ac! - bc!;
};

function eachCell(rect: Rect, visit: (row: number, column: number) => void): void {
  if (rect.rows * rect.columns > MAX_CELLS_FORMATTED)
    throw new FakeExcelError('InvalidArgument', `Formatting ${formatAddress(rect)} cell by cell is more than this fake allows`);
  for (let r = 0; r < rect.rows; r += 1) for (let c = 0; c < rect.columns; c += 1) visit(rect.row + r, rect.column + c);
}

export class SheetFormatting {
  private readonly numberFormats = new Map<string, string>();
  private readonly bold = new Set<string>();
  private readonly widths = new Map<number, number>();
  readonly charts: FakeChart[];

  constructor(seed: FakeFormattingSeed, parse: (address: string) => Rect) {
    for (const { address, format } of seed.numberFormats ?? []) {
      const rect = parse(address);
      this.setNumberFormats(
        rect,
        Array.from({ length: rect.rows }, () => new Array(rect.columns).fill(format)),
      );
    }
    for (const address of seed.bold ?? []) this.setBold(parse(address), true);
    for (const [letter, points] of Object.entries(seed.columnWidths ?? {})) this.setColumnWidth(parse(`${letter}:${letter}`), points);
    this.charts = structuredClone(seed.charts ?? []);
  }

  setNumberFormats(rect: Rect, formats: unknown[][]): void {
    if (
      !Array.isArray(formats) ||
      formats.length !== rect.rows ||
      formats.some((row) => !Array.isArray(row) || row.length !== rect.columns)
    ) {
      throw new FakeExcelError(
        'InvalidArgument',
        `The number formats written to ${formatAddress(rect)} do not match its ${rect.rows} x ${rect.columns} size`,
      );
    }
    if (formats.some((row) => row.some((format) => typeof format !== 'string')))
      throw new FakeExcelError('InvalidArgument', 'A number format must be text');
    eachCell(rect, (row, column) => {
      const format = formats[row - rect.row]![column - rect.column] as string;
      if (format === DEFAULT_NUMBER_FORMAT) this.numberFormats.delete(key(row, column));
      else this.numberFormats.set(key(row, column), format);
    });
  }

  numberFormatsIn(rect: Rect): string[][] {
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.columns }, (__, c) => this.numberFormats.get(key(rect.row + r, rect.column + c)) ?? DEFAULT_NUMBER_FORMAT),
    );
  }

  setBold(rect: Rect, bold: boolean): void {
    if (typeof bold !== 'boolean') throw new FakeExcelError('InvalidArgument', 'font.bold takes true or false');
    eachCell(rect, (row, column) => (bold ? this.bold.add(key(row, column)) : this.bold.delete(key(row, column))));
  }

  /** Like Excel: true or false when every cell agrees, else null. */
  boldIn(rect: Rect): boolean | null {
    const seen = new Set<boolean>();
    eachCell(rect, (row, column) => seen.add(this.bold.has(key(row, column))));
    return seen.size === 1 ? [...seen][0]! : null;
  }

  setColumnWidth(rect: Rect, points: number): void {
    if (typeof points !== 'number' || !Number.isFinite(points) || points < 0)
      throw new FakeExcelError('InvalidArgument', `${String(points)} is not a column width`);
    for (let c = rect.column; c < rect.column + rect.columns; c += 1) this.widths.set(c, points);
  }

  /** Like Excel: the width when every column in the range agrees, else null. */
  columnWidthOf(rect: Rect): number | null {
    const widths = new Set(
      Array.from({ length: Math.min(rect.columns, 1000) }, (_, c) => this.widths.get(rect.column + c) ?? DEFAULT_COLUMN_WIDTH),
    );
    return widths.size === 1 ? [...widths][0]! : null;
  }

  /** The smallest rectangle holding every cell with a number format or bold (null when none). */
  formattedRect(): Rect | null {
    let [top, bottom, left, right] = [Infinity, -1, Infinity, -1];
    for (const cell of [...this.numberFormats.keys(), ...this.bold]) {
      const [row, column] = cell.split(',').map(Number) as [number, number];
      [top, bottom, left, right] = [Math.min(top, row), Math.max(bottom, row), Math.min(left, column), Math.max(right, column)];
    }
    return bottom < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  /** Where a cell's top-left corner is, in points from the sheet's top-left corner. */
  cornerOf(rect: Rect): { top: number; left: number } {
    let left = 0;
    for (let c = 0; c < rect.column; c += 1) left += this.widths.get(c) ?? DEFAULT_COLUMN_WIDTH;
    return { top: rect.row * ROW_HEIGHT, left };
  }

  snapshot(): FormattingSnapshot {
    return structuredClone({
      numberFormats: Object.fromEntries(
        [...this.numberFormats].sort(([a], [b]) => byPosition(a, b)).map(([cell, format]) => [cellAddress(cell), format]),
      ),
      bold: [...this.bold].sort(byPosition).map(cellAddress),
      columnWidths: Object.fromEntries(
        [...this.widths]
          .filter(([, points]) => points !== DEFAULT_COLUMN_WIDTH)
          .sort(([a], [b]) => a - b)
          .map(([column, points]) => [columnLetters(column), points]),
      ),
      charts: this.charts,
    });
  }
}
