/**
 * The panel on a real, wide tracker in Chromium, against the preview's workbook: the pairing as one
 * folded line per subject with the Colour button right after them; cells that are not grades named
 * under the sheet's one result line; headline numbers that go when another sheet is opened; an empty
 * sheet that is offered nothing about columns; and a sheet whose headings rows added above pushed out
 * of the rows read, whose saved layout is kept and not used.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { columnLetter, ROWS_READ } from '../../core/layout';
import { emptySheetMessage, keptLayoutRefusal } from '../../core/panel/sheetReading';
import { SAMPLE_HEADER_ROW_INDEX } from '../../core/sample';
import { EMPTY_SHEET, MOVED_HEADINGS_SHEET, WIDE_SHEET } from '../../dev/preview/fixtures';
import { contrastProblems, tabTo } from './support/accessibility';
import { hasChromium } from './support/chromium';
import { readGrid, waitForGrid, waitForLine } from './support/grid';
import { usePreviewInChromium } from './support/previewInChromium';

const REPORTS = '.tl-reports .tl-report-actions';
const subjectLines = (page: Page) => page.locator('.tl-layout .tl-subject-summary');
/** The colouring report's own lines, without the details said under each. */
const resultLines = (page: Page) => page.locator('.tl-actions .tl-status-lines > li');

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await waitForGrid(page, name);
  await expect.poll(() => page.locator('.tl-layout h2').textContent()).toBe(`Layout of ${name}`);
}

async function typeInto(page: Page, row: number, col: number, text: string): Promise<void> {
  await page.locator(`#pv-grid td[data-row="${row}"][data-col="${col}"]`).click();
  await page.locator('#pv-cell-input').fill(text);
  await page.locator('#pv-cell-input').press('Enter');
  await page.waitForFunction(
    ({ row, col, text }) =>
      document.querySelector(`#pv-grid[data-state=ready] td[data-row="${row}"][data-col="${col}"]`)?.textContent === text,
    { row, col, text },
  );
}

describe.skipIf(!hasChromium)('the panel on a wide tracker (Chromium)', () => {
  const { open } = usePreviewInChromium();

  it('shows one folded line per subject, then the Colour button, and opens a line to correct its pairs', async () => {
    const page = await open('?reports');
    await openTab(page, WIDE_SHEET);
    const headings = (await readGrid(page)).cells[SAMPLE_HEADER_ROW_INDEX]!.map((cell) => cell.text);
    const subjects = headings.filter((heading) => heading.endsWith(' Target')).map((heading) => heading.slice(0, -' Target'.length));
    expect(subjects.length).toBeGreaterThan(10);
    await expect.poll(() => subjectLines(page).allTextContents()).toEqual(subjects.map((s) => `${s}: RP1 to RP3 against ${s} Target`));
    // Folded: no dropdown shows until a line is opened, so the Colour button is two Tab presses after the last line.
    expect(await page.locator('.tl-layout select:visible').count()).toBe(0);
    await subjectLines(page).last().focus();
    expect([await tabTo(page), await tabTo(page)]).toEqual([expect.stringMatching(/^What each column holds/), 'Colour this sheet']);

    await subjectLines(page).first().click();
    const rp3 = page.getByLabel('Maths RP3 is coloured against');
    expect(await page.locator('.tl-layout select:visible').count()).toBe(3);
    await rp3.focus();
    await page.keyboard.type('Not coloured');
    await expect.poll(() => subjectLines(page).first().textContent()).toBe('Maths: RP1 and RP2 against Maths Target; RP3 not coloured');
    // The line stays open and the dropdown keeps focus while the user works in it.
    expect(await rp3.isVisible()).toBe(true);
    expect(await rp3.evaluate((select) => select === document.activeElement)).toBe(true);
    expect(await contrastProblems(page)).toEqual([]);
  });

  it('names the cells that are not grades under the one line the sheet gets, and leaves them uncoloured', async () => {
    const page = await open('?reports');
    await openTab(page, WIDE_SHEET);
    const headings = (await readGrid(page)).cells[SAMPLE_HEADER_ROW_INDEX]!.map((cell) => cell.text);
    const rp1 = headings.indexOf('Maths RP1');
    const [first, later] = [SAMPLE_HEADER_ROW_INDEX + 4, SAMPLE_HEADER_ROW_INDEX + 9];
    await typeInto(page, later, rp1, 'abs.');
    await typeInto(page, first, rp1, '5++');
    await page.getByRole('button', { name: 'Read the active sheet again' }).click();

    await page.getByRole('button', { name: 'Colour this sheet' }).click();
    await waitForLine(page, new RegExp(`${WIDE_SHEET}: coloured`));
    expect(await resultLines(page).count()).toBe(1);
    expect(await resultLines(page).locator('.tl-line-detail').allTextContents()).toEqual([
      `Maths RP1 (column ${columnLetter(rp1)}): ` +
        `2 cells are not a grade (first in row ${first + 1}: '5++'), so they stay uncoloured until they are corrected. ` +
        // The line goes to that first cell, and says its address.
        `${columnLetter(rp1)}${first + 1}`,
    ]);
    expect(await page.locator('.tl-actions .tl-in-progress').count()).toBe(0);
    await waitForGrid(page, WIDE_SHEET);
    const grid = await readGrid(page);
    expect([grid.cells[first]![rp1]!.fill, grid.cells[later]![rp1]!.fill]).toEqual([null, null]);
    // Not vacuous: the column's other grades are coloured.
    expect(grid.cells.slice(SAMPLE_HEADER_ROW_INDEX + 1).filter((line) => line[rp1]!.fill !== null).length).toBeGreaterThan(10);
    expect(await contrastProblems(page, '.tl-actions')).toEqual([]);
  });

  it('colours every sheet leaving one result line per sheet, none still in progress', async () => {
    const page = await open('?reports');
    const sheets = await page.locator('.pv-tab').count();
    await page.getByRole('button', { name: 'Colour every sheet with this layout' }).click();
    await waitForLine(page, /^Done: Coloured \d+ of \d+ sheets\.$/);
    const lines = await resultLines(page).allTextContents();
    expect(lines).toHaveLength(sheets + 1);
    expect(lines.slice(0, 5)).toEqual(['Y7', 'Y8', 'Y9', 'Y10', 'Y11'].map((name) => `Done: ${name}: coloured 3 columns.`));
    expect(lines.some((line) => line.includes('...'))).toBe(false);
  });

  for (const [how, query] of [
    ['the host says another sheet was opened', '?reports'],
    ['the user reads the active sheet again (no sheet events, as in Sheets)', '?reports&events=off'],
  ] as const) {
    it(`clears the headline numbers when ${how}`, async () => {
      const page = await open(query);
      const eventsOff = query.includes('events=off');
      const openSheet = async (name: string) => {
        await page.getByRole('button', { name, exact: true }).click();
        await waitForGrid(page, name);
        if (eventsOff) await page.getByRole('button', { name: 'Read the active sheet again' }).click();
        await expect.poll(() => page.locator('.tl-layout h2').textContent()).toBe(`Layout of ${name}`);
      };
      await openSheet(WIDE_SHEET);
      await page.getByRole('button', { name: 'Preview report' }).click();
      await waitForLine(page, /headline numbers for/, REPORTS);
      const group = page.getByRole('group', { name: `Headline numbers for '${WIDE_SHEET}'` });
      expect(await group.isVisible()).toBe(true);

      if (eventsOff) {
        // Until the panel reads the sheet now open, it shows the wide tracker, and its numbers with it.
        await page.getByRole('button', { name: 'Y7', exact: true }).click();
        await waitForGrid(page, 'Y7');
        expect(await group.isVisible()).toBe(true);
      }
      await openSheet('Y7');
      await expect.poll(() => page.locator('.tl-report-preview').isHidden()).toBe(true);
      expect(await page.locator('.tl-headline-line').count()).toBe(0);
    });
  }

  it('says plainly that an empty sheet is empty, and offers nothing about columns it does not have', async () => {
    const page = await open('?edges');
    await openTab(page, EMPTY_SHEET);
    await expect.poll(() => page.locator('.tl-summary').textContent()).toBe(emptySheetMessage(EMPTY_SHEET));
    for (const section of ['.tl-layout', '.tl-actions', '.tl-reports'])
      expect(await page.locator(section).innerText(), `${section} mentions columns`).not.toMatch(/column/i);
    expect(await page.locator('.tl-layout select:visible, .tl-layout summary:visible').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Colour this sheet' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Colour every sheet with this layout' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Remove Tracklight colours' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Insert a sample tracker' }).click();
    await expect.poll(() => page.locator('.tl-layout h2').textContent()).toBe('Layout of Sample tracker');
    expect(await page.getByRole('button', { name: 'Colour this sheet' }).isVisible()).toBe(true);
  });

  it('keeps the saved layout of a sheet whose headings were pushed below the rows read, says so, and does not colour by it', async () => {
    const page = await open('?edges');
    await openTab(page, MOVED_HEADINGS_SHEET);
    await expect
      .poll(() => page.locator('.tl-note').textContent())
      .toMatch(new RegExp(`^No grade headings were found in the top ${ROWS_READ} rows of '${MOVED_HEADINGS_SHEET}', `));
    await expect.poll(() => subjectLines(page).allTextContents()).toEqual(['RP1 to RP3 against Target']);
    expect(await page.locator('.tl-summary').textContent()).toMatch(/^Kept from before: headings in row 3\. 3 of 3 grade columns/);
    await page.getByRole('button', { name: 'Colour this sheet' }).click();
    expect(await waitForLine(page, /cannot find the headings/)).toEqual([`Not done: ${keptLayoutRefusal(MOVED_HEADINGS_SHEET)}`]);
    expect(await page.locator('#pv-rules').textContent()).toMatch(/\(0 from Tracklight/);
  });
});
