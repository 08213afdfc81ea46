/// <reference types="office-js" />
/**
 * Reads the top of sheets for the panel: the first rows from A1, only as wide as the sheet is used,
 * the last used row and whether the sheet is protected (and, where Tracklight's own lock protects it,
 * for which collections). Never whole columns and never every pupil row: detection needs the top 15
 * rows, and the last row comes from the used range's size.
 * Two syncs for any number of sheets: one for every used range and protection flag, one for every
 * top block.
 */
import { columnLetter, ROWS_READ } from '../../core/layout';
import type { SheetTop } from '../../core/panel/host';
import type { OfficeApi } from './excelApi';
import { lockedCollectionsOn } from './lockRecords';

interface Probe {
  sheet: Excel.Worksheet;
  /** Values only: formatting drawn far below the pupils (borders to row 1000) must not count as pupils. */
  used: Excel.Range;
}

/** Queues what the first sync needs to know about a sheet. */
function probe(sheet: Excel.Worksheet): Probe {
  // The id finds Tracklight's lock record of the sheet, if its protection is Tracklight's lock.
  sheet.load('id');
  sheet.protection.load('protected');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load('rowIndex, columnIndex, rowCount, columnCount');
  return { sheet, used };
}

/** The sheets' names must be loaded (or be loaded in the same batch) before the second sync ends. */
export async function readSheetTops(context: Excel.RequestContext, sheets: Excel.Worksheet[], office: OfficeApi): Promise<SheetTop[]> {
  const probes = sheets.map(probe);
  await context.sync();

  const reads = probes.map(({ sheet, used }) => {
    // A blank sheet has no used range: nothing to read.
    if (used.isNullObject) return { sheet, lastRow: 0, top: null };
    const lastRow = used.rowIndex + used.rowCount;
    const lastColumn = used.columnIndex + used.columnCount - 1;
    // From A1 even when the used range starts lower or further right: the panel counts rows and columns from A1.
    const top = sheet.getRange(`A1:${columnLetter(lastColumn)}${Math.min(ROWS_READ, lastRow)}`);
    top.load('values');
    return { sheet, lastRow, top };
  });
  if (reads.some((read) => read.top !== null)) await context.sync();

  return reads.map(({ sheet, lastRow, top }) => {
    const isProtected = sheet.protection.protected;
    const lockedBy = isProtected ? lockedCollectionsOn(office, sheet.id) : [];
    return {
      name: sheet.name,
      topRows: top ? (top.values as unknown[][]) : [],
      lastRow,
      isProtected,
      ...(lockedBy.length > 0 && { lockedBy }),
    };
  });
}

export async function readActiveSheet(context: Excel.RequestContext, office: OfficeApi): Promise<SheetTop> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  const [top] = await readSheetTops(context, [sheet], office);
  return top!;
}

/** Every sheet in tab order: one sync to list them, then readSheetTops' two. */
export async function readAllSheets(context: Excel.RequestContext, office: OfficeApi): Promise<SheetTop[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name, items/position, items/visibility');
  await context.sync();
  // A very hidden sheet is Tracklight's list of grades (excel-addin/host/gradeListSheet.ts), never a tracker.
  const shown = worksheets.items.filter((sheet) => sheet.visibility !== 'VeryHidden');
  const inTabOrder = shown.sort((a, b) => a.position - b.position);
  return readSheetTops(context, inTabOrder, office);
}
