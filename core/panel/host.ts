/**
 * What the shared panel asks of a spreadsheet. The Excel task pane, the Sheets sidebar and the
 * dev-only preview each implement it; the panel never talks to a host any other way. Every
 * method works on values the core has already checked: hosts translate, they do not decide.
 */
import type { ClassSheetFacts } from '../classSheets/ownership';
import type { ClassSheetsPlan } from '../classSheets/plan';
import type { ClassSheetsOutcome } from '../classSheets/writeChecks';
import type { ColouringPlan } from '../colouring/plan';
import type { LockPlan, LockState } from '../locking/lockPlan';
import type { PupilSheetFacts, PupilSheetPlan } from '../pupilSheet/pupilSheetPlan';
import type { PupilSheetWritten } from '../pupilSheet/writeCheck';
import type { ReportSheetPlan } from '../reportSheet/plan';
import type { GradeChecksApplied, GradeChecksPlan } from '../validation/gradeChecksPlan';
import type { WritableCell } from '../workbook/literalCells';

/** A class sheets plan that can be written (the panel shows a refusal's message instead). */
export type WritableClassSheets = Extract<ClassSheetsPlan, { ok: true }>;

/** The top of one sheet, read from A1: the first rows of the used range, only as wide as it is used. */
export interface SheetTop {
  name: string;
  /** The first 15 rows (fewer on a short sheet), from row 1 and column A. */
  topRows: unknown[][];
  /** The last used row, counted from 1 (0 for an empty sheet). */
  lastRow: number;
  isProtected: boolean;
  /** The collections Tracklight has locked, where its lock is what protects the sheet (Excel's sheet protection). */
  lockedBy?: string[];
}

export interface TrackerRead {
  values: unknown[][];
  /** Every sheet in tab order, so a new sheet's name is never one of them. */
  sheetNames: string[];
  /** The sheet open now (Sheets tells the panel nothing when the user opens another). */
  activeSheetName: string;
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
  /**
   * "Check grades as they are typed": puts the plan's dropdown, in warning mode, on each of its
   * columns, replacing Tracklight's own checks there (so applying twice changes nothing more). A
   * column holding any validation that is not Tracklight's (core/validation/gradeCheckMark.ts) is
   * left exactly as it is and named in the answer.
   */
  applyGradeChecks(plan: GradeChecksPlan): Promise<GradeChecksApplied>;
  /** Removes only Tracklight's grade checks from the sheet, wherever they are; the school's own validation stays. */
  removeGradeChecks(sheetName: string): Promise<{ removed: number }>;
  /** Adds a sheet named `name` (already unique) holding `rows`, and makes it the active sheet. */
  addSheet(name: string, rows: WritableCell[][]): Promise<void>;
  /**
   * Optional: calls `listener` whenever the user opens another sheet (Excel: worksheets.onActivated),
   * so the panel follows. Hosts without such an event leave it out; the panel then offers
   * "Read the active sheet again".
   */
  onActiveSheetChange?(listener: () => void): void;

  // Reports (issue 5).
  /** The longest sheet name this host allows (core/workbook/sheetNames SHEET_NAME_LIMIT). */
  readonly maxSheetName: number;
  /**
   * Optional: the day a report is dated by (its sheet's name and title); the real clock when left
   * out. The dev preview can fix it, so the README's screenshots do not change from day to day.
   */
  today?(): Date;
  /**
   * One read for a report or class sheets: every value of the sheet's used range, from A1 to its
   * last used row and column, with the names of every sheet and of the one open now, so the whole
   * "Build report" click stays within Excel's budget of 4 syncs.
   */
  readValues(sheetName: string): Promise<TrackerRead>;
  /**
   * Adds the report as planned, in a fixed number of calls whatever the pupil count: a new sheet
   * named plan.sheetName (already unique), its values, number formats, bold rows, column widths
   * and chart. No other sheet or value changes. It becomes the active sheet.
   */
  addReportSheet(plan: ReportSheetPlan): Promise<void>;
  /**
   * For every sheet in tab order: its Tracklight class-sheet mark (CLASS_SHEET_MARK_KEY; undefined
   * where the host cannot keep marks), what A1 and A2 hold, and whether it is protected. The core
   * decides from these which sheets are Tracklight's (core/classSheets/ownership.ts).
   */
  readClassSheetFacts(): Promise<ClassSheetFacts[]>;
  /**
   * Writes the planned class sheets, checking each just before its own write with the core's checks
   * (writeProblem, then spillProblem over its spill area with A1 and A2 emptied) and leaving a sheet
   * that fails exactly as it was. A new sheet gets its mark the moment it exists, so a run that stops
   * part-way leaves sheets the next run finds. Then A1 and A2 are written as formulas (live FILTERs
   * over the tracker: no pupil data is copied), the mark updated, and the colouring plan applied;
   * nothing else on the sheet changes. Says what was written and what was not, and why: it does
   * not throw once anything has been written.
   */
  writeClassSheets(plan: WritableClassSheets): Promise<ClassSheetsOutcome>;

  // Who still has to enter (issue 13).
  /**
   * Optional: selects one cell (`a1`, e.g. "F12") on `sheetName`, opening that sheet if another is
   * open, so a missing pupil's link takes the user to where their grade goes. Nothing is written.
   * Hosts without it leave it out; the panel then shows the cell's address instead of a link.
   */
  selectCell?(sheetName: string, a1: string): Promise<void>;

  // Locking a finished collection (issue 13). Optional: a host without them has no lock controls.
  /** The collections Tracklight has locked on the sheet (found by LOCK_MARK), and whether the school protects it. Writes nothing. */
  readLocks?(sheetName: string): Promise<LockState>;
  /**
   * Protects the plan's ranges, carrying the plan's mark, replacing Tracklight's own lock of that
   * collection (so locking twice changes nothing more); values, rules and validation are untouched.
   * Where the school protects the sheet or an overlapping range itself, changes nothing and says so.
   */
  lockCollection?(plan: LockPlan): Promise<LockState>;
  /** Takes away only Tracklight's lock of `collection`, putting the sheet back exactly as it was. */
  unlockCollection?(sheetName: string, collection: string): Promise<LockState>;

  // The live pupil report sheet (issue 13). Optional: a host without them offers no pupil report sheet.
  /** For every sheet in tab order: its PUPIL_SHEET_MARK_KEY mark (undefined where the host cannot keep marks) and protection. */
  readPupilSheetFacts?(): Promise<PupilSheetFacts[]>;
  /**
   * Reads the plan's sheet again (its mark, protection and the plan's checkArea, as formulas) and asks
   * the core's pupilSheetWriteProblem; then, unless it refuses, adds or updates the sheet: a new sheet
   * is marked first, then the plan's writes (never the picker or the comment lines), number formats,
   * bold cells, column widths, the picker's dropdown over the tracker's pupils (warning only), the
   * print settings the host allows, and the plan's traffic lights. No other sheet changes.
   */
  writePupilSheet?(plan: PupilSheetPlan): Promise<PupilSheetWritten>;
}
