/**
 * Test support: the little a test workbook needs to say, as plain data that xlsxWorkbook.ts
 * turns into an .xlsx. Rows and columns are 0-based here; the writer turns them into A1.
 */

/** What a cell holds as typed: null or undefined is an empty cell. */
export type CellValue = string | number | boolean | null | undefined;

export type Cell =
  | { value: CellValue; fill?: string }
  /** `formula` as typed ("=1+1"); `cached` is the result the file claims, which a reader may trust. */
  | { formula: string; cached?: number; fill?: string }
  /**
   * One cell of a block that shares the formula of its top-left cell, with relative references
   * moved by the offset, as Excel saves a formula filled across a range. The top-left cell
   * carries the formula and the block's range; every other cell names only the block.
   */
  | { sharedFormula: number; master?: { formula: string; range: string } };

/** A traffic-light rule as a conditional format: formula for the range's top-left cell, and its colours. */
export interface ConditionalRule {
  formula: string;
  fill: string;
  fontColor: string;
}

export interface ConditionalFormat {
  range: string;
  rules: readonly ConditionalRule[];
}

/** Every column and row the same size, so a cell's place on a printed page follows from its index. */
export interface UniformGrid {
  columns: number;
  /** In Excel's character widths. */
  columnWidth: number;
  rows: number;
  /** In points. */
  rowHeight: number;
}

export interface PrintSetup {
  /** A1 range without the sheet, e.g. A1:T40. */
  area: string;
}

export interface SheetModel {
  name: string;
  /** rows[row][column]; a hole is an empty cell. */
  rows: readonly (readonly (Cell | undefined)[] | undefined)[];
  conditionalFormats?: readonly ConditionalFormat[];
  grid?: UniformGrid;
  /** Printed landscape on one page, scaled to fit. */
  print?: PrintSetup;
}
