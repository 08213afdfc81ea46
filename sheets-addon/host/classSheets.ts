/// <reference types="google-apps-script" />
/**
 * "Class sheets": each planned sheet, one at a time, is checked with the core's checks just before
 * it is written, and left exactly as it was if it fails one:
 *   - writeProblem: a new one must not exist yet; an existing one must hold the mark and A1, A2
 *     it was planned from, and not be protected;
 *   - spillProblem: Google Sheets cannot tell a cell its table spilled into from one a teacher
 *     typed in, so A1 and A2 (Tracklight's own, as just checked) are emptied, the spill area read,
 *     and A1 and A2 put back exactly as they were if anything is in the way.
 * A new sheet is marked (developer metadata) the moment it is inserted, so a run that stops
 * part-way leaves sheets the next run finds. Then A1 and A2 get their formulas, the mark is brought
 * up to date and the tracker's traffic lights applied. Nothing is ever deleted or cleared for
 * good. The calls grow with the number of class sheets, never with the tracker's pupils.
 */
import {
  CLASS_SHEET_MARK_KEY,
  spillProblem,
  stoppedAt,
  writeProblem,
  type ClassSheet,
  type ClassSheetsOutcome,
} from '../../core/classSheets';
import { writableClassSheetsSchema } from '../../core/classSheets/schema';
import type { WritableClassSheets } from '../../core/panel/host';
import { readA1Range } from '../../core/rules';
import { factsOfSheet, managedFormulas, marksOn } from './classSheetFacts';
import { applyColouring } from './colouring';
import { readSent, reasonOf } from './errors';
import { sheetNamed } from './sheetTops';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const UNREADABLE =
  'Tracklight could not read which class sheets to write. Close the sidebar, open it again, and try once more. Nothing was changed.';

/**
 * The tracker the formulas read, named in the plan's records. A class sheet is as wide as the
 * tracker's rows it shows; a new Google sheet has 26 columns, and a FILTER needs room to spill.
 */
function trackerWidth(plan: WritableClassSheets): number {
  const tracker = plan.records.find((record) => plan.sheets.some((sheet) => sheet.name === record.name))?.trackerSheetName;
  return tracker === undefined ? 0 : sheetNamed(tracker).getLastColumn();
}

/** The spill area's cells with A1 and A2 emptied, then A1 and A2 as they were; cells past the sheet's edge are empty. */
function typedInSpillArea(sheet: Sheet, planned: ClassSheet): unknown[][] {
  const area = readA1Range(planned.spillArea);
  if (typeof area === 'string') throw new Error(UNREADABLE);
  const before = managedFormulas(sheet);
  const anchors = sheet.getRange(1, 1, before.length, 1);
  anchors.setFormulas(before.map(() => ['']));
  try {
    SpreadsheetApp.flush();
    return sheet.getRange(1, 1, Math.min(area.lastRow, sheet.getMaxRows()), Math.min(area.lastColumn, sheet.getMaxColumns())).getValues();
  } finally {
    anchors.setFormulas(before);
  }
}

/** Checks and writes one sheet; returns why it was left alone, or null once it is written. */
function writeOne(planned: ClassSheet, width: number): string | null {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const existing = spreadsheet.getSheetByName(planned.name);
  const problem =
    writeProblem(planned, existing ? factsOfSheet(existing) : undefined) ??
    (existing ? spillProblem(planned, typedInSpillArea(existing, planned)) : null);
  if (problem) return problem;
  // Marked the moment it exists, before anything else can fail.
  const sheet = existing ?? spreadsheet.insertSheet(planned.name).addDeveloperMetadata(CLASS_SHEET_MARK_KEY, planned.mark);
  const maxColumns = sheet.getMaxColumns();
  if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  // Formulas, not values: the sheet stays live, and Sheets never reads them as typed text.
  sheet.getRange(1, 1, 2, 1).setFormulas([[planned.headerFormula], [planned.filterFormula]]);
  if (existing) {
    const [mark, ...copies] = marksOn(sheet);
    if (mark && copies.length === 0) mark.setValue(planned.mark);
    else sheet.addDeveloperMetadata(CLASS_SHEET_MARK_KEY, planned.mark);
  }
  return null;
}

/** The tracker's traffic lights on a written sheet: a failure here leaves its class list in place, so it is said apart. */
function colour(planned: ClassSheet, outcome: ClassSheetsOutcome): void {
  if (!planned.colouring) return;
  try {
    applyColouring(planned.colouring);
  } catch (error) {
    outcome.problems.push(`'${planned.name}' has its class list, but its traffic lights could not be updated: ${reasonOf(error)}`);
  }
}

/** insertSheet makes each new sheet the active one; the user is left on the sheet they were on. */
export function writeClassSheets(plan: WritableClassSheets): ClassSheetsOutcome {
  const checked = readSent(writableClassSheetsSchema, plan, UNREADABLE);
  const width = trackerWidth(checked);
  const activeBefore = SpreadsheetApp.getActiveSheet();
  const outcome: ClassSheetsOutcome = { written: [], notWritten: [], problems: [] };
  for (const [index, planned] of checked.sheets.entries()) {
    let problem: string | null;
    try {
      problem = writeOne(planned, width);
    } catch (error) {
      outcome.notWritten.push(...stoppedAt(checked.sheets, index, `Google Sheets stopped: ${reasonOf(error)}`));
      break;
    }
    if (problem) outcome.notWritten.push({ name: planned.name, reason: problem });
    else {
      outcome.written.push(planned.name);
      colour(planned, outcome);
    }
  }
  activeBefore.activate();
  return outcome;
}
