/// <reference types="office-js" />
/**
 * "Check grades as they are typed" as Excel data validation (ExcelApi 1.8; 1.9 to find which cells
 * hold validation): each planned grade column gets a list rule with an in-cell dropdown and a
 * Warning alert, so what a teacher types is kept. Tracklight's checks are told from the school's
 * by the core's mark in the alert message (core/validation/gradeCheckMark.ts). Per column, the
 * cells that hold any validation (getSpecialCells DataValidations) are read together: none, or
 * all Tracklight's, and the column is (re)written; anything else and it is left alone. Syncs and
 * calls depend on the number of grade columns, never on the number of pupils.
 */
import type { GradeChecksApplied, GradeChecksPlan, GradeCheckColumn } from '../../core/validation/gradeChecksPlan';
import { isTracklightGradeCheck } from '../../core/validation/gradeCheckMark';
import { columnLetter } from '../../core/workbook/a1';
import { ExcelHostError, runOnSheet, type ExcelApi, type OfficeApi } from './excelApi';
import { queueListSheetRead, writeListSheet } from './gradeListSheet';
import { protectedSheetError } from './protectedSheetError';

type Holding = 'none' | 'ours' | 'theirs';

/** Queues the read of the validation in `range`'s cells that have any. */
function queueValidationRead(range: Excel.Range): Excel.RangeAreas {
  const cells = range.getSpecialCellsOrNullObject('DataValidations');
  cells.load('address');
  cells.dataValidation.load('type, errorAlert');
  return cells;
}

/** Read after the sync: a column whose validated cells hold one Tracklight list rule (Inconsistent means two rules). */
function holding(cells: Excel.RangeAreas): Holding {
  if (cells.isNullObject) return 'none';
  const { type, errorAlert } = cells.dataValidation;
  return type === 'List' && isTracklightGradeCheck(errorAlert.message) ? 'ours' : 'theirs';
}

export const TOO_OLD = 'Grade checks need a newer Excel (Microsoft 365, Excel 2021 or later, or Excel on the web). Nothing was changed.';

/** `office` reads Tracklight's lock records, to say so when its own lock is what protects the sheet. */
export function applyGradeChecks(
  excel: ExcelApi,
  office: OfficeApi,
  plan: GradeChecksPlan,
  supported: boolean,
): Promise<GradeChecksApplied> {
  if (!supported) return Promise.reject(new ExcelHostError(TOO_OLD));
  const name = plan.sheetName;
  const again = 'Click Check grades again to finish: it replaces Tracklight’s checks rather than adding more.';
  return runOnSheet(excel, name, `add grade checks to '${name}'`, again, async (context) => {
    const sheet = context.workbook.worksheets.getItem(name);
    sheet.protection.load('protected');
    const reads = plan.columns.map((column) => ({ column, range: sheet.getRange(column.range) }));
    const cells = reads.map(({ range }) => queueValidationRead(range));
    const source = plan.excelSource;
    const listSheet = source.kind === 'sheet' ? queueListSheetRead(context, source) : null;
    await context.sync();
    if (sheet.protection.protected)
      throw await protectedSheetError(context, sheet, name, 'Tracklight cannot add grade checks to it', office);

    const leftAlone: GradeCheckColumn[] = [];
    const writable = reads.filter(({ column }, index) => {
      const theirs = holding(cells[index]!) === 'theirs';
      if (theirs) leftAlone.push(column);
      return !theirs;
    });
    if (writable.length > 0 && source.kind === 'sheet' && listSheet) await writeListSheet(context, source, listSheet);
    for (const { range } of writable) {
      // clear() first: only Tracklight's own checks or no validation at all are here, and Excel sets a rule on clear cells.
      range.dataValidation.clear();
      range.dataValidation.rule = { list: { inCellDropDown: true, source: source.source } };
      range.dataValidation.errorAlert = { showAlert: true, style: 'Warning', title: plan.title, message: plan.message };
    }
    if (writable.length > 0) await context.sync();
    return { checked: writable.length, leftAlone };
  });
}

/** Removes Tracklight's checks from every used column of the sheet; a column holding any other validation is left whole. */
export function removeGradeChecks(
  excel: ExcelApi,
  office: OfficeApi,
  sheetName: string,
  supported: boolean,
): Promise<{ removed: number }> {
  if (!supported) return Promise.reject(new ExcelHostError(TOO_OLD));
  const again = 'Click Remove grade checks again to finish.';
  return runOnSheet(excel, sheetName, `remove Tracklight's grade checks from '${sheetName}'`, again, async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.protection.load('protected');
    const used = sheet.getUsedRangeOrNullObject();
    used.load('columnIndex, columnCount');
    await context.sync();
    if (used.isNullObject) return { removed: 0 };
    const letters = Array.from({ length: used.columnCount }, (_, offset) => columnLetter(used.columnIndex + offset));
    const cells = letters.map((letter) => queueValidationRead(sheet.getRange(`${letter}:${letter}`)));
    await context.sync();
    const ours = cells.filter((each) => holding(each) === 'ours');
    if (ours.length === 0) return { removed: 0 };
    if (sheet.protection.protected)
      throw await protectedSheetError(context, sheet, sheetName, 'Tracklight cannot remove its grade checks', office);
    for (const each of ours) each.dataValidation.clear();
    await context.sync();
    return { removed: ours.length };
  });
}
