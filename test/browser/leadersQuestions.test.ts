/**
 * Issue 12's sections in real Chromium over the preview's Year 11 maths tracker with classes, teachers,
 * ethnicity, attendance, effort and results (?leaders). A combined group is chosen in the panel's report
 * settings; the preview's headline lines are the core's own for the grid's values and those settings;
 * the built report tab shows the classes, distributions, prediction accuracy and combined group tables
 * with a chart per distribution, each figure as the core worked it out. The class table's screenshot
 * goes to a temporary folder; the README's is made by `npm run screenshots`.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../core/layout';
import { buildReport, reportHeadline, type Report } from '../../core/report';
import { LEADERS_SHEET } from '../../dev/preview/leadersTracker';
import { hasChromium } from './support/chromium';
import { cellValue, readGrid, valuesOf, waitForGrid, waitForLine } from './support/grid';
import { usePreviewInChromium } from './support/previewInChromium';
import { screenshotPath } from './support/screenshots';

const COMBINED = ['disadvantaged', 'boys', 'ethnicity:WBRI'];
const CLASSES_TITLE = 'Classes at each collection, latest first, ranked by mean residual (lowest first)';

async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name, exact: true }).click();
  await waitForGrid(page, name);
  await expect.poll(() => page.locator('.tl-layout h2').textContent()).toBe(`Layout of ${name}`);
}

/** The report the panel should make: the core's, on the values the grid shows, with the settings chosen. */
async function expectedReport(page: Page): Promise<{ report: Report; values: unknown[][] }> {
  const grid = await readGrid(page);
  const rows = grid.cells.map((line) => line.map(cellValue));
  const settings = { tolerance: 0, combinedGroups: [{ conditions: COMBINED }] };
  return { report: buildReport({ layout: detectLayout(rows.slice(0, 15)), rows, settings }), values: valuesOf(grid) };
}

/** The active tab's cells as text, as a person reads them. */
async function shownText(page: Page): Promise<string[][]> {
  const grid = await readGrid(page);
  return grid.cells.map((line) => line.map((cell) => cell.text));
}

describe.skipIf(!hasChromium)("leaders' questions in the preview (Chromium)", () => {
  const preview = usePreviewInChromium();

  it('chooses a combined group, previews the new sentences, builds the classes, distributions, accuracy and group tables', async () => {
    const page = await preview.open('?leaders', { viewport: { width: 1700, height: 1200 } });
    await openTab(page, LEADERS_SHEET);

    // Report settings: one combined group, disadvantaged White British boys.
    await page.locator('.tl-report-settings > summary').click();
    const settings = page.locator('.tl-report-settings');
    await settings.getByRole('button', { name: 'Add a combined group' }).click();
    const selects = settings.locator('.tl-combined-group select');
    for (const [at, condition] of COMBINED.entries()) await selects.nth(at).selectOption(condition);
    const problems = await settings.locator('.tl-field-error').allTextContents();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.filter((problem) => problem !== '')).toEqual([]);

    const { report, values } = await expectedReport(page);
    expect(report.classes?.classes.length).toBeGreaterThan(0);
    expect(report.accuracy?.sentences.length).toBeGreaterThan(0);
    expect(report.combinedGroups?.groups[0]!.name).toBe('Disadvantaged White British boys');
    expect(report.leftOut).toEqual([]);

    await page.getByRole('button', { name: 'Preview report', exact: true }).click();
    const group = page.getByRole('group', { name: `Headline numbers for '${LEADERS_SHEET}'` });
    await group.waitFor();
    const lines = await group.locator('.tl-headline-line').allTextContents();
    expect(lines).toEqual(reportHeadline(report).lines);
    // Each new section speaks in the preview: the lowest class, the distribution, the predictions, the group.
    expect(lines).toContain(report.classes!.sentence!);
    expect(lines.some((line) => /^RP3|^Grades at /.test(line))).toBe(true);
    expect(lines).toContain(report.accuracy!.sentences[0]!);
    expect(lines).toContain(report.combinedGroups!.groups[0]!.sentence!);

    await page.getByRole('button', { name: 'Build report', exact: true }).click();
    const done = await waitForLine(page, /Added the report sheet/, '.tl-reports .tl-report-actions');
    const tab = /Added the report sheet '(.+?)'/.exec(done.join('\n'))![1]!;
    await waitForGrid(page, tab);
    const cells = await shownText(page);
    const titleRow = (title: string) => cells.findIndex((line) => line[0] === title);

    // Classes: the latest collection's rows in the core's order, the figures as the core worked them out.
    const classes = titleRow(CLASSES_TITLE);
    expect(classes).toBeGreaterThan(0);
    const header = cells[classes + 1]!;
    const at = (label: string) => header.indexOf(label);
    const latest = report.classes!.classes.filter((row) => row.collection === report.classes!.classes[0]!.collection);
    latest.forEach((row, i) => {
      const line = cells[classes + 2 + i]!;
      expect(line[at('Class')]).toBe(row.className);
      expect(line[at('Teacher')]).toBe(row.teacher);
      expect(line[at('Collection')]).toBe(row.collection);
      expect(line.some((text) => text === row.meanResidual!.toFixed(2))).toBe(true);
    });
    await page.locator('.pv-grid-root').evaluate((root, row) => {
      (root as HTMLElement).querySelectorAll('tbody tr')[row]?.scrollIntoView({ block: 'start' });
    }, classes);
    await page.screenshot({ path: screenshotPath('classes.png') });

    // Distributions: one table per graded collection, each with its chart; the on-target chart first.
    const distributionTitles = report.distributions!.collections.map((each) => `Grade distribution at ${each.collection}`);
    for (const title of distributionTitles) expect(titleRow(title)).toBeGreaterThan(classes);
    const charts = page.locator('#pv-charts svg[role=img]');
    expect(await charts.count()).toBe(1 + distributionTitles.length);
    expect(await charts.locator(':scope > title').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Share of grades on or above target/), ...distributionTitles]),
    );

    // Prediction accuracy and the combined group, with the sentences the preview showed.
    expect(titleRow('Prediction accuracy: earlier grades against the result or mock (positive difference = optimistic)')).toBeGreaterThan(
      0,
    );
    expect(cells.flat()).toContain(report.accuracy!.sentences[0]!);
    expect(cells.some((line) => line[0]?.startsWith('Combined groups against everyone else'))).toBe(true);
    expect(cells.flat()).toContain(report.combinedGroups!.groups[0]!.sentence!);

    // The tracker is exactly as it was.
    await openTab(page, LEADERS_SHEET);
    expect(valuesOf(await readGrid(page))).toEqual(values);
  });

  it('keeps a cut-off that is not a number in its box with the reason, and uses one that is in the next report', async () => {
    const page = await preview.open('?leaders');
    await openTab(page, LEADERS_SHEET);
    await page.locator('.tl-report-settings > summary').click();
    const persistent = page.getByLabel('Persistent absence: attendance at or below (%)');
    await persistent.fill('ninety');
    await persistent.press('Tab');
    const field = page.locator('.tl-report-settings .tl-field').filter({ has: persistent });
    expect(await field.locator('.tl-field-error').textContent()).toBe('Type each cut-off as a percentage, e.g. 90 and 50.');
    expect(await persistent.getAttribute('aria-invalid')).toBe('true');
    expect(await persistent.inputValue()).toBe('ninety');

    await persistent.fill('95');
    await persistent.press('Tab');
    expect(await field.locator('.tl-field-error').textContent()).toBe('');
    await page.getByRole('button', { name: 'Preview report', exact: true }).click();
    const warnings = page.getByRole('group', { name: `Headline numbers for '${LEADERS_SHEET}'` }).locator('.tl-report-warning');
    await expect.poll(() => warnings.allTextContents()).toContainEqual(expect.stringMatching(/attendance at or below 95%/));
  });
});
