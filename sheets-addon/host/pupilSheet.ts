/// <reference types="google-apps-script" />
/**
 * "Make pupil report sheet" in Google Sheets: the plan's sheet is read again (its mark, which is
 * developer metadata, whether this user may edit it, and the plan's checkArea as formulas) and the
 * core's pupilSheetWriteProblem decides whether it may be written. Then a new sheet is inserted and
 * marked before anything else, and the plan's cells (never the picker or the comment lines), number
 * formats, bold cells, column widths, the picker's dropdown over the tracker's pupils
 * (requireValueInRange, allowInvalid: a warning, so what is typed is kept) and the traffic lights
 * go in. Apps Script has no call for a sheet's print settings, so the panel says what to choose in
 * File > Print. The calls are fixed whatever the number of pupils.
 */
import { managedCellText } from '../../core/classSheets';
import { PUPIL_SHEET_MARK_KEY, pupilSheetWriteProblem, type PupilSheetFacts, type PupilSheetWritten } from '../../core/pupilSheet';
import { pupilSheetPlanSchema } from '../../core/pupilSheet/schema';
import { applyColouring, removeColouring } from './colouring';
import { readSent, reasonOf } from './errors';
import { isProtectedForUser, plainCell, sheetNamed } from './sheetTops';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const UNREADABLE =
  'Tracklight could not read the pupil report to write. Close the sidebar, open it again, and try once more. Nothing was changed.';

export const PRINT_NOTE =
  'Google Sheets gives add-ons no way to set print settings: to print the report on one page, choose File > Print, ' +
  'then Paper size A4, Portrait, Scale "Fit to page", and Print "Current sheet".';

const markOf = (sheet: Sheet) => sheet.createDeveloperMetadataFinder().withKey(PUPIL_SHEET_MARK_KEY).find();

export const readPupilSheetFacts = (): PupilSheetFacts[] =>
  SpreadsheetApp.getActiveSpreadsheet()
    .getSheets()
    .map((sheet) => ({ name: sheet.getName(), mark: markOf(sheet)[0]?.getValue() ?? null, isProtected: isProtectedForUser(sheet) }));

function contentsOf(sheet: Sheet, area: string): string[][] {
  const range = sheet.getRange(area);
  const [formulas, values] = [range.getFormulas(), range.getValues()];
  return formulas.map((row, r) => row.map((formula, c) => managedCellText(formula, plainCell(values[r]?.[c]))));
}

export function writePupilSheet(sent: unknown): PupilSheetWritten {
  const plan = readSent(pupilSheetPlanSchema, sent, UNREADABLE);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const existing = spreadsheet.getSheetByName(plan.sheetName);
  const problem = pupilSheetWriteProblem(plan, {
    exists: existing !== null,
    mark: existing ? (markOf(existing)[0]?.getValue() ?? null) : null,
    isProtected: existing !== null && isProtectedForUser(existing),
    contents: existing ? contentsOf(existing, plan.checkArea) : [],
  });
  if (problem) return { written: false, reason: problem };
  // Marked the moment it exists, before anything else can fail.
  const sheet = existing ?? spreadsheet.insertSheet(plan.sheetName).addDeveloperMetadata(PUPIL_SHEET_MARK_KEY, plan.mark);
  if (existing) markOf(existing)[0]!.setValue(plan.mark);
  for (const write of plan.writes) sheet.getRange(write.range).setValues(write.values);
  for (const { format, ranges } of plan.numberFormats) sheet.getRangeList(ranges).setNumberFormat(format);
  if (plan.boldRanges.length > 0) sheet.getRangeList(plan.boldRanges).setFontWeight('bold');
  for (const run of plan.columnWidthRuns) sheet.setColumnWidths(run.firstColumn + 1, run.count, run.pixels);
  const pupils = sheetNamed(plan.picker.sheetName).getRange(plan.picker.range);
  const rule = SpreadsheetApp.newDataValidation()
    .requireValueInRange(pupils, true)
    .setAllowInvalid(true)
    .setHelpText(plan.picker.helpText)
    .build();
  sheet.getRange(plan.picker.cell).setDataValidation(rule);
  const problems = [PRINT_NOTE];
  try {
    if (plan.colouring) applyColouring(plan.colouring);
    else if (!plan.isNew) removeColouring(plan.sheetName);
  } catch (error) {
    problems.push(`'${plan.sheetName}' was written, but its traffic lights could not be set: ${reasonOf(error)}`);
  }
  sheet.activate();
  return { written: true, problems };
}
