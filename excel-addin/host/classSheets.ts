/// <reference types="office-js" />
/**
 * "Class sheets" in Excel: the core's plan translated into Excel JS. One Excel.run for every
 * sheet's formulas, then the traffic lights sheet by sheet with the existing colouring code:
 *   1. list the sheets; for each planned sheet that exists, read its mark, A1:A2 and the ranges its
 *      A1 and A2 spill into now (getSpillingToRangeOrNullObject, ExcelApi 1.12 like the marks);
 *   2. the core's writeProblem says whether each may be written (a new one must not exist yet, an
 *      existing one must be as it was planned from); then the cells of its spill area are read and
 *      spillProblem names anything typed where the table must spill;
 *   3. one sync writes the rest: a new sheet is added and marked before its formulas go in, so a
 *      run that stops part-way leaves sheets the next run finds; an existing one gets A1, A2 and its
 *      mark only. Nothing is ever cleared or deleted.
 * A sheet that fails a check is left exactly as it was and said; the others go ahead. If the
 * writing sync fails, the workbook is read again to say truly what was and was not written.
 */
import {
  CLASS_SHEET_MARK_KEY,
  holdsPlannedFormulas,
  spillProblem,
  writeProblem,
  type ClassSheet,
  type ClassSheetsOutcome,
} from '../../core/classSheets';
import type { WritableClassSheets } from '../../core/panel/host';
import { factsOf, queueFacts, readClassSheetFacts } from './classSheetFacts';
import { applyColouring, removeColouring } from './colouring';
import { runInExcel, type ExcelApi } from './excelApi';

type NotWritten = ClassSheetsOutcome['notWritten'];
interface Ready {
  planned: ClassSheet;
  sheet: Excel.Worksheet | null;
}

const lower = (name: string) => name.toLowerCase();

/** Steps 1 and 2: the planned sheets that may be written now, and why each other one may not. */
async function checkedSheets(
  context: Excel.RequestContext,
  sheets: readonly ClassSheet[],
  marks: boolean,
): Promise<{ ready: Ready[]; notWritten: NotWritten }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name, items/protection/protected');
  await context.sync();
  const byName = new Map(worksheets.items.map((sheet) => [lower(sheet.name), sheet]));
  const existing = sheets.flatMap((planned) => {
    const sheet = byName.get(lower(planned.name));
    if (!sheet) return [];
    const spills = marks ? ['A1', 'A2'].map((cell) => sheet.getRange(cell).getSpillingToRangeOrNullObject().load('address')) : [];
    return [{ planned, sheet, facts: queueFacts([sheet], marks)[0]!, spills }];
  });
  if (existing.length > 0) await context.sync();

  const notWritten: NotWritten = [];
  const ready: Ready[] = [];
  const areas = [];
  for (const planned of sheets) {
    const found = existing.find((entry) => entry.planned === planned);
    const problem = writeProblem(planned, found && factsOf(found.facts));
    if (problem) notWritten.push({ name: planned.name, reason: problem });
    else if (!found) ready.push({ planned, sheet: null });
    else areas.push({ found, values: found.sheet.getRange(planned.spillArea).load('values') });
  }
  if (areas.length > 0) await context.sync();
  for (const { found, values } of areas) {
    const spilled = found.spills.filter((range) => !range.isNullObject).map((range) => range.address);
    const problem = spillProblem(found.planned, values.values, spilled);
    if (problem) notWritten.push({ name: found.planned.name, reason: problem });
    else ready.push({ planned: found.planned, sheet: found.sheet });
  }
  return { ready: sheets.flatMap((planned) => ready.filter((entry) => entry.planned === planned)), notWritten };
}

/** Step 3, then the truth about what landed if the sync fails part-way. */
async function writeFormulas(excel: ExcelApi, sheets: readonly ClassSheet[], marks: boolean): Promise<ClassSheetsOutcome> {
  const checked = await runInExcel(excel, 'check the class sheets', async (context) => {
    const { ready, notWritten } = await checkedSheets(context, sheets, marks);
    if (ready.length === 0) return { ready, notWritten, failure: null };
    for (const { planned, sheet } of ready) {
      const target = sheet ?? context.workbook.worksheets.add(planned.name);
      // The mark first: a sheet that exists is found again, even if its formulas do not go in.
      if (marks) target.customProperties.add(CLASS_SHEET_MARK_KEY, planned.mark);
      // Formulas, not values: the live header row and FILTER over the tracker. No pupil data is copied.
      target.getRange('A1:A2').formulas = [[planned.headerFormula], [planned.filterFormula]];
    }
    try {
      await context.sync();
      return { ready, notWritten, failure: null };
    } catch (problem) {
      return { ready, notWritten, failure: problem instanceof Error ? problem.message : String(problem) };
    }
  });
  if (checked.failure === null)
    return { written: checked.ready.map((entry) => entry.planned.name), notWritten: checked.notWritten, problems: [] };
  const now = await runInExcel(excel, 'read the class sheets again', (context) => readClassSheetFacts(context, marks));
  const landed = (planned: ClassSheet) =>
    now.some((facts) => lower(facts.name) === lower(planned.name) && holdsPlannedFormulas(planned, facts.managed));
  const written = checked.ready.filter((entry) => landed(entry.planned)).map((entry) => entry.planned.name);
  const failed = checked.ready
    .filter((entry) => !landed(entry.planned))
    .map((entry) => ({
      name: entry.planned.name,
      reason:
        `'${entry.planned.name}' could not be written: Excel stopped part-way (${checked.failure}). ` +
        'Make the class sheets again to finish.',
    }));
  return { written, notWritten: [...checked.notWritten, ...failed], problems: [] };
}

export async function writeClassSheets(excel: ExcelApi, plan: WritableClassSheets, marks: boolean): Promise<ClassSheetsOutcome> {
  const outcome = await writeFormulas(excel, plan.sheets, marks);
  for (const planned of plan.sheets.filter((sheet) => outcome.written.includes(sheet.name))) {
    try {
      if (planned.colouring) await applyColouring(excel, planned.colouring);
      // No colouring plan (the tracker has no target column now): rules Tracklight left on an earlier
      // run would colour against columns that no longer hold targets, so only they are taken away.
      else if (!planned.isNew) await removeColouring(excel, planned.name);
    } catch (problem) {
      outcome.problems.push(
        `'${planned.name}' has its class list, but its traffic lights could not be updated: ` +
          `${problem instanceof Error ? problem.message : String(problem)}`,
      );
    }
  }
  return outcome;
}
