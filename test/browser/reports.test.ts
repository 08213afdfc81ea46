/**
 * The panel's reports section in real Chromium against the preview's in-memory workbook, on a wide
 * Year 11 tracker (every subject, 60 pupils in two classes). What the panel previews is compared
 * with the core's reportHeadline worked out here from the values the grid shows, and its share on
 * target also with ON_TRACK counted cell by cell; what the report tab shows is read back from the
 * grid as a person sees it (percentages as text), with the preview's SVG stand-in for the chart.
 * Class sheets are checked against the tracker's own rows for each class. The screenshot goes to a
 * temporary folder; the README's is made by `npm run screenshots` (dev/screenshots.ts).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectLayout } from '../../core/layout';
import { buildReport, reportHeadline, type Report } from '../../core/report';
import { SAMPLE_HEADER_ROW_INDEX } from '../../core/sample';
import { WIDE_PUPILS, WIDE_SHEET } from '../../dev/preview/fixtures';
import { hasChromium, launchChromium, openGuardedPage, type GuardedPage } from './support/chromium';
import { cellValue, onTrack, readGrid, valuesOf, waitForGrid, waitForLine, type Grid } from './support/grid';
import { startPreview, type PreviewServer } from '../../dev/preview/server';
import { screenshotPath } from './support/screenshots';

const REPORTS = '.tl-reports .tl-report-actions';
const percent = (share: number) => `${Math.round(share * 100)}%`;

async function tabNames(page: Page): Promise<string[]> {
  return page.locator('.pv-tab').allTextContents();
}

/** Opens a tab as a person would, and waits for its grid and for the panel to follow. */
async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await waitForGrid(page, name);
  await expect.poll(() => page.locator('.tl-layout h2').textContent()).toBe(`Layout of ${name}`);
}

interface ShownCell {
  text: string;
  type: string;
  /** The number behind a formatted cell ("63%" holds 0.63), and its format. */
  value: string | null;
  format: string | null;
}

/** The active tab's cells as shown, with the number behind each formatted one. */
async function readShown(page: Page): Promise<ShownCell[][]> {
  await waitForGrid(page);
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('#pv-grid tbody tr'), (line) =>
      Array.from(line.querySelectorAll('td'), (cell) => ({
        text: cell.textContent ?? '',
        type: cell.dataset.type ?? '',
        value: cell.dataset.value ?? null,
        format: cell.dataset.format ?? null,
      })),
    ),
  );
}

/** The tracker's values from the grid, as a host would read them; the report worked out here from them. */
function reportFrom(grid: Grid): Report {
  const rows = grid.cells.map((line) => line.map(cellValue));
  // The panel's defaults: the detected layout, and the colours' tolerance (0).
  return buildReport({ layout: detectLayout(rows.slice(0, 15)), rows, settings: { tolerance: 0 } });
}

/** Share of grades On or Above at `collection`, every subject pooled, counted with ON_TRACK cell by cell. */
function shareOnTargetByOnTrack(grid: Grid, collection: string): { share: number; compared: number } {
  const headings = grid.cells[SAMPLE_HEADER_ROW_INDEX]!.map((cell) => cell.text);
  const pairs = headings.flatMap((heading, grade) => {
    if (!heading.endsWith(` ${collection}`)) return [];
    const target = headings.indexOf(`${heading.slice(0, -collection.length - 1)} Target`);
    return target >= 0 ? [{ grade, target }] : [];
  });
  let compared = 0;
  let onOrAbove = 0;
  for (const line of grid.cells.slice(SAMPLE_HEADER_ROW_INDEX + 1)) {
    for (const { grade, target } of pairs) {
      const status = onTrack(cellValue(line[grade]), cellValue(line[target]), 0);
      if (status === null) continue;
      compared += 1;
      if (status === 'On' || status === 'Above') onOrAbove += 1;
    }
  }
  return { share: onOrAbove / compared, compared };
}

/** 0-based row whose column A is `title`. */
function rowTitled(cells: ShownCell[][], title: string): number {
  const row = cells.findIndex((line) => line[0]?.text === title);
  expect(row, `no row titled '${title}'`).toBeGreaterThanOrEqual(0);
  return row;
}

describe.skipIf(!hasChromium)('reports in the preview (Chromium)', () => {
  let server: PreviewServer;
  let browser: Browser;
  const opened: GuardedPage[] = [];
  let page: Page;
  let tracker: Grid;
  let report: Report;
  let firstReportTab = '';

  beforeAll(async () => {
    server = await startPreview();
    browser = await launchChromium();
    const guarded = await openGuardedPage(browser, `${server.url}?reports`, { width: 1700, height: 1200 });
    opened.push(guarded);
    page = guarded.page;
    await page.locator('.tl-layout .tl-summary').filter({ hasText: 'Headings in row' }).waitFor();
  });

  afterAll(async () => {
    expect(opened.flatMap((guarded) => [...guarded.outside, ...guarded.pageProblems])).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  it("previews the headline numbers before anything is written: the core's own, and ON_TRACK's count", async () => {
    await openTab(page, WIDE_SHEET);
    tracker = await readGrid(page);
    report = reportFrom(tracker);
    const tabsBefore = await tabNames(page);

    await page.getByRole('button', { name: 'Preview report' }).click();
    expect(await waitForLine(page, /headline numbers for/, REPORTS)).toContain(
      `Done: The headline numbers for '${WIDE_SHEET}' are shown below. ` +
        'Nothing has been written yet: choose Build report to add the report sheet.',
    );
    const shown = await page.locator('.tl-headline-line').allTextContents();
    const headline = reportHeadline(report);
    expect(shown).toEqual(headline.lines);

    // Not only the core agreeing with itself: the pupil count and the pooled share, counted here.
    expect(report.latest).toBe('RP3');
    const counted = shareOnTargetByOnTrack(tracker, 'RP3');
    expect(counted.compared).toBeGreaterThan(WIDE_PUPILS * 5);
    expect(shown[0]).toBe(`${WIDE_PUPILS} pupils`);
    expect(shown[1]).toBe(`${percent(counted.share)} of grades on or above target at RP3`);
    // The sample has PP pupils, so the leading gap is PP's, with its trend in words.
    expect(shown).toContain(`${headline.gap!.sentence}.`);
    expect(headline.gap!.sentence).toMatch(/^PP gap on target /);
    expect(shown.some((line) => /^Projected Attainment 8: \d+\.\d$/.test(line))).toBe(true);
    expect(await page.locator('.tl-report-preview h3').textContent()).toBe(`Headline numbers for '${WIDE_SHEET}'`);
    expect(await page.locator('.tl-report-state').textContent()).toBe('Not written yet.');
    // Nothing written: the same tabs.
    expect(await tabNames(page)).toEqual(tabsBefore);
  });

  it('builds the report on a new tab: headline block, group grid in percentages, a chart series per group', async () => {
    const tabsBefore = await tabNames(page);
    await page.getByRole('button', { name: 'Build report' }).click();
    const lines = await waitForLine(page, /Added the report sheet/, REPORTS);
    const tabsAfter = await tabNames(page);
    expect(tabsAfter.slice(0, tabsBefore.length)).toEqual(tabsBefore);
    expect(tabsAfter).toHaveLength(tabsBefore.length + 1);
    firstReportTab = tabsAfter[tabsAfter.length - 1]!;
    expect(firstReportTab).toMatch(/^(Report|Tracklight report)\b/);
    // Excel's 31 characters (the preview's default look): the tracker's name is shortened, the date kept whole.
    expect(firstReportTab.length).toBeLessThanOrEqual(31);
    expect(firstReportTab).toMatch(/ \d{4}-\d{2}-\d{2}$/);
    expect(lines).toContain(`Done: Added the report sheet '${firstReportTab}'. '${WIDE_SHEET}' and every other sheet are unchanged.`);
    expect(await page.locator('.tl-report-state').textContent()).toBe(`Written to the new sheet '${firstReportTab}'.`);

    await waitForGrid(page, firstReportTab);
    const cells = await readShown(page);
    const headline = reportHeadline(report);
    const top = rowTitled(cells, 'Headlines');
    expect(cells[top + 1]!.slice(0, 2).map((cell) => cell.text)).toEqual(['Measure', 'Value']);
    expect(cells[top + 2]!.slice(0, 2).map((cell) => cell.text)).toEqual(['Pupils', String(WIDE_PUPILS)]);
    const share = cells[top + 3]!;
    expect(share[0]!.text).toBe('Grades on or above target at RP3');
    expect(share[1]!.text).toBe(percent(shareOnTargetByOnTrack(tracker, 'RP3').share));
    expect(Number(share[1]!.value)).toBeCloseTo(headline.onTarget!, 12);

    const title = rowTitled(cells, 'Groups at each collection, all subjects together');
    const header = cells[title + 1]!.map((cell) => cell.text);
    const [collection, group, onTarget, residual] = ['Collection', 'Group', 'On or above target', 'Mean residual (grades)'].map((label) =>
      header.indexOf(label),
    );
    expect([collection, group, onTarget, residual].every((column) => column! >= 0)).toBe(true);
    const body: ShownCell[][] = [];
    for (let row = title + 2; cells[row]?.[group!]?.text; row += 1) body.push(cells[row]!);
    // Every collection, for all pupils and each group of every family the tracker has.
    const groupsPerCollection = 1 + report.byCollection[0]!.groups.families.reduce((total, family) => total + family.groups.length, 0);
    expect(body).toHaveLength(report.collections.length * groupsPerCollection);
    for (const line of body) {
      const shareCell = line[onTarget!]!;
      expect(shareCell.text).toMatch(/^\d{1,3}%$/);
      expect(shareCell.text).toBe(percent(Number(shareCell.value)));
      expect(line[residual!]!.text).toMatch(/^-?\d+\.\d\d$/);
    }
    const allAtRp3 = body.find((line) => line[collection!]!.text === 'RP3' && line[group!]!.text === 'All pupils')!;
    expect(allAtRp3[onTarget!]!.text).toBe(share[1]!.text);

    // The chart: one series per group of the headline gap (PP and not PP), each bar the share at a collection.
    const family = report.byCollection[0]!.groups.families.find((candidate) => candidate.family === report.leadingFamily)!;
    const chart = page.locator('#pv-charts svg[role=img]');
    expect(await chart.count()).toBe(1 + report.distributions!.collections.length);
    expect(await chart.first().locator(':scope > title').textContent()).toMatch(/^Share of grades on or above target by collection/);
    const series = chart.first().locator('g.pv-series');
    expect(await series.evaluateAll((groups) => groups.map((g) => (g as SVGGElement).dataset.series))).toEqual(
      family.groups.map((each) => each.label),
    );
    for (const s of family.groups.keys()) {
      const bars = await series
        .nth(s)
        .locator('rect')
        .evaluateAll((rects) =>
          rects.map((rect) => [(rect as SVGRectElement).dataset.category, Number((rect as SVGRectElement).dataset.value)]),
        );
      const expected = report.byCollection.map((at) => [
        at.collection,
        at.groups.families.find((f) => f.family === family.family)!.groups[s]!.figures.onTarget,
      ]);
      expect(bars.length).toBe(expected.length);
      bars.forEach(([category, value], i) => {
        expect(category).toBe(expected[i]![0]);
        expect(value).toBeCloseTo(expected[i]![1] as number, 12);
      });
    }
    const grid = (await page.locator('.pv-grid-root').boundingBox())!;
    await page.screenshot({ path: screenshotPath('report.png'), clip: { ...grid, height: Math.min(grid.height, 760) } });

    // The tracker is as it was.
    await openTab(page, WIDE_SHEET);
    expect(valuesOf(await readGrid(page))).toEqual(valuesOf(tracker));
  });

  it('never replaces a tab: building again gives another new tab, and the first report stays as it was', async () => {
    await openTab(page, firstReportTab);
    const firstBefore = await readShown(page);
    await openTab(page, WIDE_SHEET);
    const tabsBefore = await tabNames(page);
    await page.getByRole('button', { name: 'Build report' }).click();
    await waitForLine(page, /Added the report sheet/, REPORTS);
    const tabsAfter = await tabNames(page);
    expect(tabsAfter).toHaveLength(tabsBefore.length + 1);
    const second = tabsAfter[tabsAfter.length - 1]!;
    expect(tabsBefore.map((name) => name.toLowerCase())).not.toContain(second.toLowerCase());
    expect(second).toMatch(/^(Report|Tracklight report)\b/);
    await openTab(page, firstReportTab);
    expect(await readShown(page)).toEqual(firstBefore);
  });
});
