/**
 * "Who still has to enter" in real Chromium through the preview, on its Y7 maths tracker with two RP3
 * grades cleared in the grid, as a teacher might: the counts shown are the core's for the same rows,
 * choosing a missing pupil selects their cell in the preview's grid, and "Copy chase list" gives the
 * list's text, on the clipboard or, where the page may not write to it, selected in a box for Ctrl+C.
 * The screenshot goes to a temporary folder.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chaseListText, completionPlan, groupCount } from '../../core/completion';
import { columnIndex } from '../../core/workbook/a1';
import { detectLayout, ROWS_READ } from '../../core/layout';
import { SAMPLE_HEADER_ROW_INDEX, TRACKER_HEADERS } from '../../core/sample';
import { previewWorkbook, YEAR_TABS } from '../../dev/preview/fixtures';
import { hasChromium } from './support/chromium';
import { waitForGrid, waitForLine } from './support/grid';
import { usePreviewInChromium } from './support/previewInChromium';
import { screenshotPath } from './support/screenshots';

const SECTION = '.tl-completion';
const SHEET = YEAR_TABS[0]!.name;
const RP3 = TRACKER_HEADERS.indexOf('RP3');
/** 0-based rows of two pupils whose RP3 is cleared: the first, and one further down, off the first screen. */
const CLEARED = [SAMPLE_HEADER_ROW_INDEX + 1, SAMPLE_HEADER_ROW_INDEX + 70];

/** The core's answer for the tracker the preview opens with, those RP3 grades cleared. */
function expected() {
  const rows = previewWorkbook()
    .sheet(SHEET)
    .rows.map((row, r) => (CLEARED.includes(r) ? row.map((cell, c) => (c === RP3 ? null : cell)) : row));
  const plan = completionPlan(detectLayout(rows.slice(0, ROWS_READ)), rows);
  return { plan, text: chaseListText(plan, SHEET) };
}

/** Stands in for the page's clipboard: `allow` false refuses, as an Office task pane may. */
async function clipboard(page: Page, allow: boolean): Promise<void> {
  await page.evaluate((allowed) => {
    const writeText = async (text: string) => {
      if (!allowed) throw new DOMException('Write permission denied.', 'NotAllowedError');
      (window as unknown as { copied: string }).copied = text;
    };
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  }, allow);
}

describe.skipIf(!hasChromium)('who still has to enter in the preview (Chromium)', () => {
  const preview = usePreviewInChromium();

  it('shows the counts, selects a missing pupil’s cell in the grid, and copies the chase list', async () => {
    const { plan, text } = expected();
    const missing = plan.groups.flatMap((group) => group.missing);
    expect(missing.map((pupil) => pupil.row - 1)).toEqual(expect.arrayContaining(CLEARED));
    const page = await preview.open('', { viewport: { width: 1500, height: 1000 } });
    await waitForGrid(page, SHEET);
    for (const row of CLEARED) {
      await page.locator(`#pv-grid td[data-row="${row}"][data-col="${RP3}"]`).click();
      await page.locator('#pv-cell-input').fill('');
      await page.locator('#pv-cell-input').press('Enter');
      await expect.poll(() => page.locator(`#pv-grid td[data-row="${row}"][data-col="${RP3}"]`).getAttribute('data-type')).toBe('blank');
    }
    // Back to the top, so the pupil's cell is selected off screen and must be scrolled to.
    await page.locator('.pv-table-wrap').evaluate((wrap) => wrap.scrollTo(0, 0));

    await page.locator(SECTION).getByRole('button', { name: 'Show who still has to enter' }).click();
    await waitForLine(page, new RegExp(`^Done: ${plan.collection} on '${SHEET}': `), SECTION);
    expect(await page.locator(`${SECTION} .tl-completion-count`).allTextContents()).toEqual(plan.groups.map(groupCount));
    expect(await page.locator(`${SECTION} .tl-completion-heading`).textContent()).toBe(
      `${plan.collection} (the latest with any grade) on '${SHEET}'`,
    );

    const pupil = missing.at(-1)!;
    await page
      .locator(`${SECTION} .tl-missing-pupils button`)
      .filter({ hasText: `${pupil.name} ${pupil.cell}` })
      .click();
    const selected = page.locator('#pv-grid td.pv-selected');
    await expect.poll(() => selected.count()).toBe(1);
    expect(await selected.evaluate((cell) => [Number(cell.dataset.row), Number(cell.dataset.col)])).toEqual([
      pupil.row - 1,
      columnIndex(pupil.cell.replace(/\d+$/, '')),
    ]);
    expect(await page.locator('.pv-address').textContent()).toBe(pupil.cell);
    expect(await selected.evaluate((cell) => cell.getBoundingClientRect().top < window.innerHeight)).toBe(true);

    await clipboard(page, true);
    await page.locator(SECTION).getByRole('button', { name: 'Copy chase list' }).click();
    await waitForLine(page, /^Done: Copied the chase list: paste it into an email\. Tracklight itself sends nothing\.$/, SECTION);
    expect(await page.evaluate(() => (window as unknown as { copied: string }).copied)).toBe(text);
    await page.locator(SECTION).screenshot({ path: screenshotPath('completion.png') });

    await clipboard(page, false);
    await page.locator(SECTION).getByRole('button', { name: 'Copy chase list' }).click();
    await waitForLine(page, /press Ctrl\+C/, SECTION);
    const box = page.locator(`${SECTION} textarea.tl-chase-text`);
    await box.waitFor({ state: 'visible' });
    expect(await box.inputValue()).toBe(text);
    expect(
      await box.evaluate((area: HTMLTextAreaElement) => [
        area.readOnly,
        document.activeElement === area,
        area.selectionStart,
        area.selectionEnd,
      ]),
    ).toEqual([true, true, 0, text.length]);
  });
});
