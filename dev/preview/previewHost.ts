/**
 * The Host the preview gives the shared panel: the same contract the Excel and Sheets hosts keep,
 * over the in-memory workbook. Each call waits a moment first, as a real host's round trip does,
 * so the panel's progress and busy states are seen working.
 */
import { ROWS_READ } from '../../core/layout';
import type { Host, SheetTop } from '../../core/panel/host';
import { isTracklightRule } from '../../core/rules';
import { protectedSheetMessage } from '../../core/workbook/protectedSheet';
import { readA1Range } from '../../core/workbook/a1';
import { SHEET_NAME_LIMIT } from '../../core/workbook/sheetNames';
import { applyGradeChecksPlan, removeGradeChecksFrom } from './gradeChecks';
import { pupilSheetFacts, writePupilSheetIn } from './pupilSheet';
import { lockCollectionIn, readLocksOf, unlockCollectionIn } from './locking';
import { addReportSheet, applyColouringPlan, classSheetFacts, readValues, writeClassSheets } from './hostWrites';
import { storedValue, usedSize, type PreviewSheet, type PreviewWorkbook } from './workbook';

export { storedValue } from './workbook';

const roundTrip = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The sheet's first rows as shown (a class sheet's formulas as their results), as a host reads them. */
export function sheetTop(workbook: PreviewWorkbook, sheet: PreviewSheet): SheetTop {
  const shown = workbook.shownValues(sheet);
  const used = usedSize(shown);
  const topRows = shown
    .slice(0, Math.min(ROWS_READ, used.rows))
    .map((row) => Array.from({ length: used.columns }, (_, column) => row[column] ?? ''));
  return { name: sheet.name, topRows, lastRow: used.rows, isProtected: sheet.isProtected };
}

export interface PreviewHostOptions {
  kind?: Host['kind'];
  latencyMs?: number;
  /** false: no onActiveSheetChange, as in the Sheets sidebar, which has no such event. */
  sheetEvents?: boolean;
  /** The day reports are dated by (?date= in the page); left out, the real clock, as in Excel and Sheets. */
  today?: () => Date;
}

/** `dispose` stops a closed panel from following sheet changes (the preview's "Reopen panel"). */
export function createPreviewHost(
  workbook: PreviewWorkbook,
  { kind = 'preview', latencyMs = 15, sheetEvents = true, today }: PreviewHostOptions = {},
): Host & { dispose(): void } {
  const wait = () => roundTrip(latencyMs);
  if (today) workbook.today = today;
  const stops: (() => void)[] = [];
  const host: Host & { dispose(): void } = {
    dispose: () => stops.splice(0).forEach((stop) => stop()),
    kind,
    // The name length of the host the page stands in for: Excel's 31, or Sheets' 100.
    maxSheetName: SHEET_NAME_LIMIT[kind],
    ...(today ? { today } : {}),
    async activeSheet() {
      await wait();
      return sheetTop(workbook, workbook.active);
    },
    async allSheets() {
      await wait();
      return workbook.sheets.map((sheet) => sheetTop(workbook, sheet));
    },
    async loadSettings() {
      await wait();
      if (workbook.settingsText === null) return null;
      // Damaged text comes back as it is, as the Sheets host does: the panel says it cannot read it.
      try {
        return JSON.parse(workbook.settingsText);
      } catch {
        return workbook.settingsText;
      }
    },
    async saveSettings(settings) {
      await wait();
      workbook.settingsText = JSON.stringify(settings);
    },
    async applyColouring(plan) {
      await wait();
      return applyColouringPlan(workbook, plan);
    },
    async removeColouring(sheetName) {
      await wait();
      const sheet = workbook.sheet(sheetName);
      // A real host fails on a protected sheet, and so does this one.
      if (sheet.isProtected) throw new Error(protectedSheetMessage(sheet.name, 'Tracklight cannot remove its colours'));
      const own = sheet.rules.filter((rule) => !isTracklightRule(rule.formula));
      const removed = sheet.rules.length - own.length;
      if (removed > 0) workbook.setRules(sheet.name, own);
      return { removed };
    },
    async applyGradeChecks(plan) {
      await wait();
      return applyGradeChecksPlan(workbook, plan);
    },
    async removeGradeChecks(sheetName) {
      await wait();
      return removeGradeChecksFrom(workbook, sheetName);
    },
    async addSheet(name, rows) {
      await wait();
      workbook.addSheet(
        name,
        rows.map((row) => row.map(storedValue)),
      );
      workbook.activate(name);
    },
    async readValues(sheetName) {
      await wait();
      return {
        values: readValues(workbook, sheetName),
        sheetNames: workbook.sheets.map((sheet) => sheet.name),
        activeSheetName: workbook.active.name,
      };
    },
    async addReportSheet(plan) {
      await wait();
      addReportSheet(workbook, plan);
    },
    async readClassSheetFacts() {
      await wait();
      return workbook.sheets.map((sheet) => classSheetFacts(workbook, sheet.name));
    },
    async writeClassSheets(plan) {
      await wait();
      return writeClassSheets(workbook, plan);
    },
    async readPupilSheetFacts() {
      await wait();
      return pupilSheetFacts(workbook);
    },
    async writePupilSheet(plan) {
      await wait();
      return writePupilSheetIn(workbook, plan);
    },
    async selectCell(sheetName, a1) {
      await wait();
      const cell = readA1Range(a1);
      if (typeof cell === 'string') throw new Error(cell);
      workbook.select(sheetName, cell.firstRow - 1, cell.firstColumn - 1);
    },
    async readLocks(sheetName) {
      await wait();
      return readLocksOf(workbook, sheetName);
    },
    async lockCollection(plan) {
      await wait();
      return lockCollectionIn(workbook, plan);
    },
    async unlockCollection(sheetName, collection) {
      await wait();
      return unlockCollectionIn(workbook, sheetName, collection);
    },
  };
  if (sheetEvents) host.onActiveSheetChange = (listener) => void stops.push(workbook.onActivate(listener));
  return host;
}
