/**
 * ATTAINMENT8's element argument through both built bundles (dist/excel/functions.js and
 * dist/sheets/Code.js), each called as its host calls it: every element, "detail" included, answers
 * as the core does after the host's own mapping of errors and empty cells.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CellError, functions, type Result } from '../../../core/index';
import { callAsExcel, expectedInExcel, loadExcelFunctions, type ExcelFunction } from '../../excel-addin/excelBundle';
import { loadSheetsAddOn } from '../../sheets-addon/sheetsBundle';

const SUBJECTS = [['Maths', 'Eng Lang', 'Eng Lit', 'Combined Science: Trilogy', 'Biology', 'History', 'Music', 'BTEC Music', 'Astrology']];
// The worked case's core subjects (10 + 12 + 16 + Eng Lit 5 in open = 43), issue 11's music (13), the science route,
// no grades, a bad grade.
const GRADES = [
  [5, 6, 5, '5-5', null, 6, null, null, null],
  [null, null, null, null, null, null, 7, 'L2D', 6],
  [6, 7, null, '3-3', 7, 5, null, null, null],
  [null, null, null, null, null, null, null, null, null],
  [5, '5++', null, null, null, null, null, null, null],
];
const ELEMENTS = ['total', 'english', 'maths', 'ebacc', 'open', 'detail'];

/** What Sheets shows for a core result: an error inside the array is its text, a whole-call error is thrown. */
const shownInSheets = (cell: unknown) => (cell instanceof CellError ? `${cell.code} ${cell.message}` : cell);
const inSheets = (result: Result) => (Array.isArray(result) ? result.map((row) => row.map(shownInSheets)) : result);

let excel: ExcelFunction;
let sheets: ReturnType<typeof loadSheetsAddOn>;
beforeAll(() => {
  excel = loadExcelFunctions().get('ATTAINMENT8')!;
  sheets = loadSheetsAddOn();
});

describe('ATTAINMENT8 with an element in the built bundles', () => {
  it.each(ELEMENTS)('Excel answers %s as the core does', (element) => {
    const core = functions.ATTAINMENT8(GRADES, SUBJECTS, element);
    expect(callAsExcel(excel, [GRADES, SUBJECTS, element])).toEqual(expectedInExcel(core, true));
  });

  it.each(ELEMENTS)('Sheets answers %s as the core does', (element) => {
    const asSheetsPasses = GRADES.map((row) => row.map((cell) => cell ?? ''));
    const core = functions.ATTAINMENT8(asSheetsPasses, SUBJECTS, element);
    expect(sheets.call('ATTAINMENT8', asSheetsPasses, SUBJECTS, element)).toEqual(inSheets(core));
  });

  it('shows the detail, discount note and all, in both', () => {
    const excelTable = (callAsExcel(excel, [GRADES, SUBJECTS, 'detail']) as { value: unknown[][] }).value;
    const sheetsTable = sheets.call('ATTAINMENT8', GRADES, SUBJECTS, 'detail') as unknown[][];
    for (const table of [excelTable, sheetsTable]) {
      expect(table[0]![0]).toBe('Slot 1: maths');
      expect(table[1]![10]).toBe(43);
      expect(table[2]![11]).toContain('same DfE discount code (LF1) as Music');
      expect(table[2]![11]).toContain('Astrology: not recognised: counted as open');
    }
  });

  it('refuses an unknown element as a whole-call error in both', () => {
    expect(callAsExcel(excel, [GRADES, SUBJECTS, 'physics'])).toMatchObject({ thrown: { message: expect.stringContaining('element') } });
    expect(() => sheets.call('ATTAINMENT8', GRADES, SUBJECTS, 'physics')).toThrow(/#VALUE! element must be one of/);
  });
});
