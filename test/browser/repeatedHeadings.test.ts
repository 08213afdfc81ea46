/**
 * A heading typed twice, in real Chromium: the panel shows the layout's warning naming both columns,
 * and the report preview says how it kept them apart.
 */
import { describe, expect, it } from 'vitest';
import { columnLetter } from '../../core/layout';
import { SAMPLE_HEADER_ROW_INDEX } from '../../core/sample';
import { hasChromium } from './support/chromium';
import { readGrid, waitForGrid, waitForLine } from './support/grid';
import { usePreviewInChromium } from './support/previewInChromium';

describe.skipIf(!hasChromium)('a repeated heading (Chromium)', () => {
  const { open } = usePreviewInChromium();

  it('shows the warning in the layout and the note under the report preview', async () => {
    const page = await open('?events=off');
    await expect.poll(() => page.locator('.tl-layout h2').textContent()).toBe('Layout of Y7');
    const headings = (await readGrid(page)).cells[SAMPLE_HEADER_ROW_INDEX]!.map((cell) => cell.text);
    const [rp1, rp2] = [headings.indexOf('RP1'), headings.indexOf('RP2')];
    expect(rp1).toBeGreaterThanOrEqual(0);
    expect(rp2).toBeGreaterThan(rp1);

    // The school copies RP1's heading over RP2's, as happens when a column is copied and not renamed.
    await page.locator(`#pv-grid td[data-row="${SAMPLE_HEADER_ROW_INDEX}"][data-col="${rp2}"]`).click();
    await page.locator('#pv-cell-input').fill('RP1');
    await page.locator('#pv-cell-input').press('Enter');
    await waitForGrid(page, 'Y7');
    await expect.poll(async () => (await readGrid(page)).cells[SAMPLE_HEADER_ROW_INDEX]![rp2]!.text).toBe('RP1');
    await page.getByRole('button', { name: 'Read the active sheet again' }).click();

    const [first, second] = [columnLetter(rp1), columnLetter(rp2)];
    const warning = page.locator('.tl-warnings .tl-warning').filter({ hasText: 'the same heading' });
    await expect.poll(() => warning.count()).toBe(1);
    const shown = (await warning.textContent())!;
    expect(shown).toMatch(/^Check: /);
    expect(shown).toContain(`${first} 'RP1' and ${second} 'RP1' have the same heading`);
    expect(shown).toContain('set the one not to use to Other in the panel');

    await page.getByRole('button', { name: 'Preview report' }).click();
    await waitForLine(page, /headline numbers for/, '.tl-reports .tl-report-actions');
    const notes = await page.locator('.tl-report-warning').allTextContents();
    expect(notes.filter((note) => note.includes(`RP1 (column ${first})`) && note.includes(`RP1 (column ${second})`))).toHaveLength(1);
  });
});
