/**
 * What the preview host does to its in-memory workbook for colouring, reports and class sheets:
 * the same promises the Excel and Sheets hosts keep (core/panel/host.ts). A report goes on a new
 * sheet, never over one; class sheets get their two formulas written as formulas and the tracker's
 * rules; a sheet Tracklight made before gets only A1, A2 and its own rules rewritten. Every check
 * runs before the first change, so a refusal leaves the workbook as it was.
 */
import type { ColouringPlan } from '../../core/colouring/plan';
import {
  CLASS_SHEET_MARK_KEY,
  managedCellText,
  spillProblem,
  writeProblem,
  type ClassSheetFacts,
  type ClassSheetsOutcome,
} from '../../core/classSheets';
import type { WritableClassSheets } from '../../core/panel/host';
import type { ReportSheetPlan } from '../../core/reportSheet';
import { isTracklightRule, readA1Range, type A1Range } from '../../core/rules';
import { columnIndex } from '../../core/workbook/a1';
import { protectedSheetMessage } from '../../core/workbook/protectedSheet';
import { storedValue, usedSize, type CellValue, type PreviewWorkbook } from './workbook';

function range(address: string): A1Range {
  const read = readA1Range(address);
  if (typeof read === 'string') throw new Error(`The preview could not read the range '${address}': ${read}`);
  return read;
}

/** Tracklight's rules on the plan's sheet are replaced by the plan's; the school's own stay. */
export function applyColouringPlan(workbook: PreviewWorkbook, plan: ColouringPlan): { removed: number; added: number } {
  const sheet = workbook.sheet(plan.sheetName);
  // A real host fails on a protected sheet; the panel's plan should have refused it first.
  if (sheet.isProtected) throw new Error(protectedSheetMessage(sheet.name, 'Tracklight cannot add colours to it'));
  const own = sheet.rules.filter((rule) => !isTracklightRule(rule.formula));
  const removed = sheet.rules.length - own.length;
  const added = plan.blocks.flatMap((block) =>
    block.rules.map((rule) => ({ range: block.current, formula: rule.formula, fill: rule.fill, fontColor: rule.fontColor })),
  );
  workbook.setRules(sheet.name, [...own, ...added]);
  return { removed, added: added.length };
}

/** Every value of the used range from A1, as hosts read it: blank cells as '', formula cells as their results. */
export function readValues(workbook: PreviewWorkbook, sheetName: string): unknown[][] {
  const shown = workbook.shownValues(workbook.sheet(sheetName));
  const used = usedSize(shown);
  return Array.from({ length: used.rows }, (_, r) => Array.from({ length: used.columns }, (_, c) => shown[r]?.[c] ?? ''));
}

export function addReportSheet(workbook: PreviewWorkbook, plan: ReportSheetPlan): void {
  if (workbook.find(plan.sheetName))
    throw new Error(`A sheet called '${plan.sheetName}' already exists, and Tracklight never writes over a sheet. Nothing was changed.`);
  const box = range(plan.range);
  const width = box.lastColumn - box.firstColumn + 1;
  // A host writes the values to plan.range in one call, which fails unless the two agree exactly.
  if (
    box.firstRow !== 1 ||
    box.firstColumn !== 1 ||
    plan.values.length !== box.lastRow ||
    plan.values.some((row) => row.length !== width)
  ) {
    throw new Error(`The report's values do not fill ${plan.range} exactly. Nothing was changed.`);
  }
  const rows: CellValue[][] = plan.values.map((row) => row.map(storedValue));
  workbook.addSheet(plan.sheetName, rows, [], {
    numberFormats: plan.numberFormats.map(({ format, ranges }) => ({ format, ranges: ranges.map((entry) => range(entry.address)) })),
    bold: plan.boldRanges.map(range),
    columnWidths: new Map(plan.columnWidths.map((entry) => [columnIndex(entry.column) + 1, entry.pixels])),
    charts: plan.charts,
  });
  workbook.activate(plan.sheetName);
}

/** What the core needs to know of one sheet to tell Tracklight's class sheets from the school's. */
export function classSheetFacts(workbook: PreviewWorkbook, name: string): ClassSheetFacts {
  const sheet = workbook.sheet(name);
  const managed = (row: number) => managedCellText(sheet.formulas.get(`A${row + 1}`), sheet.rows[row]?.[0]);
  return {
    name: sheet.name,
    mark: sheet.marks.get(CLASS_SHEET_MARK_KEY) ?? null,
    managed: [managed(0), managed(1)],
    isProtected: sheet.isProtected,
  };
}

/**
 * As in Sheets, the sheet open before stays open: the class sheets are added as tabs beside it.
 * The preview keeps typed values apart from formulas, so what is typed in a spill area is simply
 * its rows; each sheet is checked with the core's checks just before it is written.
 */
export function writeClassSheets(workbook: PreviewWorkbook, plan: WritableClassSheets): ClassSheetsOutcome {
  const outcome: ClassSheetsOutcome = { written: [], notWritten: [], problems: [] };
  for (const classSheet of plan.sheets) {
    const existing = workbook.find(classSheet.name);
    const problem =
      writeProblem(classSheet, existing && classSheetFacts(workbook, existing.name)) ??
      (existing ? spillProblem(classSheet, typedRows(existing.rows, range(classSheet.spillArea))) : null);
    if (problem) {
      outcome.notWritten.push({ name: classSheet.name, reason: problem });
      continue;
    }
    const sheet = existing ?? workbook.addSheet(classSheet.name, []);
    sheet.marks.set(CLASS_SHEET_MARK_KEY, classSheet.mark);
    workbook.setFormulas(classSheet.name, { A1: classSheet.headerFormula, A2: classSheet.filterFormula });
    if (classSheet.colouring) applyColouringPlan(workbook, classSheet.colouring);
    outcome.written.push(classSheet.name);
  }
  return outcome;
}

const typedRows = (rows: readonly CellValue[][], area: A1Range): CellValue[][] =>
  Array.from({ length: area.lastRow }, (_, r) => Array.from({ length: area.lastColumn }, (_, c) => rows[r]?.[c] ?? null));
