/**
 * The reports section by keyboard and screen reader, in both looks: its buttons come in reading
 * order between the colour settings and the sample tracker, Enter runs them with focus left where
 * it was, progress goes to polite live regions, the preview is a labelled group, and every piece of
 * its text (headline lines and warnings included) meets WCAG AA contrast (4.5:1, the WCAG 2.1 formula).
 */
import { describe, expect, it } from 'vitest';
import { NO_TARGET_SHEET, WIDE_SHEET } from '../../dev/preview/fixtures';
import { contrastProblems, tabTo } from './support/accessibility';
import { hasChromium } from './support/chromium';
import { usePreviewInChromium } from './support/previewInChromium';
import { waitForGrid, waitForLine } from './support/grid';

describe.skipIf(!hasChromium)('the reports section with a keyboard and a screen reader (Chromium)', () => {
  const { open } = usePreviewInChromium();

  for (const [look, query] of [
    ['Excel (Fluent)', '?reports&checks&kind=excel'],
    ['Sheets (Google)', '?reports&checks&kind=sheets'],
  ] as const) {
    it(`is reached in reading order, runs by keyboard, and is legible in the ${look} look`, async () => {
      const page = await open(query, { readLayout: false });
      await page.getByRole('button', { name: WIDE_SHEET, exact: true }).click();
      await waitForGrid(page, WIDE_SHEET);
      await expect.poll(() => page.locator('.tl-layout h2').textContent()).toBe(`Layout of ${WIDE_SHEET}`);

      // The last of the colour settings.
      await page.getByLabel('Grade scale').focus();
      const order: string[] = [];
      for (let step = 0; step < 12; step += 1) order.push(await tabTo(page));
      // The two closed sections (report settings, several sheets) are one stop each, at their summary;
      // then the class sheets' and the pupil report sheet's buttons; who still has to enter, its collection and
      // its button; then the lock's collection and its two buttons.
      expect(order).toEqual([
        'Preview report',
        'Build report',
        'Report settings',
        'Report on several sheets',
        'Make class sheets',
        'Make pupil report sheet',
        'Data collection',
        'Show who still has to enter',
        'Collection to lock',
        'Lock this collection',
        'Unlock',
        'Insert a sample tracker',
      ]);
      // One status area each: the report, several sheets, class sheets and the pupil report sheet.
      expect(await page.locator('.tl-reports [role=status][aria-live=polite] .tl-status-lines').count()).toBe(4);

      const previewButton = page.getByRole('button', { name: 'Preview report' });
      await previewButton.focus();
      await page.keyboard.press('Enter');
      await waitForLine(page, /headline numbers for/, '.tl-reports .tl-report-actions');
      expect(await previewButton.evaluate((control) => control === document.activeElement)).toBe(true);
      const group = page.getByRole('group', { name: `Headline numbers for '${WIDE_SHEET}'` });
      expect(await group.locator('li').count()).toBeGreaterThanOrEqual(3);
      expect(await contrastProblems(page, '.tl-reports')).toEqual([]);

      // A tracker with grades but no targets: the report's warnings are shown under the numbers, legibly too.
      await page.getByRole('button', { name: NO_TARGET_SHEET, exact: true }).click();
      await expect.poll(() => page.locator('.tl-layout h2').textContent()).toBe(`Layout of ${NO_TARGET_SHEET}`);
      await previewButton.click();
      await page.getByRole('group', { name: `Headline numbers for '${NO_TARGET_SHEET}'` }).waitFor();
      const warnings = await page.locator('.tl-report-warning').allTextContents();
      expect(warnings.some((warning) => /no target/.test(warning))).toBe(true);
      expect(await page.locator('.tl-report-warnings-heading').isVisible()).toBe(true);
      expect(await contrastProblems(page, '.tl-reports')).toEqual([]);
    });
  }
});
