/// <reference types="google-apps-script" />
/**
 * What the core needs to know of each sheet to tell Tracklight's class sheets from the school's
 * (core/classSheets/ownership.ts): its mark (developer metadata on the sheet, which no one sees or
 * edits in the spreadsheet), what A1 and A2 hold, and whether this user may change it.
 */
import { CLASS_SHEET_MARK_KEY, managedCellText, type ClassSheetFacts } from '../../core/classSheets';
import { isProtectedForUser, plainCell } from './sheetTops';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet's Tracklight marks (one, unless something copied one in). */
export const marksOn = (sheet: Sheet): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] =>
  sheet.createDeveloperMetadataFinder().withKey(CLASS_SHEET_MARK_KEY).find();

/** A1 and A2 as formulas (an empty formula where a cell holds a value); a sheet cut down to one row has no A2. */
export function managedFormulas(sheet: Sheet): string[][] {
  return sheet.getMaxRows() >= 2 ? sheet.getRange(1, 1, 2, 1).getFormulas() : [...sheet.getRange(1, 1).getFormulas(), ['']];
}

export function factsOfSheet(sheet: Sheet): ClassSheetFacts {
  const rows = Math.min(2, sheet.getMaxRows());
  const range = sheet.getRange(1, 1, rows, 1);
  const [formulas, values] = [range.getFormulas(), range.getValues()];
  const managed = (row: number) => managedCellText(formulas[row]?.[0], plainCell(values[row]?.[0]));
  return {
    name: sheet.getName(),
    mark: marksOn(sheet)[0]?.getValue() ?? null,
    managed: [managed(0), managed(1)],
    isProtected: isProtectedForUser(sheet),
  };
}

/** Every sheet in tab order. */
export const readClassSheetFacts = (): ClassSheetFacts[] => SpreadsheetApp.getActiveSpreadsheet().getSheets().map(factsOfSheet);
