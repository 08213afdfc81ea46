/**
 * Keyboard and screen-reader use of the panel, measured in Chromium in both looks (Excel's Fluent,
 * Google's add-on style): every control has a label, Tab moves through the panel top to bottom,
 * focus is visible, progress goes to a live region, and every piece of text meets WCAG AA contrast.
 */
import { describe, expect, it } from 'vitest';
import { contrastProblems, tabTo } from './support/accessibility';
import { hasChromium } from './support/chromium';
import { usePreviewInChromium } from './support/previewInChromium';

describe.skipIf(!hasChromium)('the panel with a keyboard and a screen reader (Chromium)', () => {
  const { open } = usePreviewInChromium();

  it('labels every control and moves focus through the panel in reading order', async () => {
    const page = await open('');
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLInputElement>('#panel-root select, #panel-root input'))
        .filter((control) => (control.labels?.length ?? 0) === 0)
        .map((control) => control.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    expect(await page.locator('#panel-root div[onclick], #panel-root span[onclick], #panel-root [role=button]').count()).toBe(0);

    await page.getByRole('button', { name: 'Read the active sheet again' }).focus();
    const expected = [
      // The pairing, one folded line per subject (here the one subject), then the columns, folded too.
      'RP1 to RP3 against Target',
      'What each column holds (18 columns)',
      // The colour buttons straight after the lines they act on; then the palette, tolerance and grade scale
      // (its own-labels box stays hidden, out of the Tab order, until "Your own labels" is chosen).
      'Colour this sheet',
      'Colour every sheet with this layout',
      'Remove Tracklight colours',
      // Grade checks: native validation, warning only.
      'Check grades as they are typed',
      'Remove grade checks',
      'Standard',
      'Tolerance (grades)',
      'Grade scale',
      'Preview report',
      'Build report',
      // Two closed sections, one stop each at their summary.
      'Report settings',
      'Report on several sheets',
      'Make class sheets',
      'Make pupil report sheet',
      // Who still has to enter: the collection, then its button; the results are not shown until asked for.
      'Data collection',
      'Show who still has to enter',
      // Locking a finished collection: the collection, then lock and unlock.
      'Collection to lock',
      'Lock this collection',
      'Unlock',
      'Insert a sample tracker',
      // Then out of the panel, into the page around it.
      expect.any(String),
    ];
    const order: string[] = [];
    for (let step = 0; step < expected.length; step += 1) order.push(await tabTo(page));
    expect(order).toEqual(expected);
  });

  it('shows where keyboard focus is, and says results in a live region', async () => {
    const page = await open('');
    await page.getByRole('button', { name: 'Read the active sheet again' }).focus();
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.tl-actions [aria-live=polite][role=status] .tl-status-lines').count()).toBe(1);
  });

  it('keeps a tolerance that cannot be used in the box, says why, and does not use it', async () => {
    const page = await open('');
    const box = page.getByLabel('Tolerance (grades)');
    // The tolerance's own message, not the grade scale's beside it.
    const error = page.locator('.tl-field').filter({ has: box }).locator('.tl-field-error');
    await box.fill('a third');
    await box.press('Tab');
    await expect.poll(() => error.textContent()).toMatch(/^Tolerance must be a number of grades from 0 to 9/);
    expect(await box.inputValue()).toBe('a third');
    expect(await box.getAttribute('aria-invalid')).toBe('true');
    await box.fill('0.34');
    await box.press('Tab');
    await expect.poll(() => error.textContent()).toBe('');
    expect(await box.getAttribute('aria-invalid')).toBeNull();
  });

  for (const [look, query] of [
    ['Excel (Fluent)', '?kind=excel'],
    ['Sheets (Google)', '?kind=sheets'],
  ] as const) {
    it(`meets WCAG AA contrast in the ${look} look, with problems and results on show`, async () => {
      const page = await open(`${query}&checks`);
      expect(await page.locator('#panel-root').getAttribute('class')).toContain(
        query === '?kind=sheets' ? 'tl-host-sheets' : 'tl-host-excel',
      );
      await page.getByRole('button', { name: 'No targets', exact: true }).click();
      await page.locator('.tl-warning').first().waitFor();
      await page.getByRole('button', { name: 'Colour this sheet' }).click();
      await page.locator('.tl-tone-problem').waitFor();
      await page.getByLabel('Tolerance (grades)').fill('-1');
      await page.getByLabel('Tolerance (grades)').press('Tab');
      await page.locator('.tl-field-error').filter({ hasText: /\S/ }).waitFor();
      expect(await contrastProblems(page)).toEqual([]);
    });
  }
});
