/**
 * "Make pupil report sheet" in the preview's workbook, keeping the promises the Excel and Sheets
 * hosts keep (core/panel/host.ts): the core's write check first, against the sheet as it is now;
 * then a new sheet marked before anything else, the plan's cells (formulas as formulas, text as
 * text; never the picker or the comment lines), its look, and its traffic lights. The preview has
 * no print settings or dropdowns to set: a pupil is chosen by typing a name in B3.
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
import { columnLetter } from '../../core/workbook/a1';
import { applyColouringPlan } from './hostWrites';
import { storedValue, type PreviewSheet, type PreviewWorkbook } from './workbook';

export const pupilSheetFacts = (workbook: PreviewWorkbook): PupilSheetFacts[] =>
  workbook.sheets.map((sheet) => ({
    name: sheet.name,
    mark: sheet.marks.get(PUPIL_SHEET_MARK_KEY) ?? null,
    isProtected: sheet.isProtected,
  }));

const a1 = (row: number, column: number) => `${columnLetter(column)}${row + 1}`;

function contentsOf(sheet: PreviewSheet, area: string): string[][] {
  const range = rangeOf(area);
  return Array.from({ length: range.lastRow }, (_, r) =>
    Array.from({ length: range.lastColumn }, (_, c) => managedCellText(sheet.formulas.get(a1(r, c)), sheet.rows[r]?.[c])),
  );
}

export function writePupilSheetIn(workbook: PreviewWorkbook, plan: PupilSheetPlan): PupilSheetWritten {
  const existing = workbook.find(plan.sheetName);
  const problem = pupilSheetWriteProblem(plan, {
    exists: existing !== undefined,
    mark: existing?.marks.get(PUPIL_SHEET_MARK_KEY) ?? null,
    isProtected: existing?.isProtected ?? false,
    contents: existing ? contentsOf(existing, plan.checkArea) : [],
  });
  if (problem) return { written: false, reason: problem };
  const sheet = existing ?? workbook.addSheet(plan.sheetName, []);
  sheet.marks.set(PUPIL_SHEET_MARK_KEY, plan.mark);
  const formulas: Record<string, string> = {};
  for (const write of plan.writes) {
    const range = rangeOf(write.range);
    write.values.forEach((values, r) =>
      values.forEach((value, c) => {
        const [row, column] = [range.firstRow - 1 + r, range.firstColumn - 1 + c];
        if (typeof value === 'string' && value.startsWith('=')) formulas[a1(row, column)] = value;
        else workbook.setCell(sheet.name, row, column, storedValue(value));
      }),
    );
  }
  workbook.setFormulas(sheet.name, formulas);
  sheet.look = {
    numberFormats: plan.numberFormats.map(({ format, ranges }) => ({ format, ranges: ranges.map(rangeOf) })),
    bold: plan.boldRanges.map(rangeOf),
    columnWidths: new Map(
      plan.columnWidthRuns.flatMap((run) => Array.from({ length: run.count }, (_, i) => [run.firstColumn + i + 1, run.pixels] as const)),
    ),
    charts: [],
  };
  if (plan.colouring) applyColouringPlan(workbook, plan.colouring);
  workbook.activate(sheet.name);
  return { written: true, problems: [] };
}
