/**
 * The panel's other paths in real Chromium: a refusal that changes nothing, inserting the sample
 * tracker (uniquely named), a pair chosen by dropdown that survives reopening the panel, and text
 * from a sheet that looks like HTML, which must only ever appear as text.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MARKUP_HEADING, MARKUP_SHEET, NO_TARGET_SHEET } from '../../dev/preview/fixtures';
import { hasChromium } from './support/chromium';
import { usePreviewInChromium } from './support/previewInChromium';
import { readGrid, waitForGrid, waitForLine } from './support/grid';

const heading = (page: Page) => page.locator('.tl-layout h2').textContent();
const openTab = (page: Page, name: string) => page.getByRole('button', { name, exact: true }).click();

describe.skipIf(!hasChromium)('refusals, the sample tracker and sheet text (Chromium)', () => {
  const { open: openPreview } = usePreviewInChromium();
  const open = (query = '?checks') => openPreview(query);

  it('refuses a sheet with no target column with a plain message, and changes nothing', async () => {
    const page = await open();
    await openTab(page, NO_TARGET_SHEET);
    await expect.poll(() => heading(page)).toBe(`Layout of ${NO_TARGET_SHEET}`);
    await expect
      .poll(() => page.locator('.tl-warning.tl-severity-error').first().textContent())
      .toMatch(/^Problem: No target column was found/);
    await waitForGrid(page, NO_TARGET_SHEET);
    const before = await readGrid(page);
    const rulesBefore = await page.locator('#pv-rules').textContent();

    await page.getByRole('button', { name: 'Colour this sheet' }).click();
    const lines = await waitForLine(page, /Nothing was changed/);
    expect(lines).toContain(
      `Not done: '${NO_TARGET_SHEET}' has no target column paired with its grades, so there is nothing to colour against. ` +
        "Add a column headed 'Target' (or choose one in the layout above), then try again. Nothing was changed.",
    );
    await waitForGrid(page, NO_TARGET_SHEET);
    expect(await readGrid(page)).toEqual(before);
    expect(await page.locator('#pv-rules').textContent()).toBe(rulesBefore);
  });

  it('without a sheet-change event (as in Sheets), never colours a sheet other than the one it shows', async () => {
    const page = await open('?events=off');
    await expect.poll(() => heading(page)).toBe('Layout of Y7');
    await openTab(page, 'Y8');
    await waitForGrid(page, 'Y8');
    expect(await heading(page)).toBe('Layout of Y7');
    await page.getByRole('button', { name: 'Colour this sheet' }).click();
    expect(await waitForLine(page, /open sheet is now/)).toContain(
      "Not done: The open sheet is now 'Y8', not 'Y7'. " +
        'Its layout is shown above: check it, then choose Colour this sheet again. Nothing was changed.',
    );
    await expect.poll(() => heading(page)).toBe('Layout of Y8');
    expect(await page.locator('#pv-rules').textContent()).toBe("Conditional formats on 'Y8': 1 (0 from Tracklight, 1 the school's own)");
    await openTab(page, 'Y7');
    expect(await page.locator('#pv-rules').textContent()).toBe("Conditional formats on 'Y7': 1 (0 from Tracklight, 1 the school's own)");
  });

  it('reads the headings from a row the user chooses, and detects again on request', async () => {
    const page = await open('?events=off');
    await page.locator('.tl-columns summary').click();
    const headerRow = page.getByLabel('Headings are in row');
    expect(await headerRow.inputValue()).toBe('3');
    await headerRow.fill('1');
    await page.getByRole('button', { name: 'Detect again' }).click();
    // The title row holds no headings Tracklight knows, so nothing is paired and the panel says why.
    await expect.poll(() => page.locator('.tl-summary').textContent()).toMatch(/^Headings in row 1\. .* 0 of 0 grade columns are paired/);
    expect(await page.locator('.tl-warnings').textContent()).toContain('Problem: No target column was found');
    await headerRow.fill('');
    await page.getByRole('button', { name: 'Detect again' }).click();
    await expect
      .poll(() => page.locator('.tl-summary').textContent())
      .toMatch(/^Headings in row 3\. Pupils from row 4 to 183\. 3 of 3 grade columns are paired/);
  });

  it('inserts the sample tracker as a new, uniquely named sheet and shows its layout', async () => {
    const page = await open();
    const sheetCount = await page.locator('.pv-tab').count();
    await page.getByRole('button', { name: 'Insert a sample tracker' }).click();
    expect(await waitForLine(page, /Added the sheet/, '.tl-sample')).toContain(
      "Done: Added the sheet 'Sample tracker' with 180 made-up Year 11 pupils. " +
        'Its layout is shown above: check it, then choose Colour this sheet.',
    );
    await expect.poll(() => heading(page)).toBe('Layout of Sample tracker');
    await expect
      .poll(() => page.getByLabel('Maths RP2 is coloured against').locator('option:checked').textContent())
      .toMatch(/^Maths Target \([A-Z]+\)$/);

    await page.getByRole('button', { name: 'Insert a sample tracker' }).click();
    await waitForLine(page, /Sample tracker \(2\)/, '.tl-sample');
    await expect.poll(() => heading(page)).toBe('Layout of Sample tracker (2)');
    expect(await page.locator('.pv-tab').allTextContents()).toEqual(expect.arrayContaining(['Sample tracker', 'Sample tracker (2)']));
    expect(await page.locator('.pv-tab').count()).toBe(sheetCount + 2);
    await waitForGrid(page, 'Sample tracker (2)');
    const grid = await readGrid(page);
    expect(grid.cells[0]![0]!.text).toBe('Year 11 tracker - sample data');
    expect(grid.cells.length).toBe(183);
  });

  it('keeps a pair chosen from the dropdown, the palette and the tolerance when the panel is reopened', async () => {
    const page = await open();
    await page.getByRole('button', { name: 'Insert a sample tracker' }).click();
    await expect.poll(() => heading(page)).toBe('Layout of Sample tracker');
    // History's line opens onto its dropdowns.
    await page.locator('.tl-subject-summary', { hasText: /^History: / }).click();
    const history = page.getByLabel('History RP1 is coloured against');
    const geography = (await history.locator('option').allTextContents()).find((text) => text.startsWith('Geography Target'))!;
    await history.selectOption({ label: geography });
    await expect.poll(() => history.locator('option:checked').textContent()).toBe(geography);
    expect(await page.locator('.tl-problems').isHidden()).toBe(true);
    await page.getByLabel('No red').check();
    await page.getByLabel('Tolerance (grades)').fill('0.5');
    await page.getByLabel('Tolerance (grades)').press('Tab');

    await page.getByRole('button', { name: 'Reopen panel' }).click();
    await expect.poll(() => page.locator('.tl-note').textContent()).toBe('Using the layout saved with this workbook for this sheet.');
    expect(await heading(page)).toBe('Layout of Sample tracker');
    expect(await page.getByLabel('History RP1 is coloured against').locator('option:checked').textContent()).toBe(geography);
    expect(await page.getByLabel('History RP2 is coloured against').locator('option:checked').textContent()).toMatch(/^History Target/);
    expect(await page.getByLabel('No red').isChecked()).toBe(true);
    expect(await page.getByLabel('Tolerance (grades)').inputValue()).toBe('0.5');
  });

  it('shows headings, names and sheet names that look like HTML as text, never as markup', async () => {
    const page = await open();
    await openTab(page, MARKUP_SHEET);
    await expect.poll(() => heading(page)).toBe(`Layout of ${MARKUP_SHEET}`);
    await page.locator('.tl-columns summary').click();
    expect(await page.locator('.tl-column-heading').allTextContents()).toContain(MARKUP_HEADING);
    await waitForGrid(page, MARKUP_SHEET);
    const grid = await readGrid(page);
    expect(grid.cells[0]![1]!.text).toBe(MARKUP_HEADING);
    expect(grid.cells[1]![1]!.text).toBe('<script>alert(2)</script>');
    expect(await page.locator('.pv-tab', { hasText: MARKUP_SHEET }).textContent()).toBe(MARKUP_SHEET);

    // Messages quoting the sheet's name and headings are text too.
    await page.getByRole('button', { name: 'Colour this sheet' }).click();
    expect((await waitForLine(page, /Odd headings/)).join('\n')).toContain(MARKUP_SHEET);
    expect(await page.evaluate(() => document.querySelectorAll('img, i, b, script:not([src])').length)).toBe(0);
  });
});
