/// <reference types="office-js" />
/**
 * What the core needs to know of each sheet to tell Tracklight's class sheets from the school's
 * (core/classSheets/ownership.ts): its mark (a worksheet custom property, ExcelApi 1.12), what A1
 * and A2 hold, and whether it is protected. Two syncs, whatever the number of sheets or pupils.
 */
import { CLASS_SHEET_MARK_KEY, managedCellText, type ClassSheetFacts } from '../../core/classSheets';

interface PendingFacts {
  sheet: Excel.Worksheet;
  /** null where this Excel cannot keep marks. */
  mark: Excel.WorksheetCustomProperty | null;
  cells: Excel.Range;
}

/** Queues the reads for these (loaded, existing) worksheets; `factsOf` turns them into facts after the sync. */
export function queueFacts(sheets: readonly Excel.Worksheet[], marks: boolean): PendingFacts[] {
  return sheets.map((sheet) => ({
    sheet,
    mark: marks ? sheet.customProperties.getItemOrNullObject(CLASS_SHEET_MARK_KEY).load('value') : null,
    cells: sheet.getRange('A1:A2').load('formulas'),
  }));
}

export function factsOf({ sheet, mark, cells }: PendingFacts): ClassSheetFacts {
  const formulas = cells.formulas as unknown[][];
  return {
    name: sheet.name,
    mark: mark === null ? undefined : mark.isNullObject ? null : mark.value,
    managed: [managedCellText(formulas[0]?.[0]), managedCellText(formulas[1]?.[0])],
    isProtected: sheet.protection.protected,
  };
}

/** Every sheet in tab order. */
export async function readClassSheetFacts(context: Excel.RequestContext, marks: boolean): Promise<ClassSheetFacts[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name, items/protection/protected');
  await context.sync();
  const pending = queueFacts(worksheets.items, marks);
  await context.sync();
  return pending.map(factsOf);
}
