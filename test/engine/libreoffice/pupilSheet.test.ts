/**
 * The pupil report sheet in LibreOffice Calc, a real spreadsheet application: the sheet's formulas
 * as the plan writes them and the tracker they read, saved as .xlsx, recalculated by Calc headless
 * and saved as CSV (the report is the first sheet, which is the one Calc's CSV export writes).
 * Choosing each of three pupils shows exactly that pupil's values: one with every value, one with
 * blanks, and one whose name looks like a formula.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planFor, pupils, TRACKER, trackerRows, writtenGrid } from '../../core/pupilSheet/support';
import { parseCsv } from './csv';
import { convertWithLibreOffice, findLibreOffice } from './libreOffice';
import type { Cell, SheetModel } from './xlsxModel';
import { xlsxWorkbook } from './xlsxWorkbook';

const CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1';
const plan = planFor();

/** The report with `pupil` chosen in B3, as its formulas and labels. */
function reportSheet(pupil: string): SheetModel {
  const rows = writtenGrid(plan).map((row) =>
    row.map((cell): Cell | undefined => (cell === '' ? undefined : cell.startsWith('=') ? { formula: cell } : { value: cell })),
  );
  rows[2]![1] = { value: pupil };
  return { name: plan.sheetName, rows };
}

const trackerSheet: SheetModel = { name: TRACKER, rows: trackerRows.map((row) => row.map((value) => ({ value: value as never }))) };

async function shownInCalc(pupil: string): Promise<string[][]> {
  const workFolder = await mkdtemp(path.join(os.tmpdir(), 'tracklight-libreoffice-pupil-'));
  try {
    const input = path.join(workFolder, 'report.xlsx');
    await writeFile(input, xlsxWorkbook([reportSheet(pupil), trackerSheet]));
    const output = await convertWithLibreOffice({ input, convertTo: CSV, extension: 'csv', workFolder });
    return parseCsv(await readFile(output, 'utf8'));
  } finally {
    await rm(workFolder, { recursive: true, force: true });
  }
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

describe('the pupil report sheet in LibreOffice Calc', () => {
  it(
    'shows exactly the chosen pupil for three pupils, blanks as blanks and a formula-looking name as text',
    { timeout: 180_000 },
    async () => {
      findLibreOffice();
      const chosen = pupils.slice(0, 3);
      const shown = await Promise.all(chosen.map((pupil) => shownInCalc(String(pupil[1]))));
      chosen.forEach((pupil, index) => {
        const csv = shown[index]!;
        const cell = (row: number, column: number) => csv[row]?.[column] ?? '';
        const [, , className, form, mathsTarget, mathsRp1, mathsRp2, englishTarget, englishRp1, englishRp2, effort, attendance] =
          pupil.map(text);
        expect(cell(1, 0)).toBe('');
        expect(cell(2, 1)).toBe(text(pupil[1]));
        expect([cell(4, 1), cell(5, 1)]).toEqual([className, form]);
        expect([0, 1, 2, 3].map((c) => cell(8, c))).toEqual(['Maths', mathsTarget, mathsRp1, mathsRp2]);
        expect([0, 1, 2, 3].map((c) => cell(9, c))).toEqual(['English', englishTarget, englishRp1, englishRp2]);
        expect([cell(12, 1), cell(13, 1)]).toEqual([effort, attendance]);
      });
    },
  );
});
