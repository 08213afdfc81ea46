/**
 * The preview's in-memory workbook: sheets of plain values, each with its conditional-format rules
 * (Tracklight's and the school's own), a protected flag, and the document settings as the JSON text
 * a real document would store. Dev-only: never part of a shipped bundle.
 */
export type CellValue = string | number | boolean | null;

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
}

type Listener = () => void;

export class PreviewWorkbook {
  readonly sheets: PreviewSheet[] = [];
  private activeName = '';
  /** What saveSettings stored, as text: what goes in must survive a round trip through JSON. */
  settingsText: string | null = null;
  private changeListeners = new Set<Listener>();
  private activateListeners = new Set<Listener>();

  onChange(listener: Listener): void {
    this.changeListeners.add(listener);
  }

  /** Like Excel's worksheets.onActivated: fires when another sheet is opened. Returns how to stop listening. */
  onActivate(listener: Listener): () => void {
    this.activateListeners.add(listener);
    return () => this.activateListeners.delete(listener);
  }

  private changed(sheet?: PreviewSheet): void {
    if (sheet) sheet.version += 1;
    for (const listener of this.changeListeners) listener();
  }

  get active(): PreviewSheet {
    return this.sheet(this.activeName);
  }

  /** Sheet names compare without regard to case, as in both hosts. */
  find(name: string): PreviewSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): PreviewSheet {
    const found = this.find(name);
    if (!found) throw new Error(`There is no sheet named '${name}'.`);
    return found;
  }

  addSheet(name: string, rows: CellValue[][], rules: PreviewRule[] = []): PreviewSheet {
    if (this.find(name)) throw new Error(`A sheet named '${name}' already exists; it is never overwritten.`);
    const sheet: PreviewSheet = { name, rows: rows.map((row) => [...row]), rules: [...rules], isProtected: false, version: 0 };
    this.sheets.push(sheet);
    if (!this.activeName) this.activeName = name;
    this.changed();
    return sheet;
  }

  activate(name: string): void {
    this.activeName = this.sheet(name).name;
    this.changed();
    for (const listener of this.activateListeners) listener();
  }

  setCell(name: string, row: number, column: number, value: CellValue): void {
    const sheet = this.sheet(name);
    if (sheet.isProtected) throw new Error(`'${sheet.name}' is protected: unprotect it to type in it.`);
    while (sheet.rows.length <= row) sheet.rows.push([]);
    const cells = sheet.rows[row]!;
    while (cells.length <= column) cells.push(null);
    cells[column] = value;
    this.changed(sheet);
  }

  setProtected(name: string, isProtected: boolean): void {
    const sheet = this.sheet(name);
    sheet.isProtected = isProtected;
    this.changed(sheet);
  }

  setRules(name: string, rules: PreviewRule[]): void {
    const sheet = this.sheet(name);
    sheet.rules = rules;
    this.changed(sheet);
  }
}

const isBlank = (value: CellValue | undefined): boolean => value === null || value === undefined || value === '';

/** How many rows and columns hold anything, as a host's used range would say. */
export function usedSize(rows: readonly CellValue[][]): { rows: number; columns: number } {
  let lastRow = 0;
  let lastColumn = 0;
  rows.forEach((row, rowIndex) => {
    row.forEach((value, columnIndex) => {
      if (isBlank(value)) return;
      lastRow = Math.max(lastRow, rowIndex + 1);
      lastColumn = Math.max(lastColumn, columnIndex + 1);
    });
  });
  return { rows: lastRow, columns: lastColumn };
}
