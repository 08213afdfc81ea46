/**
 * "Make pupil report sheet" in real Chromium against the preview, on the Y7 sample tracker: the new
 * tab shows nothing until a pupil is chosen in B3, then exactly that pupil's details, target and
 * grades, each grade with the same traffic-light fill it has on the tracker. Made again, the tab is
 * updated in place and the chosen pupil stays.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAMPLE_HEADER_ROW_INDEX, TRACKER_HEADERS } from '../../core/sample';
import { YEAR_TABS } from '../../dev/preview/fixtures';
import { hasChromium } from './support/chromium';
import { readGrid, waitForGrid, waitForLine, type Grid } from './support/grid';
import { usePreviewInChromium } from './support/previewInChromium';

const SHEET = YEAR_TABS[0]!.name;
const REPORT = `Pupil report ${SHEET}`;
const SECTION = '.tl-reports .tl-pupil-sheet';
const column = (heading: string) => TRACKER_HEADERS.indexOf(heading as (typeof TRACKER_HEADERS)[number]);
const text = (grid: Grid, row: number, col: number) => grid.cells[row]?.[col]?.text ?? '';

async function choose(page: Page, upn: string, surname: string): Promise<Grid> {
  await page.locator('#pv-grid td[data-row="2"][data-col="1"]').click();
  await page.locator('#pv-cell-input').fill(upn);
  await page.locator('#pv-cell-input').press('Enter');
  await expect.poll(async () => text(await readGrid(page), 4, 1)).toBe(surname);
  return readGrid(page);
}

describe.skipIf(!hasChromium)('the pupil report sheet in the preview (Chromium)', () => {
  const preview = usePreviewInChromium();

  it("shows the chosen pupil's details, target and grades with the tracker's colours, and keeps the choice when made again", async () => {
    const page = await preview.open('', { viewport: { width: 1500, height: 1000 } });
    await waitForGrid(page, SHEET);
    await page.getByRole('button', { name: 'Colour this sheet' }).click();
    await waitForLine(page, /coloured/);
    const tracker = await readGrid(page);
    const pupils = tracker.cells.slice(SAMPLE_HEADER_ROW_INDEX + 1).filter((row) => row[column('UPN')]?.text);

    await page.locator(SECTION).getByRole('button', { name: 'Make pupil report sheet' }).click();
    await waitForLine(page, new RegExp(`^Done: Added '${REPORT}': choose a pupil in B3`), SECTION);
    await waitForGrid(page, REPORT);
    const empty = await readGrid(page);
    expect(text(empty, 1, 0)).toBe('Choose a pupil from the list in B3.');
    expect(text(empty, 10, 1)).toBe('');

    // The first pupil, and the first with a grade still to come (blanks stay blank and uncoloured).
    const withBlank = pupils.find((row) => ['RP1', 'RP2', 'RP3'].some((heading) => row[column(heading)]!.type === 'blank'));
    for (const pupil of [pupils[0]!, ...(withBlank ? [withBlank] : [])]) {
      const shown = await choose(page, pupil[column('UPN')]!.text, pupil[column('Surname')]!.text);
      expect(text(shown, 1, 0)).toBe('');
      expect([5, 6, 7].map((row) => text(shown, row, 1))).toEqual(['Forename', 'Class', 'Teacher'].map((h) => pupil[column(h)]!.text));
      expect(text(shown, 9, 0)).toBe('Subject');
      const cells = ['Target', 'RP1', 'RP2', 'RP3'].map((heading) => pupil[column(heading)]!);
      expect([1, 2, 3, 4].map((col) => text(shown, 10, col))).toEqual(cells.map((cell) => cell.text));
      expect([2, 3, 4].map((col) => shown.cells[10]![col]!.fill)).toEqual(cells.slice(1).map((cell) => cell.fill));
      if (pupil === pupils[0]) expect(cells.slice(1).filter((cell) => cell.fill !== null).length).toBeGreaterThan(0);
    }
    expect(withBlank).toBeDefined();

    const chosen = text(await readGrid(page), 2, 1);
    await page.getByRole('button', { name: SHEET, exact: true }).click();
    await waitForGrid(page, SHEET);
    await page.locator(SECTION).getByRole('button', { name: 'Make pupil report sheet' }).click();
    await waitForLine(page, new RegExp(`^Done: Updated '${REPORT}'`), SECTION);
    await waitForGrid(page, REPORT);
    expect(text(await readGrid(page), 2, 1)).toBe(chosen);
    expect(
      await page
        .locator('.pv-tab')
        .filter({ hasText: /^Pupil report/ })
        .count(),
    ).toBe(1);
  });
});
