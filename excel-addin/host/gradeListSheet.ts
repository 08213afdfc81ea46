/// <reference types="office-js" />
/**
 * The very hidden sheet that holds a list too long for Excel's 255-character inline source
 * (core/validation/excelListSource.ts). It is Tracklight's only when it is very hidden and its A1
 * holds the core's heading: a sheet of that name that a user made, or can see, is never written.
 */
import type { ExcelListSource } from '../../core/validation/excelListSource';
import { ExcelHostError } from './excelApi';

type SheetSource = Extract<ExcelListSource, { kind: 'sheet' }>;

/** Queues the read of the list sheet, if there is one, for the sync that reads the tracker's validation. */
export function queueListSheetRead(context: Excel.RequestContext, source: SheetSource): Excel.Worksheet {
  const sheet = context.workbook.worksheets.getItemOrNullObject(source.sheetName);
  sheet.load('visibility');
  return sheet;
}

/**
 * Queues writing the list, adding the sheet the first time. A sheet of that name is read first (one
 * more sync) and refused unless it is very hidden with the core's heading in A1: then it is Tracklight's.
 */
export async function writeListSheet(context: Excel.RequestContext, source: SheetSource, found: Excel.Worksheet): Promise<void> {
  let sheet = found;
  if (sheet.isNullObject) {
    sheet = context.workbook.worksheets.add(source.sheetName);
    // VeryHidden: Excel's Unhide dialog does not list it, so no user edits or deletes the list by accident.
    sheet.visibility = 'VeryHidden';
  } else {
    const heading = sheet.getRange('A1');
    heading.load('values');
    await context.sync();
    if (sheet.visibility !== 'VeryHidden' || heading.values[0]?.[0] !== source.heading) {
      throw new ExcelHostError(
        `This workbook already has a sheet called '${source.sheetName}' that Tracklight did not make, and Tracklight keeps its ` +
          'list of grades on a sheet of that name. Rename that sheet, then try again. Nothing was changed.',
      );
    }
  }
  sheet.getRange(`A1:A${source.column.length}`).values = source.column.map((label) => [literal(label)]);
}

/** An apostrophe keeps a label such as "+5" or "=" text, as it would be if typed. */
const literal = (label: string) => (/^[=+\-@]/.test(label) ? `'${label}` : label);
