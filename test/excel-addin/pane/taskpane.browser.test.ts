/**
 * The built Excel task pane in real Chromium, end to end: the page served as Excel would load it,
 * office.js replaced by a stub, and the recording Excel JS fake (test/fakes/, bundled for the
 * browser) installed as `Excel` and `Office` before any script of the page runs. The shared panel
 * mounts with the Excel host, colours a wide tracker and removes the colours again; the fake's
 * conditional formats, values and syncs show what Excel would have been asked to do. When Excel
 * cannot be read, the panel says so and the functions list stays. The sample tracker and the
 * report load only when first asked for, and work from there. No request may leave localhost.
 */
import path from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFINITIONS } from '../../../core/index';
import { SETTINGS_KEY } from '../../../excel-addin/host';
import { hasChromium, launchChromium } from '../../browser/support/chromium';
import { screenshotPath } from '../../browser/support/screenshots';
import { excelHostOn } from '../host/support';
import { formatsOf, planFor, schoolRules, wideTracker } from '../host/trackers';
import type { FakeSheetSeed } from '../../fakes/excelFake';
import type { PaneFakes, PaneSeed } from './pageFakes';
import { routePaneRequests, servePane, type PaneServer } from '../paneInBrowser';
import { shippedScripts, startupScripts } from '../excelBundle';

const MAX_SYNCS_PER_SHEET = 3;
/** Detection reads the top 15 rows; no read may reach the pupils below. */
const ROWS_READ = 15;

const PUPILS = 60;
/** The school's own rule, which every Tracklight action must leave exactly as it was. */
const SCHOOL_RULE = schoolRules(PUPILS)[0]!;
const WORKBOOK: FakeSheetSeed[] = [
  { name: 'Year 10', values: wideTracker(PUPILS), conditionalFormats: [SCHOOL_RULE] },
  { name: 'Notes', values: [['Parents evening: 12 March']] },
];

type PaneWindow = { paneFakes: PaneFakes; associatedIds: string[] };

if (!hasChromium)
  console.warn('\n*** SKIPPING the Excel task pane end-to-end test: no Chromium at /usr/bin/chromium (apt-get install chromium). ***\n');

describe.skipIf(!hasChromium)('the Excel task pane in Chromium, on the recording Excel fake', () => {
  let browser: Browser;
  let server: PaneServer;
  /** The fakes as one browser script: installPaneFakes(seed) sets window.Excel and window.Office. */
  let fakesScript: string;

  beforeAll(async () => {
    const bundled = await build({
      entryPoints: [path.join(import.meta.dirname, 'pageFakes.ts')],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: ['es2020'],
      logLevel: 'warning',
    });
    fakesScript = bundled.outputFiles[0]!.text;
    server = await servePane();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPane(seed: PaneSeed) {
    const page: Page = await browser.newPage({ viewport: { width: 360, height: 900 } });
    const leftLocalhost: string[] = [];
    const pageErrors: string[] = [];
    await routePaneRequests(page, server, leftLocalhost);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.addInitScript({ content: `${fakesScript}\ninstallPaneFakes(${JSON.stringify(seed)});` });
    await page.goto(`${server.url}/taskpane.html`);
    return { page, leftLocalhost, pageErrors };
  }

  // Each reads the fakes in the page; page.evaluate sends only the function's text, so each names window itself.
  const formatsOn = (page: Page, sheet: string) =>
    page.evaluate((name) => (window as unknown as PaneWindow).paneFakes.workbook.sheetNamed(name).conditionalFormats, sheet);
  const valuesOn = (page: Page, sheet: string) =>
    page.evaluate((name) => (window as unknown as PaneWindow).paneFakes.workbook.sheetNamed(name).values(), sheet);
  const runsOf = (page: Page) => page.evaluate(() => (window as unknown as PaneWindow).paneFakes.runs);
  const statusLine = (page: Page, text: string | RegExp) => page.locator('.tl-line', { hasText: text }).first().waitFor();

  /** The functions section is there and complete: issue 3's list, below the panel. */
  async function expectFunctionsListed(page: Page) {
    const section = page.locator('#functions');
    await expect.poll(() => section.locator('dt').count(), { timeout: 10_000 }).toBe(DEFINITIONS.length);
    expect(await section.locator('dt').allTextContents()).toEqual(
      DEFINITIONS.map((d) => `=PUPIL.${d.name}(${d.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`),
    );
    expect(await section.locator('summary').isVisible()).toBe(true);
    // Below the panel, not inside it: the panel re-renders #app and must never take the list with it.
    expect(await page.locator('#app #functions').count()).toBe(0);
  }

  it('colours the active sheet with the plan before the school rule, then removes only its own rules', async () => {
    // What the panel should plan, worked out here from the same workbook read by the same host in Node.
    const plan = planFor(await excelHostOn(WORKBOOK).host.activeSheet());
    const { page, leftLocalhost, pageErrors } = await openPane({ sheets: WORKBOOK, active: 'Year 10' });
    await page.getByRole('heading', { name: 'Traffic lights' }).waitFor();
    const valuesBefore = await valuesOn(page, 'Year 10');
    const notesBefore = await valuesOn(page, 'Notes');

    const runsBefore = (await runsOf(page)).length;
    await page.getByRole('button', { name: 'Colour this sheet' }).click();
    await statusLine(page, /Year 10: coloured/);
    const colourRuns = (await runsOf(page)).slice(runsBefore);
    const colouring = colourRuns.filter((run) => run.changedFormats);
    expect(colouring).toHaveLength(1);
    expect(colouring[0]!.syncs).toBeLessThanOrEqual(MAX_SYNCS_PER_SHEET);
    expect(colourRuns.every((run) => run.syncs <= MAX_SYNCS_PER_SHEET)).toBe(true);
    // Excel shows the first format first: Tracklight's, in the plan's order, then the school's, untouched.
    expect(await formatsOn(page, 'Year 10')).toEqual([...formatsOf(plan), SCHOOL_RULE]);
    expect(plan.blocks.length).toBeGreaterThan(1);
    expect(await formatsOn(page, 'Notes')).toEqual([]);
    expect(await valuesOn(page, 'Year 10')).toEqual(valuesBefore);
    // Detection read only the top of the sheet; the one read of the pupils' rows is colouring's count of cells that are not grades.
    const reads = await page.evaluate(() => (window as unknown as PaneWindow).paneFakes.workbook.valueReads);
    const belowTop = reads.filter((read) => Number(/(\d+)$/.exec(read.address)![1]) > ROWS_READ);
    expect(reads.length).toBeGreaterThan(belowTop.length);
    expect(belowTop.map((read) => read.sheet)).toEqual(['Year 10']);
    await page.screenshot({ path: screenshotPath('excel-pane.png'), fullPage: true });

    const runsBeforeRemove = (await runsOf(page)).length;
    await page.getByRole('button', { name: 'Remove Tracklight colours' }).click();
    await statusLine(page, new RegExp(`Year 10: removed ${formatsOf(plan).length} Tracklight rules`));
    const removeRuns = (await runsOf(page)).slice(runsBeforeRemove);
    expect(removeRuns.filter((run) => run.changedFormats)).toHaveLength(1);
    expect(removeRuns.every((run) => run.syncs <= MAX_SYNCS_PER_SHEET)).toBe(true);
    expect(await formatsOn(page, 'Year 10')).toEqual([SCHOOL_RULE]);
    expect(await valuesOn(page, 'Year 10')).toEqual(valuesBefore);
    expect(await valuesOn(page, 'Notes')).toEqual(notesBefore);

    // The layout the panel remembered went into the workbook's own settings, through the Excel host.
    const saved = await page.evaluate(() => (window as unknown as PaneWindow).paneFakes.office.document.saved);
    expect(JSON.parse(saved[SETTINGS_KEY]!)).toMatchObject({ layouts: { 'Year 10': expect.any(Object) } });
    await expectFunctionsListed(page);
    expect(await page.evaluate(() => (window as unknown as PaneWindow).associatedIds)).toEqual(DEFINITIONS.map((d) => d.name));
    expect(pageErrors).toEqual([]);
    expect(leftLocalhost).toEqual([]);
    await page.close();
  });

  it('loads the sample tracker and the report only when first asked for, and they work', async () => {
    const { page, leftLocalhost, pageErrors } = await openPane({ sheets: WORKBOOK, active: 'Year 10' });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname.slice(1)));
    await page.getByRole('heading', { name: 'Traffic lights' }).waitFor();
    const onDemand = shippedScripts().filter((file) => !startupScripts().includes(file));
    expect(onDemand.length).toBeGreaterThan(0);
    expect(requested.filter((file) => onDemand.includes(file))).toEqual([]);

    await page.getByRole('button', { name: 'Insert a sample tracker' }).click();
    await statusLine(page, /Added the sheet 'Sample tracker' with \d+ made-up Year 11 pupils/);
    await page.getByRole('button', { name: 'Preview report', exact: true }).click();
    await statusLine(page, "The headline numbers for 'Sample tracker' are shown below.");
    await page.getByRole('button', { name: 'Build report', exact: true }).click();
    await statusLine(page, /Added the report sheet '.+'\./);
    expect(requested.filter((file) => onDemand.includes(file))).not.toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(leftLocalhost).toEqual([]);
    await page.close();
  });

  it('says so when Excel cannot be read, keeps the functions list, and recovers on Try again', async () => {
    const { page, leftLocalhost, pageErrors } = await openPane({ sheets: WORKBOOK, failing: true });
    const alert = page.locator('#app [role="alert"]');
    await expect
      .poll(() => alert.textContent(), { timeout: 10_000 })
      .toMatch(/^Tracklight could not read the sheet: .*An internal error has occurred/);
    await expectFunctionsListed(page);
    expect(await formatsOn(page, 'Year 10')).toEqual([SCHOOL_RULE]);

    await page.evaluate(() => void ((window as unknown as PaneWindow).paneFakes.failing = false));
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('heading', { name: 'Traffic lights' }).waitFor();
    await expectFunctionsListed(page);
    expect(pageErrors).toEqual([]);
    expect(leftLocalhost).toEqual([]);
    await page.close();
  });
});
