/**
 * The formulas of the pupil report sheet, written once for both hosts. Each shows one tracker cell
 * of the pupil chosen in the picker cell, so nothing about a pupil is copied onto the sheet.
 *
 * Only INDEX, MATCH, IF, IFERROR, ISNA and TODAY: every Excel since 2007 has them, as do Google
 * Sheets, LibreOffice and HyperFormula, so the sheet needs no dynamic arrays and works in Excel
 * 2016 and 2019 too. MATCH(...,0) is an exact match that ignores case in every host; where two
 * pupils share the picked name it finds the first (pupilColumns.ts picks the UPN then, if it can).
 *  - IF(picker="","",...) first: Google Sheets' MATCH("") would find a blank name cell.
 *  - IF(INDEX(...)="","",INDEX(...)): INDEX of an empty cell is 0 in Excel, which would read as a
 *    grade of 0; the test keeps a blank blank.
 *  - IFERROR(...,""): a pupil no longer on the tracker shows nothing here; the status line says why.
 * References are absolute: the formulas never move, and rows a school inserts inside the tracker's
 * pupil rows are taken in by every host.
 */
import { quoteSheetName, stringLiteral } from '../classSheets/formulas';
import { columnLetter } from '../workbook/a1';

/** The tracker's pupil rows (1-based, as the sheet counts them) and the picker cell's address. */
export interface LookupSource {
  trackerSheetName: string;
  firstRow: number;
  lastRow: number;
  /** 0-based index of the column the picker lists (names or UPNs). */
  pickColumn: number;
  /** '$B$3'. */
  picker: string;
}

/** '$C$4:$C$403' on the tracker, quoted: one column of the pupil rows. */
export function trackerColumn(source: Omit<LookupSource, 'picker'>, column: number): string {
  const letter = columnLetter(column);
  return `${quoteSheetName(source.trackerSheetName)}!$${letter}$${source.firstRow}:$${letter}$${source.lastRow}`;
}

const matchOf = (source: LookupSource): string => `MATCH(${source.picker},${trackerColumn(source, source.pickColumn)},0)`;

/** The chosen pupil's cell in `column` of the tracker, blank when the cell is blank or no pupil is chosen. */
export function lookupFormula(source: LookupSource, column: number): string {
  const cell = `INDEX(${trackerColumn(source, column)},${matchOf(source)})`;
  return `=IF(${source.picker}="","",IFERROR(IF(${cell}="","",${cell}),""))`;
}

/** The line above the picker: what to do when no pupil is chosen, or the one chosen is not on the tracker. */
export function statusFormula(source: LookupSource): string {
  const choose = stringLiteral(`Choose a pupil from the list in ${source.picker.replace(/\$/g, '')}.`);
  const gone = stringLiteral(`Not on '${source.trackerSheetName}': choose a pupil again from the list.`);
  return `=IF(${source.picker}="",${choose},IF(ISNA(${matchOf(source)}),${gone},""))`;
}

/** The day the sheet is opened or printed. */
export const TODAY_FORMULA = '=TODAY()';
