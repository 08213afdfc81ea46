/// <reference types="office-js" />
/**
 * "Make pupil report sheet" in Excel: the core's PupilSheetPlan translated into Excel JS.
 *   1. the plan's sheet is looked up; if it exists, its mark (a worksheet custom property, ExcelApi
 *      1.12), its protection and the plan's checkArea as formulas are read, and the core's
 *      pupilSheetWriteProblem says whether it may be written;
 *   2. one sync writes it: a new sheet is added and marked first, then the plan's cells (never the
 *      picker or the comment lines), number formats, bold cells, column widths, the picker's list
 *      (ExcelApi 1.8, Warning alert, so what is typed is kept), and the print setup (ExcelApi 1.9:
 *      print area, A4, portrait, one page wide and one page tall);
 *   3. the traffic lights, with the colouring code every sheet uses.
 * Calls and syncs are fixed whatever the number of pupils.
 */
import { managedCellText } from '../../core/classSheets';
import {
  PUPIL_SHEET_MARK_KEY,
  pupilSheetWriteProblem,
  rangeOf,
  type PupilSheetFacts,
  type PupilSheetPlan,
  type PupilSheetWritten,
} from '../../core/pupilSheet';
import { POINTS_PER_PIXEL } from './reportSheet';
import { applyColouring, removeColouring } from './colouring';
import { runInExcel, runOnSheet, type ExcelApi, type OfficeApi } from './excelApi';
import { columnLetter } from '../../core/workbook/a1';

/** What this Excel can do: marks (1.12), the picker's list (1.8), the print setup (1.9). */
export interface PupilSheetSupport {
  marks: boolean;
  validation: boolean;
  pageLayout: boolean;
}

export const pupilSheetSupport = (office: OfficeApi): PupilSheetSupport => {
  const has = (version: string) => office.context.requirements.isSetSupported('ExcelApi', version);
  return { marks: has('1.12'), validation: has('1.8'), pageLayout: has('1.9') };
};

/** Every sheet in tab order, with its pupil report mark: two syncs, whatever the number of sheets. */
export function readPupilSheetFacts(excel: ExcelApi, marks: boolean): Promise<PupilSheetFacts[]> {
  return runInExcel(excel, "read the workbook's sheets", async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name, items/protection/protected');
    await context.sync();
    const properties = marks
      ? worksheets.items.map((sheet) => sheet.customProperties.getItemOrNullObject(PUPIL_SHEET_MARK_KEY).load('value'))
      : [];
    if (marks) await context.sync();
    return worksheets.items.map((sheet, i) => {
      const property = properties[i];
      return {
        name: sheet.name,
        mark: property === undefined ? undefined : property.isNullObject ? null : property.value,
        isProtected: sheet.protection.protected,
      };
    });
  });
}

/** Excel takes a number format for each cell of the range. */
function formatGrid(format: string, address: string): string[][] {
  const range = rangeOf(address);
  return Array.from({ length: range.lastRow - range.firstRow + 1 }, () =>
    new Array<string>(range.lastColumn - range.firstColumn + 1).fill(format),
  );
}

function queueWrite(sheet: Excel.Worksheet, plan: PupilSheetPlan, support: PupilSheetSupport): void {
  // values, not formulas: "=..." is a formula and "'..." text, exactly as if typed; the core made tracker text safe.
  for (const write of plan.writes) sheet.getRange(write.range).values = write.values;
  for (const { format, ranges } of plan.numberFormats)
    for (const range of ranges) sheet.getRange(range).numberFormat = formatGrid(format, range);
  for (const range of plan.boldRanges) sheet.getRange(range).format.font.bold = true;
  for (const run of plan.columnWidthRuns) {
    const columns = `${columnLetter(run.firstColumn)}:${columnLetter(run.firstColumn + run.count - 1)}`;
    sheet.getRange(columns).format.columnWidth = run.pixels * POINTS_PER_PIXEL;
  }
  if (support.validation) {
    const picker = sheet.getRange(plan.picker.cell).dataValidation;
    picker.clear();
    picker.rule = { list: { inCellDropDown: true, source: plan.picker.excelSource } };
    picker.errorAlert = { showAlert: true, style: 'Warning', title: plan.picker.title, message: plan.picker.message };
  }
  if (support.pageLayout) {
    sheet.pageLayout.setPrintArea(plan.print.area);
    sheet.pageLayout.paperSize = 'A4';
    sheet.pageLayout.orientation = 'Portrait';
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 1 };
  }
  sheet.activate();
}

export async function writePupilSheet(excel: ExcelApi, plan: PupilSheetPlan, support: PupilSheetSupport): Promise<PupilSheetWritten> {
  const name = plan.sheetName;
  const again = `Make the pupil report again to finish: it updates '${name}' rather than adding another.`;
  const outcome = await runOnSheet(
    excel,
    name,
    `write the pupil report sheet '${name}'`,
    again,
    async (context): Promise<PupilSheetWritten> => {
      const existing = context.workbook.worksheets.getItemOrNullObject(name);
      existing.load('name, protection/protected');
      await context.sync();
      const exists = !existing.isNullObject;
      const mark = exists && support.marks ? existing.customProperties.getItemOrNullObject(PUPIL_SHEET_MARK_KEY).load('value') : null;
      const cells = exists ? existing.getRange(plan.checkArea).load('formulas') : null;
      if (exists) await context.sync();
      const problem = pupilSheetWriteProblem(plan, {
        exists,
        mark: mark === null ? (support.marks ? null : undefined) : mark.isNullObject ? null : mark.value,
        isProtected: exists && existing.protection.protected,
        contents: cells ? (cells.formulas as unknown[][]).map((row) => row.map((cell) => managedCellText(cell))) : [],
      });
      if (problem) return { written: false, reason: problem };
      const sheet = exists ? existing : context.workbook.worksheets.add(name);
      if (support.marks) sheet.customProperties.add(PUPIL_SHEET_MARK_KEY, plan.mark);
      queueWrite(sheet, plan, support);
      await context.sync();
      return { written: true, problems: unsupported(support) };
    },
  );
  if (!outcome.written) return outcome;
  try {
    if (plan.colouring) await applyColouring(excel, plan.colouring);
    else if (!plan.isNew) await removeColouring(excel, name);
  } catch (problem) {
    outcome.problems.push(
      `'${name}' was written, but its traffic lights could not be set: ${problem instanceof Error ? problem.message : String(problem)}`,
    );
  }
  return outcome;
}

function unsupported(support: PupilSheetSupport): string[] {
  return [
    ...(support.validation
      ? []
      : ["This Excel cannot add the list of pupils to B3 (that needs ExcelApi 1.8): type a pupil's name there instead."]),
    ...(support.pageLayout
      ? []
      : [
          'This Excel cannot set the print settings (that needs ExcelApi 1.9): ' +
            'choose File > Print, A4, Portrait and "Fit Sheet on One Page".',
        ]),
  ];
}
