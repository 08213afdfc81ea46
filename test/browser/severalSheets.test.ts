/**
 * "Report on several sheets" in real Chromium over the preview's year group kept one sheet per subject
 * (?sheets): open 'Y11 Maths', tick 'Y11 English' and 'Y11 Science' (the one with no UPN column), preview,
 * and see the combined headline numbers (the core's own, from the same three sheets) and the matching warning.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../core/layout';
import { buildReport, reportHeadline } from '../../core/report';
import { combineSheets } from '../../core/report/combineSheets';
import { YEAR_GROUP_PUPILS, yearGroupSheets } from '../../dev/preview/yearGroupSheets';
import { hasChromium } from './support/chromium';
import { waitForGrid } from './support/grid';
import { usePreviewInChromium } from './support/previewInChromium';

const [MATHS, ENGLISH, SCIENCE] = ['Y11 Maths', 'Y11 English', 'Y11 Science'];

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await waitForGrid(page, name);
  await expect.poll(() => page.locator('.tl-layout h2').textContent()).toBe(`Layout of ${name}`);
}

/** What the panel should show: the core's report on the same three sheets, each through its detected layout. */
function expectedHeadline() {
  const sheets = yearGroupSheets().map(({ name, rows }) => ({ name, rows, layout: detectLayout(rows.slice(0, 15)) }));
  const combined = combineSheets(sheets);
  return { lines: reportHeadline(buildReport({ ...combined, settings: { tolerance: 0 } })).lines, warning: combined.warnings[0]! };
}

describe.skipIf(!hasChromium)('report on several sheets in the preview (Chromium)', () => {
  const preview = usePreviewInChromium();

  it('ticks the other subject sheets, previews, and shows the combined numbers and how pupils were matched', async () => {
    const page = await preview.open('?sheets');
    await openTab(page, MATHS);
    await page.locator('.tl-several-sheets > summary').click();
    const several = page.locator('.tl-several-sheets');
    for (const name of [ENGLISH, SCIENCE]) await several.getByLabel(name, { exact: true }).check();
    await several.getByRole('button', { name: 'Preview report on these sheets' }).click();

    const group = page.getByRole('group', { name: `Headline numbers for '${MATHS} + 2 sheets'` });
    await group.waitFor();
    const expected = expectedHeadline();
    expect(await group.locator('.tl-headline-line').allTextContents()).toEqual(expected.lines);
    expect(expected.lines[0]).toBe(`${YEAR_GROUP_PUPILS} pupils`);
    const warnings = await group.locator('.tl-report-warning').allTextContents();
    expect(warnings[0]).toBe(expected.warning);
    expect(warnings[0]).toMatch(
      new RegExp(`^\\d+ pupils in '${SCIENCE}' were matched by name and class, as it has no UPN column\\. Matched twice: `),
    );
    // Ticked boxes are saved: the panel reopened lists them ticked.
    await page.getByRole('button', { name: 'Reopen panel' }).click();
    await page.locator('.tl-layout .tl-summary').filter({ hasText: 'Headings in row' }).waitFor();
    await page.locator('.tl-several-sheets > summary').click();
    await expect.poll(() => page.locator('.tl-several-sheets').getByLabel(SCIENCE, { exact: true }).isChecked()).toBe(true);
  });
});
