/**
 * Test support: a PDF's pages as pixels, through pdftoppm (poppler-utils), which draws fills
 * exactly as the PDF states them (no colour management), so a cell's fill can be compared
 * with the palette's hex colour as it is.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { readPng, type RgbImage } from './png';

const run = promisify(execFile);

export const INSTALL_POPPLER = 'apt-get install -y --no-install-recommends poppler-utils';

/** Every page of `pdf` at `dpi`, in page order. */
export async function renderPdfPages(pdf: string, outFolder: string, dpi: number): Promise<RgbImage[]> {
  const prefix = path.join(outFolder, 'page');
  try {
    await run('pdftoppm', ['-png', '-r', String(dpi), pdf, prefix], { timeout: 30_000 });
  } catch (problem) {
    if ((problem as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`pdftoppm is not installed. Install it with: ${INSTALL_POPPLER}`);
    throw problem;
  }
  // pdftoppm names pages page-1.png, page-01.png... by the page count's digits: sort by number.
  const pages = (await readdir(outFolder)).filter((name) => /^page-\d+\.png$/.test(name));
  pages.sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
  return Promise.all(pages.map(async (name) => readPng(await readFile(path.join(outFolder, name)))));
}
