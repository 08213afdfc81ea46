/**
 * A report sheet as it is built: rows of cells, each with an optional number format, plus the rows
 * the host makes bold. `finish` turns it into what a host writes in a fixed number of calls: one
 * rectangular values array, and number formats as rectangles merged per format. Formats belong to a
 * table's columns, not to the values in them, so a table's whole body is one rectangle per format
 * however many rows it has: the number of host calls never grows with pupils.
 */
import { formatA1Range } from '../workbook/a1';
import { asLiteralCell, asOwnWordsCell, type WritableCell } from '../workbook/literalCells';

/** Formats Excel and Google Sheets both read the same way. */
export const FORMATS = { count: '0', share: '0%', residual: '0.00', attainment8: '0.0', progress8: '0.00', points: '0' } as const;

export type CellValue = string | number | null;

export interface GridCell {
  value: CellValue;
  format?: string;
  /** Copied from the tracker (trackerText): written exactly as it was, however a host would read it. */
  fromTracker?: boolean;
}

export interface GridColumn {
  label: string;
  format?: string;
}

/** 1-based sheet rows of one table, as the chart and the tests need them. */
export interface TablePlace {
  titleRow: number | null;
  headerRow: number;
  firstBodyRow: number;
  lastBodyRow: number;
  columns: number;
}

export interface FormatRange {
  address: string;
  rows: number;
  columns: number;
}

export interface FinishedGrid {
  values: WritableCell[][];
  /** Grouped by format, so Sheets can set each with one RangeList call. */
  numberFormats: { format: string; ranges: FormatRange[] }[];
  boldRanges: string[];
}

/** A1 text for a cell or a block; rows and columns count from 1, as in an A1Range. */
export const address = (row: number, column: number, lastRow = row, lastColumn = column): string =>
  formatA1Range({ firstRow: row, firstColumn: column, lastRow, lastColumn });

export class SheetGrid {
  private readonly rows: GridCell[][] = [];
  /** [row, lastColumn]; 0 for the grid's full width, known only at the end. */
  private readonly bold: [number, number][] = [];

  /** The 1-based row the next row will land on. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  row(cells: readonly (GridCell | CellValue)[]): number {
    this.rows.push(cells.map((cell) => (cell !== null && typeof cell === 'object' ? cell : { value: cell })));
    return this.rows.length;
  }

  blank(): void {
    this.row([]);
  }

  /** A section title: bold, one cell. */
  title(text: string): number {
    const row = this.row([text]);
    this.bold.push([row, 1]);
    return row;
  }

  /** A sentence on its own row; it overflows into the empty cells to its right in both hosts. */
  text(text: string): void {
    this.row([text]);
  }

  /** A bold title and header row, then the body; a body cell given as { value, format } overrides its column's format. */
  table(title: string | null, columns: readonly GridColumn[], body: readonly (readonly (GridCell | CellValue)[])[]): TablePlace {
    const titleRow = title === null ? null : this.title(title);
    const headerRow = this.row(columns.map((column) => column.label));
    this.bold.push([headerRow, columns.length]);
    for (const values of body) {
      this.row(
        columns.map((column, c) => {
          const cell = values[c] ?? null;
          return cell !== null && typeof cell === 'object' ? { format: column.format, ...cell } : { value: cell, format: column.format };
        }),
      );
    }
    return { titleRow, headerRow, firstBodyRow: headerRow + 1, lastBodyRow: headerRow + body.length, columns: columns.length };
  }

  finish(): FinishedGrid {
    const width = Math.max(1, ...this.rows.map((cells) => cells.length));
    const values = this.rows.map((cells) => Array.from({ length: width }, (_, c) => writable(cells[c])));
    return {
      values,
      numberFormats: mergeFormats(this.rows.map((cells) => Array.from({ length: width }, (_, c) => cells[c]?.format))),
      boldRanges: this.bold.map(([row, last]) => address(row, 1, row, last)),
    };
  }
}

/**
 * Each cell is escaped here and only here: tracker text to land as it was, the report's own words only where their
 * start would change them.
 */
const writable = (cell: GridCell | undefined): WritableCell =>
  cell?.fromTracker ? asLiteralCell(cell.value) : asOwnWordsCell(cell?.value ?? '');

interface Rectangle {
  format: string;
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

/** Runs of one format along each row, stacked into rectangles while the next row repeats the run exactly. */
function mergeFormats(formats: readonly (readonly (string | undefined)[])[]): FinishedGrid['numberFormats'] {
  const done: Rectangle[] = [];
  let open = new Map<string, Rectangle>();
  formats.forEach((row, r) => {
    const next = new Map<string, Rectangle>();
    for (let c = 0; c < row.length;) {
      const format = row[c];
      let end = c;
      while (end + 1 < row.length && row[end + 1] === format) end += 1;
      if (format !== undefined) {
        const key = `${format}|${c}|${end}`;
        const above = open.get(key);
        const rectangle = above ?? { format, firstRow: r + 1, lastRow: r + 1, firstColumn: c + 1, lastColumn: end + 1 };
        if (above) above.lastRow = r + 1;
        else done.push(rectangle);
        next.set(key, rectangle);
      }
      c = end + 1;
    }
    open = next;
  });
  const byFormat = new Map<string, FormatRange[]>();
  for (const box of done) {
    const range = {
      address: address(box.firstRow, box.firstColumn, box.lastRow, box.lastColumn),
      rows: box.lastRow - box.firstRow + 1,
      columns: box.lastColumn - box.firstColumn + 1,
    };
    byFormat.set(box.format, [...(byFormat.get(box.format) ?? []), range]);
  }
  return [...byFormat].map(([format, ranges]) => ({ format, ranges }));
}
