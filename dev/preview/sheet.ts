/**
 * What the preview's in-memory workbook holds for one sheet, apart from the workbook itself, so
 * the formula evaluator (formulas.ts) and the workbook (workbook.ts) can share it without importing
 * each other.
 */
import type { A1Range } from '../../core/rules';
import type { ReportChart } from '../../core/reportSheet';

export type CellValue = string | number | boolean | null;

/** How a report sheet looks, as a host keeps it beside the values. */
export interface SheetLook {
  numberFormats: { format: string; ranges: A1Range[] }[];
  bold: A1Range[];
  /** 1-based column -> width in pixels. */
  columnWidths: Map<number, number>;
  charts: ReportChart[];
}

/** A conditional format as both hosts hold one: a range, a formula for its top-left cell, and colours. */
export interface PreviewRule {
  range: string;
  formula: string;
  fill: string;
  fontColor: string;
}

export interface PreviewSheet {
  name: string;
  rows: CellValue[][];
  rules: PreviewRule[];
  isProtected: boolean;
  /** Bumped on every change, so painted colours are worked out again only when needed. */
  version: number;
  /** Cell address ("A2") -> formula text as written. Its result is shown, worked out by formulas.ts. */
  formulas: Map<string, string>;
  /** Key -> value stored on the sheet where no user sees it, as Sheets' developer metadata and Excel's custom properties. */
  marks: Map<string, string>;
  look: SheetLook | null;
  /** Data validation on ranges (the school's own and Tracklight's grade checks), kept as a host keeps it. Absent: none yet. */
  validations?: PreviewValidation[];
  /** Protected ranges, each with the description a host shows (Tracklight's start with LOCK_MARK). Absent: none yet. */
  protections?: PreviewProtection[];
}

/** One protected range, warning only, as Sheets keeps one. */
export interface PreviewProtection {
  range: string;
  description: string;
}

/** One data validation rule over a range: a list, warning only, and the help text a host shows. */
export interface PreviewValidation {
  range: string;
  labels: string[];
  allowInvalid: boolean;
  helpText: string;
}
