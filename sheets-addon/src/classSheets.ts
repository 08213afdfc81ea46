/// <reference types="google-apps-script" />
/**
 * "Class sheets": each planned sheet gets its two live formulas (A1 the tracker's header row, A2
 * that class's FILTER) and the tracker's traffic lights. New sheets are inserted; a sheet
 * Tracklight made before is rewritten in place, A1, A2 and its own rules only, so anything a
 * teacher typed beside the table stays. Nothing is ever deleted or cleared. The calls grow with
 * the number of class sheets (each costs the same), never with pupils: no pupil data is copied.
 */
import type { WritableClassSheets } from '../../core/panel/host';
import type { ClassSheet } from '../../core/classSheets';
import { applyColouring } from './colouring';
import { reasonOf } from './reportSheet';
import { isProtectedForUser, sheetNamed } from './sheetTop';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const UNREADABLE = 'Tracklight could not read which class sheets to write. Close the sidebar, open it again, and try once more. Nothing was changed.';

function checkedPlan(plan: unknown): WritableClassSheets {
  const candidate = plan as WritableClassSheets | null;
  const fine =
    candidate !== null && typeof candidate === 'object' && candidate.ok === true && Array.isArray(candidate.sheets) && Array.isArray(candidate.records) &&
    candidate.sheets.every(
      (sheet: ClassSheet) =>
        typeof sheet?.name === 'string' && sheet.name !== '' && typeof sheet.isNew === 'boolean' &&
        typeof sheet.headerFormula === 'string' && sheet.headerFormula.startsWith('=') &&
        typeof sheet.filterFormula === 'string' && sheet.filterFormula.startsWith('=') &&
        // A sheet's colours go on that sheet and no other.
        (sheet.colouring === null || sheet.colouring?.sheetName === sheet.name),
    );
  if (!fine) throw new Error(UNREADABLE);
  return candidate!;
}

/**
 * The tracker the formulas read, named in the plan's records. A class sheet is as wide as the
 * tracker's rows it shows; a new Google sheet has 26 columns, and a FILTER needs room to spill.
 */
function trackerWidth(plan: WritableClassSheets): number {
  const tracker = plan.records.find((record) => plan.sheets.some((sheet) => sheet.name === record.name))?.trackerSheetName;
  return tracker === undefined ? 0 : sheetNamed(tracker).getLastColumn();
}

/** Every check before the first change, so a refusal leaves every sheet as it was. */
function findTargets(plan: WritableClassSheets): { classSheet: ClassSheet; existing: Sheet | null }[] {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  return plan.sheets.map((classSheet) => {
    const existing = spreadsheet.getSheetByName(classSheet.name);
    if (classSheet.isNew && existing) {
      throw new Error(`A sheet called '${classSheet.name}' has been added since Tracklight looked, and Tracklight never writes over a sheet it did not make. Make the class sheets again. Nothing was changed.`);
    }
    if (!classSheet.isNew && !existing) {
      throw new Error(`The class sheet '${classSheet.name}' is not there any more: it may have been renamed or deleted. Make the class sheets again. Nothing was changed.`);
    }
    if (existing && isProtectedForUser(existing)) {
      throw new Error(`The class sheet '${classSheet.name}' is protected, so Tracklight cannot update it. Ask whoever protected it to let you edit it, then make the class sheets again. Nothing was changed.`);
    }
    return { classSheet, existing };
  });
}

function writeOne(classSheet: ClassSheet, existing: Sheet | null, width: number): void {
  const sheet = existing ?? SpreadsheetApp.getActiveSpreadsheet().insertSheet(classSheet.name);
  const maxColumns = sheet.getMaxColumns();
  if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  // Formulas, not values: the sheet stays live, and Sheets never reads them as typed text.
  sheet.getRange(1, 1, 2, 1).setFormulas([[classSheet.headerFormula], [classSheet.filterFormula]]);
  if (classSheet.colouring) applyColouring(classSheet.colouring);
}

/** insertSheet makes each new sheet the active one; the user is left on the sheet they were on. */
export function writeClassSheets(plan: WritableClassSheets): { written: string[] } {
  const checked = checkedPlan(plan);
  const targets = findTargets(checked);
  const width = trackerWidth(checked);
  const activeBefore = SpreadsheetApp.getActiveSheet();
  const written: string[] = [];
  for (const { classSheet, existing } of targets) {
    try {
      writeOne(classSheet, existing, width);
    } catch (error) {
      const done = written.length === 0 ? 'No class sheet was written.' : `Written before it: ${written.map((name) => `'${name}'`).join(', ')}.`;
      throw new Error(`Google Sheets stopped while writing the class sheet '${classSheet.name}' (${reasonOf(error)}). ${done} Make the class sheets again to finish.`);
    }
    written.push(classSheet.name);
  }
  activeBefore.activate();
  return { written };
}
