/**
 * The shared panel in real Chromium against the preview's in-memory workbook: detect, correct the
 * layout (by keyboard), colour, recolour, colour every tab, remove. Every grade cell's painted
 * colour is checked against ON_TRACK computed here from the cell values the grid shows; the
 * colours themselves come from HyperFormula evaluating the rules' formulas. Screenshots go to a
 * temporary folder; the README's are made by `npm run screenshots` (dev/screenshots.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_HEADER_ROW_INDEX } from '../../core/sample';
import { hasChromium, launchChromium, openGuardedPage, type GuardedPage } from './support/chromium';
import { PALETTES } from '../../core/rules';
import { mismatchesWithOnTrack, onTrack, readGrid, valuesOf, waitForGrid, waitForLine, type Grid } from './support/grid';
import { startPreview, type PreviewServer } from '../../dev/preview/server';
import { screenshotPath } from './support/screenshots';

const FIRST_PUPIL_ROW = SAMPLE_HEADER_ROW_INDEX + 1;

/** Columns found by their headings in the grid, not hard-coded positions. */
function columnsOf(grid: Grid) {
  const headings = grid.cells[SAMPLE_HEADER_ROW_INDEX]!.map((cell) => cell.text);
  const at = (heading: string) => headings.indexOf(heading);
  return { target: at('Target'), rp1: at('RP1'), rp2: at('RP2'), rp3: at('RP3'), surname: at('Surname'), send: at('SEND') };
}

const pairSelect = (page: Page, grade: string) => page.getByLabel(`${grade} is coloured against`);

describe.skipIf(!hasChromium)('the panel in the preview (Chromium)', () => {
  let server: PreviewServer;
  let browser: Browser;
  let guarded: GuardedPage;

  beforeAll(async () => {
    server = await startPreview();
    browser = await launchChromium();
    // Tall enough that the whole panel and the grade columns show in the screenshots.
    guarded = await openGuardedPage(browser, `${server.url}?checks`, { width: 1700, height: 1500 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('detects the layout and colours every grade cell as ON_TRACK says', async () => {
    const { page } = guarded;
    await expect.poll(() => page.locator('.tl-layout h2').textContent()).toBe('Layout of Y7');
    for (const grade of ['RP1', 'RP2', 'RP3'])
      await expect.poll(() => pairSelect(page, grade).locator('option:checked').textContent()).toMatch(/^Target \([A-Z]\)$/);
    const before = await readGrid(page);
    const columns = columnsOf(before);
    expect(Object.values(columns).every((column) => column >= 0)).toBe(true);

    await page.getByRole('button', { name: 'Colour this sheet' }).click();
    expect(await waitForLine(page, /Y7: coloured/)).toContain('Done: Y7: coloured 3 columns (RP1 to RP3 -> Target).');
    await waitForGrid(page, 'Y7');
    const coloured = await readGrid(page);
    const check = mismatchesWithOnTrack(coloured, {
      gradeColumns: [columns.rp1, columns.rp2, columns.rp3],
      targetColumn: columns.target,
      firstRow: FIRST_PUPIL_ROW,
      tolerance: 0,
      palette: 'standard',
    });
    expect(check.mismatches).toEqual([]);
    // Not vacuous: all four statuses and some blanks occur among the 540 cells checked.
    for (const status of ['Above', 'On', 'Below', 'Well below', 'none']) expect(check.counts[status]).toBeGreaterThan(0);
    // The school's own rule still greys exactly the surnames of pupils with an EHC plan.
    expect(
      coloured.cells
        .slice(FIRST_PUPIL_ROW)
        .every((line) => (line[columns.surname]!.fill === '#e7e6e6') === (line[columns.send]!.text === 'E')),
    ).toBe(true);
    expect(valuesOf(coloured)).toEqual(valuesOf(before));
    await expect
      .poll(() => page.locator('#pv-rules').textContent())
      .toBe("Conditional formats on 'Y7': 5 (4 from Tracklight, 1 the school's own)");

    const grid = (await page.locator('.pv-grid-root').boundingBox())!;
    await page.screenshot({ path: screenshotPath('coloured-tracker.png'), clip: { ...grid, height: Math.min(grid.height, 720) } });
    const panel = (await page.locator('#panel-root').boundingBox())!;
    // As npm run screenshots crops it: down to the Colours section, which follows the colour buttons.
    const panelEnd = (await page.locator('.tl-settings').boundingBox())!;
    await page.screenshot({ path: screenshotPath('panel.png'), clip: { ...panel, height: panelEnd.y + panelEnd.height - panel.y + 8 } });
  });

  it('takes a correction made by keyboard alone, and colours by it without duplicating rules', async () => {
    const { page } = guarded;
    // Tab from "What each column holds" to RP3's role dropdown, then type the new role into it.
    await page.locator('.tl-columns summary').focus();
    await page.keyboard.press('Enter');
    const rp3Role = page.getByLabel(/^R\s+RP3$/);
    for (let presses = 0; presses < 40 && !(await rp3Role.evaluate((select) => select === document.activeElement)); presses += 1)
      await page.keyboard.press('Tab');
    expect(await rp3Role.evaluate((select) => select === document.activeElement)).toBe(true);
    await page.keyboard.type('Other');
    await expect.poll(() => rp3Role.locator('option:checked').textContent()).toBe('Other');
    await expect.poll(() => page.locator('.tl-summary').textContent()).toContain('2 of 2 grade columns are paired');
    expect(await pairSelect(page, 'RP3').count()).toBe(0);
    // Focus stays on the dropdown the user changed, not thrown back to the top.
    expect(await rp3Role.evaluate((select) => select === document.activeElement)).toBe(true);

    const before = await readGrid(page);
    const columns = columnsOf(before);
    await page.getByRole('button', { name: 'Colour this sheet' }).click();
    expect(await waitForLine(page, /Y7: coloured/)).toContain(
      'Done: Y7: coloured 2 columns (RP1 to RP2 -> Target), replacing its earlier Tracklight colours.',
    );
    await page.waitForFunction(
      (rp3) =>
        document.querySelector('#pv-grid')?.getAttribute('data-state') === 'ready' &&
        !document.querySelector(`#pv-grid td[data-col="${rp3}"][style]`),
      columns.rp3,
    );
    const coloured = await readGrid(page);
    const check = mismatchesWithOnTrack(coloured, {
      gradeColumns: [columns.rp1, columns.rp2],
      targetColumn: columns.target,
      firstRow: FIRST_PUPIL_ROW,
      tolerance: 0,
      palette: 'standard',
    });
    expect(check.mismatches).toEqual([]);
    expect(coloured.cells.every((line) => line[columns.rp3]!.fill === null)).toBe(true);
    await expect
      .poll(() => page.locator('#pv-rules').textContent())
      .toBe("Conditional formats on 'Y7': 5 (4 from Tracklight, 1 the school's own)");
  });

  it('recolours with another palette and tolerance: new colours, same number of rules', async () => {
    const { page } = guarded;
    const before = await readGrid(page);
    const columns = columnsOf(before);
    await page.getByLabel('Colour-blind friendly').check();
    await page.getByLabel('Tolerance (grades)').fill('0.34');
    await page.getByLabel('Tolerance (grades)').press('Tab');
    await page.getByRole('button', { name: 'Colour this sheet' }).click();
    expect(await waitForLine(page, /Y7: coloured/)).toContain(
      'Done: Y7: coloured 2 columns (RP1 to RP2 -> Target), replacing its earlier Tracklight colours.',
    );
    await page.waitForFunction(
      () =>
        document.querySelector('#pv-grid')?.getAttribute('data-state') === 'ready' &&
        document.querySelector('#pv-grid td[style*="rgb(0, 114, 178)"]'),
    );
    const after = await readGrid(page);
    const check = mismatchesWithOnTrack(after, {
      gradeColumns: [columns.rp1, columns.rp2],
      targetColumn: columns.target,
      firstRow: FIRST_PUPIL_ROW,
      tolerance: 0.34,
      palette: 'colour-blind',
    });
    expect(check.mismatches).toEqual([]);
    expect(after.cells.some((line, row) => line[columns.rp1]!.fill !== before.cells[row]![columns.rp1]!.fill)).toBe(true);
    await expect
      .poll(() => page.locator('#pv-rules').textContent())
      .toBe("Conditional formats on 'Y7': 5 (4 from Tracklight, 1 the school's own)");

    // The colours are live: a grade typed into the sheet is recoloured by the same rules.
    const row = after.cells.findIndex(
      (line, index) => index >= FIRST_PUPIL_ROW && line[columns.target]!.type === 'number' && Number(line[columns.target]!.text) < 9,
    );
    const target = after.cells[row]![columns.target]!;
    const typed = `${Number(target.text) + 1}-`;
    await page.locator(`#pv-grid td[data-row="${row}"][data-col="${columns.rp1}"]`).click();
    await page.locator('#pv-cell-input').fill(typed);
    await page.locator('#pv-cell-input').press('Enter');
    await page.waitForFunction(
      ({ row, col, typed }) => {
        const cell = document.querySelector(`#pv-grid[data-state=ready] td[data-row="${row}"][data-col="${col}"]`);
        return cell?.textContent === typed;
      },
      { row, col: columns.rp1, typed },
    );
    const retyped = await readGrid(page);
    const expected = onTrack(typed, Number(target.text), 0.34);
    expect(expected).toBe('Above');
    expect(retyped.cells[row]![columns.rp1]!.fill).toBe(PALETTES['colour-blind'].colours.Above.fill.toLowerCase());
    expect(
      mismatchesWithOnTrack(retyped, {
        gradeColumns: [columns.rp1, columns.rp2],
        targetColumn: columns.target,
        firstRow: FIRST_PUPIL_ROW,
        tolerance: 0.34,
        palette: 'colour-blind',
      }).mismatches,
    ).toEqual([]);
  });

  it('colours every tab with this layout in one click, saying what happened on each', async () => {
    const { page } = guarded;
    // Y10 protected: it must be refused, with nothing half-done.
    await page.getByRole('button', { name: 'Y10', exact: true }).click();
    await page.getByLabel('Protect this sheet').check();
    await page.getByRole('button', { name: 'Y7', exact: true }).click();
    await expect.poll(() => page.locator('.tl-layout h2').textContent()).toBe('Layout of Y7');
    await expect.poll(() => page.locator('.tl-note').textContent()).toBe('Using the layout saved with this workbook for this sheet.');

    await page.getByRole('button', { name: 'Colour every sheet with this layout' }).click();
    const lines = await waitForLine(page, /Coloured \d+ of \d+ sheets/);
    // One result line per sheet: the progress lines were each replaced by their sheet's result.
    expect(lines).toEqual([
      'Done: Y7: coloured 2 columns.',
      'Done: Y8: coloured 2 columns.',
      'Done: Y9: coloured 2 columns.',
      expect.stringMatching(/^Not done: Y10: skipped — 'Y10' is protected, .* Nothing was changed\.$/),
      'Done: Y11: coloured 2 columns.',
      expect.stringMatching(/^No targets: skipped — column [A-Z] is headed '.*', not 'Target'\.$/),
      expect.stringMatching(/^<i>Odd headings: skipped — /),
      'Done: Coloured 4 of 7 sheets.',
    ]);

    // Opening Y9 shows its saved (corrected) layout, and its grid is coloured as ON_TRACK says.
    await page.getByRole('button', { name: 'Y9', exact: true }).click();
    await expect.poll(() => page.locator('.tl-layout h2').textContent()).toBe('Layout of Y9');
    await expect.poll(() => page.locator('.tl-summary').textContent()).toContain('2 of 2 grade columns are paired');
    await waitForGrid(page, 'Y9');
    const y9 = await readGrid(page);
    const columns = columnsOf(y9);
    const check = mismatchesWithOnTrack(y9, {
      gradeColumns: [columns.rp1, columns.rp2],
      targetColumn: columns.target,
      firstRow: FIRST_PUPIL_ROW,
      tolerance: 0.34,
      palette: 'colour-blind',
    });
    expect(check.mismatches).toEqual([]);
    await page.getByRole('button', { name: 'Y10', exact: true }).click();
    await expect
      .poll(() => page.locator('#pv-rules').textContent())
      .toBe("Conditional formats on 'Y10': 1 (0 from Tracklight, 1 the school's own)");
  });

  it("removes only Tracklight's colours: values and the school's own rule stay", async () => {
    const { page } = guarded;
    await page.getByRole('button', { name: 'Y9', exact: true }).click();
    await waitForGrid(page, 'Y9');
    const coloured = await readGrid(page);
    const columns = columnsOf(coloured);
    await page.getByRole('button', { name: 'Remove Tracklight colours' }).click();
    expect(await waitForLine(page, /Y9: removed/)).toContain(
      "Done: Y9: removed 4 Tracklight rules. The sheet's own conditional formats and every value are unchanged.",
    );
    await expect
      .poll(() => page.locator('#pv-rules').textContent())
      .toBe("Conditional formats on 'Y9': 1 (0 from Tracklight, 1 the school's own)");
    await waitForGrid(page, 'Y9');
    const removed = await readGrid(page);
    expect(valuesOf(removed)).toEqual(valuesOf(coloured));
    const painted = removed.cells.flatMap((line) => line.filter((cell) => cell.fill !== null));
    expect(painted.length).toBeGreaterThan(0);
    expect(painted.every((cell) => cell.col === columns.surname && removed.cells[cell.row]![columns.send]!.text === 'E')).toBe(true);

    await page.getByRole('button', { name: 'Remove Tracklight colours' }).click();
    expect(await waitForLine(page, /no Tracklight colours/)).toContain('Y9 has no Tracklight colours to remove.');
    expect(guarded.outside).toEqual([]);
    expect(guarded.pageProblems).toEqual([]);
  });
});
