/**
 * The fakes read a written string as their host reads typed input (test/fakes/typedInput.ts), so
 * the host tests cannot pass on text a real spreadsheet would have turned into a number, date, time,
 * boolean or formula. Each case is written through the fake's own API: range.values in Excel,
 * setValues in Sheets. Dates are Excel serial numbers (45363 is 12 March 2024) and Sheets Dates.
 */
import { describe, expect, it } from 'vitest';
import { createExcelFake } from '../../fakes/excelFake';
import { createSheetsFake } from '../../fakes/sheetsFake';

type Kind = 'text' | 'number' | 'boolean' | 'formula' | 'date' | 'time';
interface Case {
  input: string;
  /** What the cell holds after the write; for a formula, the formula. */
  excel: unknown;
  sheets: unknown;
}

const THIS_YEAR = new Date().getFullYear();
const serial = (year: number, month: number, day: number) => (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
const day = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));
const both = (input: string, value: unknown): Case => ({ input, excel: value, sheets: value });
const dated = (input: string, year: number, month: number, date: number): Case => ({
  input,
  excel: serial(year, month, date),
  sheets: day(year, month, date),
});
const timed = (input: string, fraction: number): Case => ({
  input,
  excel: fraction,
  sheets: new Date(Date.UTC(1899, 11, 30) + Math.round(fraction * 86_400_000)),
});
const formula = (input: string, written: string): Case => ({ input, excel: { formula: written }, sheets: { formula: written } });

const CASES: Record<Kind, Case[]> = {
  number: [
    both('10E1', 100),
    both('1E3', 1000),
    both('1.5e-2', 0.015),
    both('00123', 123),
    both('07700900123', 7700900123),
    both('1,234', 1234),
    both('1,234.5', 1234.5),
    both('.5', 0.5),
    both('£5', 5),
    both('$1,000', 1000),
    both('50%', 0.5),
    both('-5', -5),
    both('+5', 5),
    both(' 42 ', 42),
    { input: '(5)', excel: -5, sheets: '(5)' },
    { input: '1 1/2', excel: 1.5, sheets: '1 1/2' },
  ],
  date: [
    dated('2024-03-12', 2024, 3, 12),
    dated('3/4/24', 2024, 4, 3),
    dated('12-Mar-24', 2024, 3, 12),
    dated('12 March 2024', 2024, 3, 12),
    dated('March 2024', 2024, 3, 1),
    dated('1/2', THIS_YEAR, 2, 1),
    dated('4/5', THIS_YEAR, 5, 4),
    dated('10-11', THIS_YEAR, 11, 10),
    dated('Dec-24', THIS_YEAR, 12, 24),
    dated('12-Mar', THIS_YEAR, 3, 12),
    dated('12 March', THIS_YEAR, 3, 12),
    dated('March 12', THIS_YEAR, 3, 12),
  ],
  boolean: [both('TRUE', true), both('false', false), both('True', true), both(' TRUE', true)],
  formula: [
    formula('=SUM(A1:A2)', '=SUM(A1:A2)'),
    formula('+44 7700 900123', '=+44 7700 900123'),
    formula('-Smith', '=-Smith'),
    { input: '@home', excel: { formula: '=home' }, sheets: '@home' },
  ],
  text: [
    both("'10E1", '10E1'),
    both("'TRUE", 'TRUE'),
    both("'=SUM(A1)", '=SUM(A1)'),
    both("''quoted", "'quoted"),
    both('Smith', 'Smith'),
    both('  Ann  ', '  Ann  '),
    both('13/25', '13/25'),
    both('4-', '4-'),
    both('5+', '5+'),
    both('RP1', 'RP1'),
    both('K800000000123', 'K800000000123'),
    both('-', '-'),
    both('March', 'March'),
  ],
  time: [timed('9:30', 9.5 / 24), timed('9:30 AM', 9.5 / 24), timed('9 pm', 21 / 24), timed('12:00 AM', 0), timed('25:00', 25 / 24)],
};
const ALL = Object.values(CASES).flat();

async function excelHolds(inputs: string[]): Promise<{ value: unknown; formula: boolean }[]> {
  const { excel, workbook } = createExcelFake([{ name: 'S' }]);
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem('S').getRange(`A1:A${inputs.length}`).values = inputs.map((input) => [input]);
    await context.sync();
  });
  const sheet = workbook.sheetNamed('S');
  const formulas = new Set(sheet.formulaAddresses());
  return inputs.map((_, r) => ({ value: sheet.values()[r]![0], formula: formulas.has(`A${r + 1}`) }));
}

function sheetsHolds(inputs: string[]): { value: unknown; formula: string }[] {
  const fake = createSheetsFake([{ name: 'S' }]);
  const sheet = fake.globals.SpreadsheetApp.getActiveSheet() as {
    getRange(row: number, column: number, rows: number, columns: number): { setValues(values: unknown[][]): void };
  };
  sheet.getRange(1, 1, inputs.length, 1).setValues(inputs.map((input) => [input]));
  const formulas = fake.formulaCells('S');
  return inputs.map((_, r) => ({ value: fake.values('S')[r]![0], formula: formulas[`A${r + 1}`] ?? '' }));
}

/** A formula case expects { formula }, anything else the value, and no formula. */
const expectedExcel = ({ excel }: Case) =>
  typeof excel === 'object' && excel !== null && 'formula' in excel
    ? { value: excel.formula, formula: true }
    : { value: excel, formula: false };
const expectedSheets = ({ sheets }: Case) =>
  typeof sheets === 'object' && sheets !== null && 'formula' in sheets
    ? { value: '', formula: sheets.formula }
    : { value: sheets, formula: '' };

describe('the Excel fake reads range.values as Excel reads typed input', () => {
  it.each(ALL)('$input', async (entry) => {
    const [held] = await excelHolds([entry.input]);
    expect(held).toEqual(expectedExcel(entry));
  });

  it('keeps numbers, booleans and blanks given as values as they are', async () => {
    const { excel, workbook } = createExcelFake([{ name: 'S' }]);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('S').getRange('A1:C1').values = [[5, true, 'x']];
      await context.sync();
    });
    expect(workbook.sheetNamed('S').values()).toEqual([[5, true, 'x']]);
  });
});

describe('the Sheets fake reads setValues as Sheets reads typed input', () => {
  it.each(ALL)('$input', (entry) => {
    const [held] = sheetsHolds([entry.input]);
    expect(held).toEqual(expectedSheets(entry));
  });
});
