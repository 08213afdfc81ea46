/**
 * The preview's in-memory workbook: sheets of plain values, each with its conditional-format rules
 * (Tracklight's and the school's own), a protected flag, and the document settings as the JSON text
 * a real document would store. A sheet may also hold formulas (class sheets) and a look (a report's
 * number formats, bold rows, column widths and charts). Dev-only: never part of a shipped bundle.
 */
import { columnLetter } from '../../core/workbook/a1';
import { evaluateFormulas } from './formulas';
import type { CellValue, PreviewRule, PreviewSheet, SheetLook } from './sheet';

export type { CellValue, PreviewRule, PreviewSheet, SheetLook } from './sheet';

/** What both hosts store for a written value: an apostrophe in front only says "this is text". */
export function storedValue(value: string | number | boolean): CellValue {
  if (typeof value !== 'string') return value;
  if (value === '') return null;
  return value.startsWith("'") ? value.slice(1) : value;
}

type Listener = () => void;

export class PreviewWorkbook {
  readonly sheets: PreviewSheet[] = [];
  private activeName = '';
  /** The selected cell, 0-based, as a host's selection is: a click in the grid, or the panel's selectCell. */
  selection: { sheet: string; row: number; column: number } | null = null;
  /** The day TODAY() shows: the real day, unless the preview fixes one (?date=, for the screenshots). */
  today: () => Date = () => new Date();
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

  addSheet(name: string, rows: CellValue[][], rules: PreviewRule[] = [], look: SheetLook | null = null): PreviewSheet {
    if (this.find(name)) throw new Error(`A sheet named '${name}' already exists; it is never overwritten.`);
    const sheet: PreviewSheet = {
      name,
      rows: rows.map((row) => [...row]),
      rules: [...rules],
      isProtected: false,
      version: 0,
      formulas: new Map(),
      marks: new Map(),
      look,
    };
    this.sheets.push(sheet);
    if (!this.activeName) this.activeName = name;
    this.changed();
    return sheet;
  }

  /** A user deletes a sheet; a workbook keeps at least one. */
  deleteSheet(name: string): void {
    const sheet = this.sheet(name);
    if (this.sheets.length === 1) throw new Error('A workbook keeps at least one sheet.');
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeName === sheet.name) this.activeName = this.sheets[0]!.name;
    this.changed();
  }

  activate(name: string): void {
    this.activeName = this.sheet(name).name;
    this.changed();
    for (const listener of this.activateListeners) listener();
  }

  /** Selects one cell, opening its sheet first when another is open, as both hosts do. */
  select(name: string, row: number, column: number): void {
    const sheet = this.sheet(name);
    this.selection = { sheet: sheet.name, row, column };
    if (this.activeName !== sheet.name) this.activate(sheet.name);
    else this.changed();
  }

  setCell(name: string, row: number, column: number, value: CellValue): void {
    const sheet = this.sheet(name);
    if (sheet.isProtected) throw new Error(`'${sheet.name}' is protected: unprotect it to type in it.`);
    while (sheet.rows.length <= row) sheet.rows.push([]);
    const cells = sheet.rows[row]!;
    while (cells.length <= column) cells.push(null);
    cells[column] = value;
    // Typing over a formula replaces it, in every spreadsheet.
    sheet.formulas.delete(`${columnLetter(column)}${row + 1}`);
    this.changed(sheet);
  }

  /** Writes formulas into cells, as a host's setFormulas does; other cells stay as they are. */
  setFormulas(name: string, formulas: Record<string, string>): void {
    const sheet = this.sheet(name);
    if (sheet.isProtected) throw new Error(`'${sheet.name}' is protected: unprotect it to write in it.`);
    for (const [cell, formula] of Object.entries(formulas)) sheet.formulas.set(cell.toUpperCase(), formula);
    this.changed(sheet);
  }

  /** What the sheet shows: its values with each formula's result spilled from its cell, as a host's getValues gives. */
  shownValues(sheet: PreviewSheet): CellValue[][] {
    return sheet.formulas.size === 0 ? sheet.rows : evaluateFormulas(sheet, this);
  }

  /** Changes whenever anything a sheet's formulas could read changes, for caching what it shows. */
  shownVersion(sheet: PreviewSheet): string {
    return sheet.formulas.size === 0 ? String(sheet.version) : this.sheets.map((each) => each.version).join('.');
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
