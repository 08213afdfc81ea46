/**
 * What the shared panel asks of a spreadsheet. The Excel task pane, the Sheets sidebar and the
 * dev-only preview each implement it; the panel never talks to a host any other way. Every
 * method works on values the core has already checked: hosts translate, they do not decide.
 */
import type { ColouringPlan } from '../colouring/plan';
import type { WritableCell } from '../workbook/literalCells';

/** The top of one sheet, read from A1: the first rows of the used range, only as wide as it is used. */
export interface SheetTop {
  name: string;
  /** The first 15 rows (fewer on a short sheet), from row 1 and column A. */
  topRows: unknown[][];
  /** The last used row, counted from 1 (0 for an empty sheet). */
  lastRow: number;
  isProtected: boolean;
}

export interface ApplyOutcome {
  /** Tracklight rules taken away first, so applying twice never duplicates. */
  removed: number;
  added: number;
}

export interface Host {
  readonly kind: 'excel' | 'sheets' | 'preview';
  activeSheet(): Promise<SheetTop>;
  /** Every sheet, in tab order, for "Colour every sheet with this layout". */
  allSheets(): Promise<SheetTop[]>;
  /** The saved document settings as stored (unchecked: the panel validates), or null. */
  loadSettings(): Promise<unknown>;
  saveSettings(settings: unknown): Promise<void>;
  /** Replaces Tracklight's own rules on the plan's sheet with the plan's; the school's own rules stay. */
  applyColouring(plan: ColouringPlan): Promise<ApplyOutcome>;
  /** Removes only the rules Tracklight added to the sheet; values and other rules are untouched. */
  removeColouring(sheetName: string): Promise<{ removed: number }>;
  /** Adds a sheet named `name` (already unique) holding `rows`, and makes it the active sheet. */
  addSheet(name: string, rows: WritableCell[][]): Promise<void>;
  /**
   * Optional: calls `listener` whenever the user opens another sheet (Excel: worksheets.onActivated),
   * so the panel follows. Hosts without such an event leave it out; the panel then offers
   * "Read the active sheet again".
   */
  onActiveSheetChange?(listener: () => void): void;
}
