/**
 * Test support: writes pair groups to one .xlsx (see pairWorkbook.ts), has LibreOffice Calc
 * recalculate it once headless and save it as CSV, and reads what every rule shows.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { functions, type FunctionLibrary } from '../../../core/functions';
import { parseCsv } from './csv';
import { convertWithLibreOffice, findLibreOffice } from './libreOffice';
import { pairWorkbook, type PairGroup, type PairSample } from './pairWorkbook';
import { xlsxWorkbook } from './xlsxWorkbook';

/** UTF-8 (76), comma-separated, quoted with ", values as shown. */
const CSV = 'csv:Text - txt - csv (StarCalc):44,34,76,1';

export interface RecalculatedPairs {
  csv: string[][];
  /** Per group, in the groups' order: the statuses whose rule Calc shows TRUE at each pair. */
  shown: string[][][][];
}

export async function recalculatePairs(groups: readonly PairGroup[]): Promise<RecalculatedPairs> {
  findLibreOffice(); // says how to install it, rather than failing later with a spawn error
  const workFolder = await mkdtemp(path.join(os.tmpdir(), 'tracklight-libreoffice-pairs-'));
  try {
    const workbook = pairWorkbook(groups);
    const input = path.join(workFolder, 'pairs.xlsx');
    await writeFile(input, xlsxWorkbook([workbook.sheet]));
    const output = await convertWithLibreOffice({ input, convertTo: CSV, extension: 'csv', workFolder });
    const csv = parseCsv(await readFile(output, 'utf8'));
    return { csv, shown: workbook.readShown(csv) };
  } finally {
    await rm(workFolder, { recursive: true, force: true });
  }
}

/**
 * The colour ON_TRACK (on `library`'s grade scale) asks for at every pair, targets down and currents
 * across: a status, or '' for blank and errors.
 */
export function onTrackColours(samples: readonly PairSample[], tolerance: number, library: FunctionLibrary = functions): string[][] {
  const onTrack = library.ON_TRACK(
    samples.map(() => samples.map((current) => current.value)),
    samples.map((target) => [target.value]),
    tolerance,
  ) as unknown[][];
  return onTrack.map((row) => row.map((answer) => (typeof answer === 'string' ? answer : '')));
}
