/// <reference types="office-js" />
/**
 * "Class sheets" in Excel: the core's plan translated into Excel JS. One Excel.run with two syncs
 * for every sheet at once, then the traffic lights sheet by sheet with the existing colouring code:
 *   1. read every sheet's name and protection, and refuse before anything is written when the plan
 *      no longer fits the workbook (a sheet it would add now exists, a sheet it would update has
 *      gone or is protected);
 *   2. add each new sheet and write A1 and A2 as formulas in one call per sheet. An existing class
 *      sheet is never cleared or deleted: only A1 and A2 are written, so anything a teacher typed
 *      beside the table stays;
 *   3. per sheet, applyColouring: its two syncs replace only Tracklight's own rules.
 * So a run costs 2 syncs plus 2 per class sheet, whatever the number of pupils.
 */
import type { WritableClassSheets } from '../../core/panel/host';
import { applyColouring, removeColouring } from './colouring';
import { ExcelHostError, protectedMessage, runInExcel, type ExcelApi } from './excelApi';

type PlannedSheet = WritableClassSheets['sheets'][number];

const AGAIN = 'Click Class sheets again: Tracklight will plan them afresh. Nothing was changed.';

/** Why the plan no longer fits the workbook as it is now, or null when it does. */
function staleness(planned: PlannedSheet, found: Excel.Worksheet | undefined): string | null {
  if (planned.isNew && found) return `A sheet called '${found.name}' was added after Tracklight planned the class sheets, and Tracklight never writes over a sheet it did not make. ${AGAIN}`;
  if (!planned.isNew && !found) return `The class sheet '${planned.name}' is no longer in this workbook: it may have been renamed or deleted. ${AGAIN}`;
  if (!planned.isNew && found!.protection.protected) return protectedMessage(planned.name, 'update its formulas');
  return null;
}

async function writeFormulas(excel: ExcelApi, sheets: readonly PlannedSheet[]): Promise<void> {
  await runInExcel(excel, 'write the class sheets', async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name, items/protection/protected');
    await context.sync();
    // Excel compares sheet names without regard to case.
    const byName = new Map(worksheets.items.map((sheet) => [sheet.name.toLowerCase(), sheet]));
    for (const planned of sheets) {
      const problem = staleness(planned, byName.get(planned.name.toLowerCase()));
      if (problem) throw new ExcelHostError(problem);
    }

    for (const planned of sheets) {
      const sheet = planned.isNew ? worksheets.add(planned.name) : worksheets.getItem(planned.name);
      // Formulas, not values: the live header row and FILTER over the tracker. No pupil data is copied.
      sheet.getRange('A1:A2').formulas = [[planned.headerFormula], [planned.filterFormula]];
    }
    await context.sync();
  });
}

export async function writeClassSheets(excel: ExcelApi, plan: WritableClassSheets): Promise<{ written: string[] }> {
  await writeFormulas(excel, plan.sheets);
  for (const planned of plan.sheets) {
    if (planned.colouring) await applyColouring(excel, planned.colouring);
    // No colouring plan (the tracker has no target column now): rules Tracklight left on an earlier
    // run would colour against columns that no longer hold targets, so only they are taken away.
    else if (!planned.isNew) await removeColouring(excel, planned.name);
  }
  return { written: plan.sheets.map((sheet) => sheet.name) };
}
