/**
 * The traffic lights as a school sees them in LibreOffice Calc: a small sample tracker coloured
 * by the plan "Colour this sheet" makes (real conditional formats), printed to PDF by Calc and
 * drawn to PNG by pdftoppm. Every graded cell must show the palette fill of the status ON_TRACK
 * gives it, and no fill where ON_TRACK gives blank or an error.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUSES } from '../../../core';
import type { RuleSettings } from '../../../core/rules';
import { ciede2000, hexToLab } from '../../core/rules/colourScience';
import { cellName } from './a1';
import { colouredSampleTracker, MARKER, NO_FILL, type ColouredTracker } from './colouredTracker';
import { convertWithLibreOffice, findLibreOffice } from './libreOffice';
import { cellColour, locateGrid } from './pageGrid';
import { renderPdfPages } from './pdfPages';
import type { RgbImage } from './png';
import { xlsxWorkbook } from './xlsxWorkbook';

const SETTINGS: RuleSettings = { palette: 'standard', tolerance: 0 };
/** 150 dpi makes a cell about 80 x 20 px on the page: room for a clean middle to sample. */
const DPI = 150;
/** CIEDE2000 of 1 is about the smallest difference anyone can see. */
const INVISIBLE = 1;

interface Printed {
  tracker: ColouredTracker;
  pages: RgbImage[];
}

let workFolder: string | undefined;
let printed: Promise<Printed>;

/** Writes the coloured tracker, has Calc print it to PDF once, and draws the pages. */
async function printInLibreOffice(): Promise<Printed> {
  findLibreOffice(); // says how to install it, rather than failing later with a spawn error
  workFolder = await mkdtemp(path.join(os.tmpdir(), 'tracklight-libreoffice-colours-'));
  const tracker = colouredSampleTracker(SETTINGS);
  const input = path.join(workFolder, 'tracker.xlsx');
  await writeFile(input, xlsxWorkbook([tracker.sheet]));
  const pdf = await convertWithLibreOffice({ input, convertTo: 'pdf', extension: 'pdf', workFolder });
  const pngFolder = path.join(workFolder, 'png');
  await mkdir(pngFolder);
  return { tracker, pages: await renderPdfPages(pdf, pngFolder, DPI) };
}

beforeAll(() => {
  // Each test awaits this, so without LibreOffice every test fails with the install line: none is skipped.
  printed = printInLibreOffice();
  printed.catch(() => undefined);
});

afterAll(async () => {
  if (workFolder) await rm(workFolder, { recursive: true, force: true });
});

/** Room for LibreOffice's one run, in whichever test awaits it first. */
const LIBREOFFICE_TIME = 120_000;

describe('LibreOffice Calc colours a sample tracker as ON_TRACK says', () => {
  it(
    'prints the tracker on one page',
    async () => {
      const { pages } = await printed;
      expect(pages).toHaveLength(1);
    },
    LIBREOFFICE_TIME,
  );

  it(
    "shows the palette fill of ON_TRACK's status in every graded cell",
    async () => {
      const { tracker, pages } = await printed;
      const page = pages[0]!;
      const grid = locateGrid(page, MARKER, tracker.columns, tracker.rows);
      const wrong: string[] = [];
      let worst = 0;
      for (const cell of tracker.gradedCells) {
        const shown = cellColour(page, grid, cell.row, cell.column);
        const distance = ciede2000(hexToLab(shown.hex), hexToLab(cell.expectedFill));
        worst = Math.max(worst, distance);
        if (distance > INVISIBLE || shown.share < 0.5) {
          wrong.push(
            `${cellName(cell.row, cell.column)}: ${JSON.stringify(cell.grade)} against ${JSON.stringify(cell.target)} ` +
              `is ${cell.status || 'blank'}, so ${cell.expectedFill}, ` +
              `but shows ${shown.hex} (${Math.round(shown.share * 100)}% of its middle)`,
          );
        }
      }
      expect(wrong, `worst CIEDE2000 ${worst.toFixed(2)} over ${tracker.gradedCells.length} cells`).toEqual([]);
      // The sample has every status and a blank grade, so each fill, and no fill, was really seen.
      const seen = new Set(tracker.gradedCells.map((cell) => cell.status));
      expect([...seen].sort()).toEqual([...STATUSES, ''].sort());
      expect(tracker.gradedCells.some((cell) => cell.expectedFill === NO_FILL)).toBe(true);
    },
    LIBREOFFICE_TIME,
  );
});
