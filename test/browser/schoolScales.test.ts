/**
 * A school's own way of grading, in real Chromium against the preview's `?scales` trackers (issue 10).
 * On a flight-path tracker every working-at grade is painted as ON_TRACK says against its own
 * collection's expected grade, and the prediction against the final target. On a tracker in KS3
 * descriptors the built-in scale reads no cell as a grade, each column is said to hold cells that are
 * not grades, and once the school chooses the KS3 descriptors scale every cell is painted as that
 * scale's ON_TRACK says, with only the typo still named. Labels that clash are refused and not saved.
 * Expected colours are computed here from the cell values the grid shows and the core's palette.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createFunctions } from '../../core/functions';
import { SCALE_PRESETS } from '../../core/grades/scalePresets';
import { readScaleText } from '../../core/grades/scaleText';
import { columnLetter } from '../../core/layout';
import { FLIGHT_PATH_NOTE } from '../../core/panel/pairingsView';
import {
  DESCRIPTOR_SHEET,
  DESCRIPTOR_TYPO,
  DESCRIPTORS,
  FLIGHT_PATH_SHEET,
  SCALE_HEADER_ROW_INDEX,
} from '../../dev/preview/scaleTrackers';
import { contrastProblems } from './support/accessibility';
import { hasChromium } from './support/chromium';
import { mismatchesWithPairs, readGrid, waitForGrid, waitForLine, type ColumnPair, type Grid, type GridCell } from './support/grid';
import { usePreviewInChromium } from './support/previewInChromium';

const FIRST_PUPIL_ROW = SCALE_HEADER_ROW_INDEX + 1;
const KS3 = SCALE_PRESETS['ks3-descriptors'];
const STATUSES_AND_BLANK = ['Above', 'On', 'Below', 'Well below', 'none'];

/** Columns found by their headings in the grid, not hard-coded positions. */
function columnOf(grid: Grid, heading: string): number {
  const at = grid.cells[SCALE_HEADER_ROW_INDEX]!.findIndex((cell) => cell.text === heading);
  if (at < 0) throw new Error(`No column headed '${heading}' on '${grid.sheet}'.`);
  return at;
}

const pupilCells = (grid: Grid, column: number): GridCell[] => grid.cells.slice(FIRST_PUPIL_ROW).map((line) => line[column]!);
const paintedCells = (grid: Grid) => grid.cells.flat().filter((cell) => cell.fill !== null);
const resultDetails = (page: Page) => page.locator('.tl-actions .tl-status-lines > li .tl-line-detail').allTextContents();

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await waitForGrid(page, name);
  await expect.poll(() => page.locator('.tl-layout h2').textContent()).toBe(`Layout of ${name}`);
}

/** Colours the open sheet; `again` waits for the line of a second colouring, not the first one's. */
async function colour(page: Page, sheet: string, again = false): Promise<void> {
  await page.getByRole('button', { name: 'Colour this sheet' }).click();
  await waitForLine(page, new RegExp(`${sheet}: coloured .*${again ? 'replacing its earlier Tracklight colours' : ''}`));
  await waitForGrid(page, sheet);
}

/**
 * The line colouring says under the sheet for a column whose cells `isGrade` refuses, worked out here
 * from the cells the grid shows, ending with the first such cell's address, which the line goes to.
 * Blank and ABS are "no grade yet", never a problem.
 */
function notGradeLine(grid: Grid, heading: string, isGrade: (text: string) => boolean): string | null {
  const column = columnOf(grid, heading);
  const wrong = pupilCells(grid, column).filter((cell) => !['', 'ABS'].includes(cell.text.trim().toUpperCase()) && !isGrade(cell.text));
  if (wrong.length === 0) return null;
  const [count, them] = wrong.length === 1 ? ['1 cell is', 'it stays'] : [`${wrong.length} cells are`, 'they stay'];
  return (
    `${heading} (column ${columnLetter(column)}): ${count} not a grade (first in row ${wrong[0]!.row + 1}: '${wrong[0]!.text}'), ` +
    `so ${them} uncoloured until ${wrong.length === 1 ? 'it is' : 'they are'} corrected. ${columnLetter(column)}${wrong[0]!.row + 1}`
  );
}

describe.skipIf(!hasChromium)("a school's own grade scale in the panel (Chromium)", () => {
  const { open } = usePreviewInChromium();

  it("colours each working-at grade against its own collection's expected grade, and the prediction against the target", async () => {
    const page = await open('?scales');
    await openTab(page, FLIGHT_PATH_SHEET);
    const before = await readGrid(page);
    const at = (heading: string) => columnOf(before, heading);
    const pairs: [string, string][] = [
      ['Autumn Working At', 'Autumn Expected'],
      ['Spring Working At', 'Spring Expected'],
      ['Spring Prediction', 'Target'],
    ];
    // The panel shows the pairing it will colour by, each against the column said here.
    for (const [grade, target] of pairs)
      await expect
        .poll(() => page.getByLabel(`${grade} is coloured against`).locator('option:checked').textContent())
        .toBe(`${target} (${columnLetter(at(target))})`);
    // Beside a pairing against expected grades, the panel says what a flight path is for and what it is not.
    await expect.poll(() => page.getByText(FLIGHT_PATH_NOTE).isVisible()).toBe(true);

    await colour(page, FLIGHT_PATH_SHEET);
    const grid = await readGrid(page);
    const own: ColumnPair[] = pairs.map(([grade, target]) => ({ grade: at(grade), target: at(target) }));
    const check = mismatchesWithPairs(grid, { pairs: own, firstRow: FIRST_PUPIL_ROW, tolerance: 0, palette: 'standard' });
    expect(check.mismatches).toEqual([]);
    for (const status of STATUSES_AND_BLANK) expect(check.counts[status], status).toBeGreaterThan(0);
    // Only the grades are painted: never the target, an expected grade or a pupil's name.
    expect(paintedCells(grid).every((cell) => own.some((pair) => pair.grade === cell.col))).toBe(true);
    // Not vacuous: against the final target many working-at grades would be painted otherwise.
    const byFinalTarget = own.map((pair) => ({ ...pair, target: at('Target') }));
    const wrongTarget = mismatchesWithPairs(grid, { pairs: byFinalTarget, firstRow: FIRST_PUPIL_ROW, tolerance: 0, palette: 'standard' });
    expect(wrongTarget.mismatches.length).toBeGreaterThan(10);
  });

  it('names descriptor cells as not grades until the KS3 scale is chosen, then colours by that scale, the typo still named', async () => {
    const page = await open('?scales');
    await openTab(page, DESCRIPTOR_SHEET);
    // No expected grades here, so no word about flight paths.
    await expect.poll(() => page.getByText(FLIGHT_PATH_NOTE).isVisible()).toBe(false);
    const before = await readGrid(page);
    const headings = ['Target', 'RP1', 'RP2', 'RP3'];
    const pairs = ['RP1', 'RP2', 'RP3'].map((grade) => ({ grade: columnOf(before, grade), target: columnOf(before, 'Target') }));

    // The built-in GCSE scale reads no descriptor, so every column colouring reads is named, and nothing is painted.
    await colour(page, DESCRIPTOR_SHEET);
    const gcseLines = headings.map((heading) => notGradeLine(before, heading, () => false));
    expect(gcseLines.every((line) => line !== null && /^\S+ \(column [A-Z]\): \d+ cells are not a grade/.test(line))).toBe(true);
    expect(await resultDetails(page)).toEqual(gcseLines);
    // The rules are on the sheet; they just find no grade to colour.
    expect(await page.locator('#pv-rules').textContent()).toMatch(/: [1-9]\d* \([1-9]\d* from Tracklight, 0 the school's own\)$/);
    expect(paintedCells(await readGrid(page))).toEqual([]);

    await page.getByLabel('Grade scale').selectOption({ label: KS3.title });
    await colour(page, DESCRIPTOR_SHEET, true);
    const labels = new Set(DESCRIPTORS.map((label) => label.toUpperCase()));
    const ks3Lines = headings.map((heading) => notGradeLine(before, heading, (text) => labels.has(text.trim().toUpperCase())));
    expect(ks3Lines.filter((line) => line !== null)).toEqual([expect.stringContaining(`'${DESCRIPTOR_TYPO}'`)]);
    expect(await resultDetails(page)).toEqual(ks3Lines.filter((line) => line !== null));

    const coloured = await readGrid(page);
    const check = mismatchesWithPairs(coloured, {
      pairs,
      firstRow: FIRST_PUPIL_ROW,
      tolerance: 0,
      palette: 'standard',
      library: createFunctions(KS3.settings),
    });
    expect(check.mismatches).toEqual([]);
    for (const status of STATUSES_AND_BLANK) expect(check.counts[status], status).toBeGreaterThan(0);
    const cellWith = (text: string) => coloured.cells.flat().find((cell) => cell.text === text && cell.row >= FIRST_PUPIL_ROW)!;
    // Case is ignored, as in ON_TRACK; the typo stays white until it is corrected.
    expect([cellWith('secure').fill === null, cellWith(DESCRIPTOR_TYPO).fill]).toEqual([false, null]);
  });

  it('refuses own labels that clash with a built-in grade, says why beside the box, and saves nothing', async () => {
    const page = await open('?scales');
    const scale = () => page.getByLabel('Grade scale');
    const reopen = async () => {
      await page.getByRole('button', { name: 'Reopen panel' }).click();
      await page.locator('.tl-layout .tl-summary').filter({ hasText: 'Headings in row' }).waitFor();
    };
    await scale().selectOption({ label: KS3.title });
    // Saved with the workbook: a fresh panel reads the scale back.
    await reopen();
    await expect.poll(() => scale().locator('option:checked').textContent()).toBe(KS3.title);

    await scale().selectOption({ label: 'Your own labels' });
    const box = page.getByLabel('Labels, one "label = value" per line');
    const typed = 'Working towards = 1\nB = 3';
    await box.fill(typed);
    await page.getByRole('button', { name: 'Use these labels' }).click();
    const refusal = readScaleText(typed);
    expect(refusal.ok).toBe(false);
    const message = refusal.ok ? '' : refusal.message;
    expect(message).toContain("'B'");
    const alertId = (await page.locator('.tl-settings [role=alert]').filter({ hasText: message }).getAttribute('id'))!;
    expect((await box.getAttribute('aria-describedby'))!.split(' ')).toContain(alertId);
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    expect(await box.inputValue()).toBe(typed);
    expect(await contrastProblems(page, '.tl-settings')).toEqual([]);

    await reopen();
    await expect.poll(() => scale().locator('option:checked').textContent()).toBe(KS3.title);
  });
});
