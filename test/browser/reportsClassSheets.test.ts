/**
 * "Make class sheets" in real Chromium against the preview, on the wide Year 11 tracker (60 pupils,
 * classes 11A and 11B) beside a tab of the school's already called "Class 11A". Each class sheet is
 * read back from the grid and compared with the tracker's own rows for that class, found here from
 * the tracker's Class column; its colours are checked against ON_TRACK as on the tracker. A second
 * run must update the same tabs, and the school's tab must stay exactly as it was. Also: in the
 * Sheets look, the report tab gets the full "Tracklight report - <sheet> - <date>" name.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAMPLE_HEADER_ROW_INDEX } from '../../core/sample';
import { SCHOOL_CLASS_TAB, WIDE_PUPILS, WIDE_SHEET } from '../../dev/preview/fixtures';
import { hasChromium } from './support/chromium';
import { usePreviewInChromium } from './support/previewInChromium';
import { mismatchesWithOnTrack, readGrid, valuesOf, waitForGrid, waitForLine } from './support/grid';

const REPORTS = '.tl-reports .tl-report-actions';
const CLASS_SHEETS = '.tl-reports .tl-class-sheets';
const SHEET_LINE = /^Done: (Created|Updated) '(.+)' for class (\S+) \((\d+) pupils\), with the tracker's traffic lights\.$/;

const tabNames = (page: Page) => page.locator('.pv-tab').allTextContents();

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await waitForGrid(page, name);
  await expect.poll(() => page.locator('.tl-layout h2').textContent()).toBe(`Layout of ${name}`);
}

/** Runs "Make class sheets" on the open tab and returns its per-sheet lines, read into parts. */
async function makeClassSheets(
  page: Page,
): Promise<{ lines: string[]; summary: string; sheets: { verb: string; name: string; className: string; pupils: number }[] }> {
  await page.getByRole('button', { name: 'Make class sheets' }).click();
  const lines = await waitForLine(page, /^Done: Class sheets from/, CLASS_SHEETS);
  const sheets = lines.flatMap((line) => {
    const match = SHEET_LINE.exec(line);
    return match ? [{ verb: match[1]!, name: match[2]!, className: match[3]!, pupils: Number(match[4]) }] : [];
  });
  return { lines, summary: lines.find((line) => line.startsWith('Done: Class sheets from')) ?? '', sheets };
}

describe.skipIf(!hasChromium)('class sheets in the preview (Chromium)', () => {
  const preview = usePreviewInChromium();
  const open = (query: string) => preview.open(query, { viewport: { width: 1700, height: 1100 } });

  const liveSheetPerClass =
    "makes one live sheet per class showing exactly its pupils, updates the same tabs next time, and leaves the school's tab alone";
  it(liveSheetPerClass, async () => {
    const page = await open('?reports');
    await openTab(page, SCHOOL_CLASS_TAB);
    const schoolTab = valuesOf(await readGrid(page));
    await openTab(page, WIDE_SHEET);
    const tracker = await readGrid(page);
    const headings = tracker.cells[SAMPLE_HEADER_ROW_INDEX]!.map((cell) => cell.text);
    const classColumn = headings.indexOf('Class');
    const pupils = tracker.cells.slice(SAMPLE_HEADER_ROW_INDEX + 1);
    const classes = [...new Set(pupils.map((line) => line[classColumn]!.text))].sort();
    expect(classes).toEqual(['11A', '11B']);
    const tabsBefore = await tabNames(page);

    const first = await makeClassSheets(page);
    expect(first.summary).toBe(
      `Done: Class sheets from '${WIDE_SHEET}', one per class in 'Class' (column D): 2 created, 0 updated. ` +
        "Each shows the tracker's rows for its class as they change; no pupil data is copied, and no other sheet was changed.",
    );
    expect(first.sheets.map((sheet) => [sheet.verb, sheet.className])).toEqual([
      ['Created', '11A'],
      ['Created', '11B'],
    ]);
    // The school's "Class 11A" is not Tracklight's: 11A's sheet gets a name of its own.
    expect(first.sheets.map((sheet) => sheet.name)).not.toContain(SCHOOL_CLASS_TAB);
    const tabsAfter = await tabNames(page);
    expect(tabsAfter).toEqual([...tabsBefore, ...first.sheets.map((sheet) => sheet.name)]);

    for (const sheet of first.sheets) {
      const own = pupils.filter((line) => line[classColumn]!.text === sheet.className);
      expect(sheet.pupils).toBe(own.length);
      await openTab(page, sheet.name);
      const shown = await readGrid(page);
      // Row 1 is the tracker's header row, then exactly that class's rows, value for value, in tracker order.
      expect(valuesOf(shown)).toEqual(valuesOf({ sheet: sheet.name, cells: [tracker.cells[SAMPLE_HEADER_ROW_INDEX]!, ...own] }));
      expect(shown.cells.slice(1).every((line) => line[classColumn]!.text === sheet.className)).toBe(true);
      // The tracker's traffic lights, moved up to start under row 1: checked for two subjects against ON_TRACK.
      for (const subject of ['Maths', 'English Language']) {
        const gradeColumns = ['RP1', 'RP2', 'RP3'].map((collection) => headings.indexOf(`${subject} ${collection}`));
        const check = mismatchesWithOnTrack(shown, {
          gradeColumns,
          targetColumn: headings.indexOf(`${subject} Target`),
          firstRow: 1,
          tolerance: 0,
          palette: 'standard',
        });
        expect(check.mismatches).toEqual([]);
        // Not vacuous: most of the class's grades have a status, so most cells checked are painted.
        const painted = Object.entries(check.counts)
          .filter(([status]) => status !== 'none')
          .reduce((total, [, count]) => total + count, 0);
        expect(painted).toBeGreaterThan(own.length * 2);
      }
    }
    expect(first.sheets.reduce((total, sheet) => total + sheet.pupils, 0)).toBe(WIDE_PUPILS);

    // Again from the tracker: the same tabs are updated, none added.
    await openTab(page, WIDE_SHEET);
    const second = await makeClassSheets(page);
    expect(second.summary).toContain(': 0 created, 2 updated.');
    expect(second.sheets.map((sheet) => [sheet.verb, sheet.name])).toEqual(first.sheets.map((sheet) => ['Updated', sheet.name]));
    expect(await tabNames(page)).toEqual(tabsAfter);

    // The school's own tab, and the tracker, are exactly as they were.
    expect(valuesOf(await readGrid(page))).toEqual(valuesOf(tracker));
    await openTab(page, SCHOOL_CLASS_TAB);
    expect(valuesOf(await readGrid(page))).toEqual(schoolTab);
    await expect
      .poll(() => page.locator('#pv-rules').textContent())
      .toBe(`Conditional formats on '${SCHOOL_CLASS_TAB}': 0 (0 from Tracklight, 0 the school's own)`);
  });

  it('refuses to make class sheets from a class sheet, and says which tracker to use', async () => {
    const page = await open('?reports');
    await openTab(page, WIDE_SHEET);
    const made = await makeClassSheets(page);
    const classSheet = made.sheets[0]!.name;
    await openTab(page, classSheet);
    const tabs = await tabNames(page);
    await page.getByRole('button', { name: 'Make class sheets' }).click();
    const lines = await waitForLine(page, /is a class sheet/, CLASS_SHEETS);
    expect(lines).toContain(
      `Not done: '${classSheet}' is a class sheet Tracklight made from '${WIDE_SHEET}'. ` +
        `Open '${WIDE_SHEET}' and make the class sheets from there. Nothing was changed.`,
    );
    expect(await tabNames(page)).toEqual(tabs);
  });

  it('names the report tab in full where the host allows it (the Sheets look: 100 characters)', async () => {
    const page = await open('?reports&kind=sheets');
    await openTab(page, WIDE_SHEET);
    const tabs = await tabNames(page);
    await page.getByRole('button', { name: 'Build report' }).click();
    await waitForLine(page, /Added the report sheet/, REPORTS);
    const added = (await tabNames(page)).filter((name) => !tabs.includes(name));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(new RegExp(`^Tracklight report - ${WIDE_SHEET} - \\d{4}-\\d{2}-\\d{2}$`));
    // Building without a preview first shows the preview too.
    expect(await page.locator('.tl-headline-line').first().textContent()).toBe(`${WIDE_PUPILS} pupils`);
  });
});
