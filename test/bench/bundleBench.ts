/** Issue 3's measurements: one ON_TRACK call for a 2,000-pupil year group through each built bundle, and bundle sizes. */
import { statSync } from 'node:fs';
import { excelDist, loadExcelFunctions, trackerRows } from '../excel-addin/excelBundle';
import { loadSheetsAddOn, sheetsDist } from '../sheets-addon/sheetsBundle';
import { medianMs, timedLine, type BenchLine } from './measure';

const PUPILS = 2_000;
const COLLECTIONS = 3;

export function bundleBenchmarks(): BenchLine[] {
  const excelRows = trackerRows(PUPILS, null);
  const onTrackInExcel = loadExcelFunctions().get('ON_TRACK')!;
  const excelMs = medianMs(() => onTrackInExcel(excelRows.current, excelRows.target, null));

  // Sheets passes empty cells as "".
  const blankAsText = (rows: unknown[][]) => rows.map((row) => row.map((cell) => cell ?? ''));
  const sheets = loadSheetsAddOn();
  const sheetsCurrent = blankAsText(excelRows.current);
  const sheetsTarget = blankAsText(excelRows.target);
  const sheetsMs = medianMs(() => sheets.call('ON_TRACK', sheetsCurrent, sheetsTarget));

  const bytes = (file: string) => statSync(file).size;
  return [
    timedLine('Excel bundle ON_TRACK 2000x3', PUPILS * COLLECTIONS, excelMs),
    timedLine('Sheets bundle ON_TRACK 2000x3', PUPILS * COLLECTIONS, sheetsMs),
    { bench: 'Excel functions.js bytes', bytes: bytes(`${excelDist}functions.js`) },
    { bench: 'Excel taskpane.js bytes', bytes: bytes(`${excelDist}taskpane.js`) },
    { bench: 'Sheets Code.js bytes', bytes: bytes(`${sheetsDist}/Code.js`) },
  ];
}
