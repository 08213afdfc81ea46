/**
 * The data collection cycle's actions in real Chromium through the preview, on its Y7 maths tracker:
 * "Check grades as they are typed" puts a grade check on exactly the paired grade columns' pupil cells
 * and "Remove grade checks" takes every one away; "Lock this collection" locks exactly that
 * collection's pupil cells, the panel says which collections are locked (read again from the workbook
 * by a reopened panel), and "Unlock" gives the sheet back; and each line of cells that are not grades
 * is a button that selects its column's first such cell in the grid. What the workbook holds is read
 * back from the grid (data-validation, data-lock, the selected cell); expected cells come from the
 * core's own layout of the same rows. No value changes in any of it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { detectLayout, ROWS_READ } from '../../core/layout';
import { SAMPLE_HEADER_ROW_INDEX, TRACKER_HEADERS } from '../../core/sample';
import { columnLetter } from '../../core/workbook/a1';
import { previewWorkbook, YEAR_TABS } from '../../dev/preview/fixtures';
import { hasChromium } from './support/chromium';
import { readGrid, valuesOf, waitForGrid, waitForLine } from './support/grid';
import { usePreviewInChromium } from './support/previewInChromium';

const SHEET = YEAR_TABS[0]!.name;
const OTHER = YEAR_TABS[1]!.name;
const COLOURING = '.tl-actions';
const LOCKING = '.tl-locking';
const NONE_LOCKED = 'No collection on this sheet is locked by Tracklight.';

/** The core's layout of the tracker the preview opens with, and its pupil rows (0-based). */
function trackerFacts() {
  const rows = previewWorkbook().sheet(SHEET).rows;
  const layout = detectLayout(rows.slice(0, ROWS_READ));
  const pupilRows = Array.from({ length: rows.length - layout.dataStartRow! }, (_, offset) => layout.dataStartRow! + offset);
  const cellsOf = (columns: number[]) => columns.flatMap((column) => pupilRows.map((row) => `${row},${column}`)).sort();
  const collectionColumns = (collection: string) =>
    layout.columns
      .filter((column) => column.role === 'grade' && (column.collection ?? column.label) === collection)
      .map((column) => column.index);
  return { layout, pupilRows, cellsOf, collectionColumns };
}

/** The grid's cells carrying `attribute` ('validation' or 'lock'), as 'row,column' -> its value. */
function markedCells(page: Page, attribute: 'validation' | 'lock'): Promise<Record<string, string>> {
  return page.evaluate((name) => {
    const marked: Record<string, string> = {};
    for (const cell of Array.from(document.querySelectorAll<HTMLElement>(`#pv-grid[data-state=ready] td[data-${name}]`)))
      marked[`${cell.dataset.row},${cell.dataset.col}`] = cell.dataset[name]!;
    return marked;
  }, attribute);
}

const markedKeys = async (page: Page, attribute: 'validation' | 'lock') => Object.keys(await markedCells(page, attribute)).sort();
const lockedLine = (page: Page) => page.locator(`${LOCKING} .tl-locked-list`).textContent();

async function typeInto(page: Page, row: number, col: number, text: string): Promise<void> {
  await page.locator(`#pv-grid td[data-row="${row}"][data-col="${col}"]`).click();
  await page.locator('#pv-cell-input').fill(text);
  await page.locator('#pv-cell-input').press('Enter');
  await expect.poll(() => page.locator(`#pv-grid[data-state=ready] td[data-row="${row}"][data-col="${col}"]`).textContent()).toBe(text);
}

async function chooseCollection(page: Page, collection: string): Promise<void> {
  await page.getByLabel('Collection to lock').selectOption(collection);
}

describe.skipIf(!hasChromium)('the data collection cycle in the preview (Chromium)', () => {
  const preview = usePreviewInChromium();

  it('checks exactly the paired grade columns as grades are typed, twice changing nothing more, and removes every check', async () => {
    const { layout, cellsOf } = trackerFacts();
    const graded = layout.pairs.map((pair) => pair.grade);
    expect(graded.map((column) => TRACKER_HEADERS[column])).toEqual(['RP1', 'RP2', 'RP3']);
    const page = await preview.open('');
    await waitForGrid(page, SHEET);
    const values = valuesOf(await readGrid(page));
    expect(await markedKeys(page, 'validation')).toEqual([]);

    for (const time of [1, 2]) {
      await page.getByRole('button', { name: 'Check grades as they are typed' }).click();
      const lines = await waitForLine(page, new RegExp(`^Done: ${SHEET}: 3 grade columns now offer a list of the grades`), COLOURING);
      expect(lines, `time ${time}`).toHaveLength(1);
      await expect.poll(() => markedKeys(page, 'validation')).toEqual(cellsOf(graded));
      expect(new Set(Object.values(await markedCells(page, 'validation')))).toEqual(new Set(['tracklight']));
    }

    await page.getByRole('button', { name: 'Remove grade checks' }).click();
    await waitForLine(page, new RegExp(`^Done: ${SHEET}: removed Tracklight's grade checks from 3 grade columns\\.`), COLOURING);
    await expect.poll(() => markedKeys(page, 'validation')).toEqual([]);
    await page.getByRole('button', { name: 'Remove grade checks' }).click();
    await waitForLine(page, new RegExp(`^${SHEET} has no Tracklight grade checks to remove\\.$`), COLOURING);
    expect(valuesOf(await readGrid(page))).toEqual(values);
  });

  it('locks exactly a collection’s pupil cells, shows which are locked, keeps that when reopened, and unlocks back', async () => {
    const { cellsOf, collectionColumns } = trackerFacts();
    const [rp1, rp2] = [collectionColumns('RP1'), collectionColumns('RP2')];
    expect([rp1, rp2]).toEqual([[TRACKER_HEADERS.indexOf('RP1')], [TRACKER_HEADERS.indexOf('RP2')]]);
    const page = await preview.open('');
    await waitForGrid(page, SHEET);
    const values = valuesOf(await readGrid(page));
    await expect.poll(() => lockedLine(page)).toBe(NONE_LOCKED);
    expect(await page.getByLabel('Collection to lock').locator('option').allTextContents()).toEqual(['RP1', 'RP2', 'RP3']);

    await chooseCollection(page, 'RP1');
    await page.locator(LOCKING).getByRole('button', { name: 'Lock this collection' }).click();
    await waitForLine(page, new RegExp(`^Done: ${SHEET}: RP1 is locked \\(`), LOCKING);
    expect(await lockedLine(page)).toBe('Locked by Tracklight: RP1.');
    await expect.poll(() => markedKeys(page, 'lock')).toEqual(cellsOf(rp1));

    await chooseCollection(page, 'RP2');
    await page.locator(LOCKING).getByRole('button', { name: 'Lock this collection' }).click();
    await waitForLine(page, new RegExp(`^Done: ${SHEET}: RP2 is locked \\(`), LOCKING);
    expect(await lockedLine(page)).toBe('Locked by Tracklight: RP1, RP2.');
    await expect.poll(() => markedKeys(page, 'lock')).toEqual(cellsOf([...rp1, ...rp2]).sort());
    const locks = await markedCells(page, 'lock');
    for (const [cell, collection] of Object.entries(locks))
      expect(collection, cell).toBe(rp1.includes(Number(cell.split(',')[1])) ? 'RP1' : 'RP2');

    // A reopened panel reads the locks from the workbook; another sheet has none of them.
    await page.locator('#pv-reopen').click();
    await expect.poll(() => lockedLine(page)).toBe('Locked by Tracklight: RP1, RP2.');
    await page.getByRole('button', { name: OTHER, exact: true }).click();
    await waitForGrid(page, OTHER);
    await expect.poll(() => lockedLine(page)).toBe(NONE_LOCKED);
    expect(await markedKeys(page, 'lock')).toEqual([]);
    await page.getByRole('button', { name: SHEET, exact: true }).click();
    await waitForGrid(page, SHEET);
    await expect.poll(() => lockedLine(page)).toBe('Locked by Tracklight: RP1, RP2.');

    await chooseCollection(page, 'RP1');
    await page.locator(LOCKING).getByRole('button', { name: 'Unlock' }).click();
    await waitForLine(page, new RegExp(`^Done: ${SHEET}: RP1 is unlocked\\.`), LOCKING);
    expect(await lockedLine(page)).toBe('Locked by Tracklight: RP2.');
    await expect.poll(() => markedKeys(page, 'lock')).toEqual(cellsOf(rp2));
    await chooseCollection(page, 'RP2');
    await page.locator(LOCKING).getByRole('button', { name: 'Unlock' }).click();
    await waitForLine(page, new RegExp(`^Done: ${SHEET}: RP2 is unlocked\\.`), LOCKING);
    expect(await lockedLine(page)).toBe(NONE_LOCKED);
    await expect.poll(() => markedKeys(page, 'lock')).toEqual([]);
    expect(valuesOf(await readGrid(page))).toEqual(values);
  });

  it("makes each column's not-a-grade line a button that selects that column's first such cell", async () => {
    const [rp1, rp2] = [TRACKER_HEADERS.indexOf('RP1'), TRACKER_HEADERS.indexOf('RP2')];
    const first = SAMPLE_HEADER_ROW_INDEX + 1;
    // RP1's topmost typo is typed second, and sits off the first screen from the bottom of the sheet.
    const typos: [number, number, string][] = [
      [first + 60, rp1, '5++'],
      [first + 40, rp1, '4//3'],
      [first + 50, rp2, 'TBC'],
    ];
    const page = await preview.open('', { viewport: { width: 1500, height: 1000 } });
    await waitForGrid(page, SHEET);
    for (const [row, col, text] of typos) await typeInto(page, row, col, text);
    await page.getByRole('button', { name: 'Colour this sheet' }).click();
    await waitForLine(page, new RegExp(`^Done: ${SHEET}: coloured `), COLOURING);

    const expected = [
      { col: rp1, row: first + 40, count: '2 cells are', typo: '4//3', them: 'they stay uncoloured until they are corrected.' },
      { col: rp2, row: first + 50, count: '1 cell is', typo: 'TBC', them: 'it stays uncoloured until it is corrected.' },
    ].map(({ col, row, count, typo, them }) => {
      const cell = `${columnLetter(col)}${row + 1}`;
      const where = `${TRACKER_HEADERS[col]} (column ${columnLetter(col)})`;
      const text = `${where}: ${count} not a grade (first in row ${row + 1}: '${typo}'), so ${them}`;
      return { row, col, cell, text };
    });
    const links = page.locator(`${COLOURING} .tl-line-detail button.tl-link-button`);
    expect(await links.allTextContents()).toEqual(expected.map(({ text, cell }) => `${text} ${cell}`));

    const selected = page.locator('#pv-grid td.pv-selected');
    for (const { row, col, cell, text } of expected) {
      // Elsewhere first: the top of the sheet, another cell selected.
      await page.locator(`#pv-grid td[data-row="${first}"][data-col="0"]`).click();
      await page.locator('.pv-table-wrap').evaluate((wrap) => wrap.scrollTo(0, 0));
      await page.getByRole('button', { name: `${text} ${cell}`, exact: true }).click();
      await expect.poll(() => page.locator('.pv-address').textContent()).toBe(cell);
      expect(await selected.count()).toBe(1);
      expect(await selected.evaluate((td) => [Number(td.dataset.row), Number(td.dataset.col)])).toEqual([row, col]);
      expect(await selected.evaluate((td) => td.getBoundingClientRect().top < window.innerHeight)).toBe(true);
    }
    // Going there changes nothing: the typos are still what the cells hold.
    const grid = await readGrid(page);
    expect(typos.map(([row, col]) => grid.cells[row]![col]!.text)).toEqual(typos.map(([, , text]) => text));
  });
});
