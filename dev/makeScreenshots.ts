/**
 * npm run screenshots: the README's pictures, taken from the dev preview in Debian's Chromium
 * and written to dev/screenshots/. Reports are dated FIXED_DAY (the preview's ?date=), never the
 * real clock, so running it again on another day gives the same pictures. npm test writes none.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SAMPLE_HEADER_ROW_INDEX, TRACKER_HEADERS } from '../core/sample';
import { WIDE_SHEET, YEAR_TABS } from './preview/fixtures';
import { LEADERS_SHEET } from './preview/leadersTracker';
import { startPreview } from './preview/server';

const FIXED_DAY = '2026-03-20';
const CLASSES_TITLE = 'Classes at each collection, latest first, ranked by mean residual (lowest first)';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'screenshots');
const WAIT = { timeout: 30_000 };
/** Script errors in any page: a picture of a broken page must not be saved as if it were right. */
const pageErrors: string[] = [];

async function open(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(url);
  await page.locator('.tl-layout .tl-summary').filter({ hasText: 'Headings in row' }).waitFor(WAIT);
  return page;
}

const gridReady = (page: Page, sheet: string) => page.waitForSelector(`#pv-grid[data-state=ready][data-sheet="${sheet}"]`, WAIT);

/** Opens the tab `sheet` and waits until the panel shows its layout. */
async function openSheet(page: Page, sheet: string) {
  await page.getByRole('button', { name: sheet, exact: true }).click();
  await gridReady(page, sheet);
  await page
    .locator('.tl-layout h2')
    .filter({ hasText: `Layout of ${sheet}` })
    .waitFor(WAIT);
}

const statusLine = (page: Page, section: string, text: RegExp) =>
  page.locator(`${section} .tl-status-lines li`).filter({ hasText: text }).first().waitFor(WAIT);

/** Saves the box of `selector`, as tall as `height` says, as dev/screenshots/`name`. */
async function save(page: Page, name: string, selector: string, height: (box: { y: number; height: number }) => number) {
  if (pageErrors.length > 0) throw new Error(`The preview failed, so nothing more is saved: ${pageErrors.join('; ')}`);
  const box = (await page.locator(selector).boundingBox())!;
  // The pointer left on the button just clicked, or a transition caught halfway, would make each run's picture differ.
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(OUT, name), clip: { ...box, height: height(box) }, animations: 'disabled' });
  console.log(`Wrote ${path.relative(process.cwd(), path.join(OUT, name))}`);
}

/** The Y7 tracker coloured, and the panel beside it: the same steps as test/browser/panel.test.ts. */
async function panelAndTracker(browser: Browser, url: string) {
  const page = await open(browser, `${url}?checks&date=${FIXED_DAY}`, { width: 1700, height: 1500 });
  await page.getByRole('button', { name: 'Colour this sheet' }).click();
  await statusLine(page, '.tl-actions', /Y7: coloured/);
  await page.locator('#pv-rules').filter({ hasText: "'Y7': 5 (4 from Tracklight" }).waitFor(WAIT);
  await page.waitForSelector('#pv-grid[data-state=ready][data-sheet="Y7"] td[style]', WAIT);
  await save(page, 'coloured-tracker.png', '.pv-grid-root', (grid) => Math.min(grid.height, 720));
  // Down to the end of the Colours section (palette, tolerance, grade scale), which follows the colour buttons.
  await save(page, 'panel.png', '#panel-root', await endOf(page, '.tl-settings'));
}

/** A height for `save` that ends 8 pixels below `selector`'s box. */
async function endOf(page: Page, selector: string) {
  const end = (await page.locator(selector).boundingBox())!;
  return (panel: { y: number }) => end.y + end.height - panel.y + 8;
}

/** The panel on the wide Year 11 tracker, coloured: one line per subject, as in test/browser/widePanel.test.ts. */
async function widePanel(browser: Browser, url: string) {
  const page = await open(browser, `${url}?reports&date=${FIXED_DAY}`, { width: 1700, height: 1500 });
  await openSheet(page, WIDE_SHEET);
  await page.locator('.tl-layout .tl-subject-summary').first().waitFor(WAIT);
  await page.getByRole('button', { name: 'Colour this sheet' }).click();
  await statusLine(page, '.tl-actions', new RegExp(`${WIDE_SHEET}: coloured`));
  await page.waitForSelector(`#pv-grid[data-state=ready][data-sheet="${WIDE_SHEET}"] td[style]`, WAIT);
  await save(page, 'wide-panel.png', '#panel-root', await endOf(page, '.tl-actions'));
}

/** The report sheet built from the wide Year 11 tracker: as in test/browser/reports.test.ts. */
async function report(browser: Browser, url: string) {
  const page = await open(browser, `${url}?reports&date=${FIXED_DAY}`, { width: 1700, height: 1200 });
  await openSheet(page, WIDE_SHEET);
  await page.getByRole('button', { name: 'Build report' }).click();
  await statusLine(page, '.tl-reports .tl-report-actions', /Added the report sheet/);
  const tab = (await page.locator('.pv-tab').allTextContents()).at(-1)!;
  if (!tab.endsWith(` ${FIXED_DAY}`)) throw new Error(`The report tab '${tab}' is not dated ${FIXED_DAY}: the fixed day was not used.`);
  await gridReady(page, tab);
  await page.locator('#pv-charts svg[role=img]').first().waitFor(WAIT);
  await save(page, 'report.png', '.pv-grid-root', (grid) => Math.min(grid.height, 760));
}

/** The classes and teachers tables of a report on the leaders' tracker: as in test/browser/leadersQuestions.test.ts. */
async function classTable(browser: Browser, url: string) {
  const page = await open(browser, `${url}?leaders&date=${FIXED_DAY}`, { width: 1700, height: 1200 });
  await openSheet(page, LEADERS_SHEET);
  await page.getByRole('button', { name: 'Build report', exact: true }).click();
  await statusLine(page, '.tl-reports .tl-report-actions', /Added the report sheet/);
  const tab = (await page.locator('.pv-tab').allTextContents()).at(-1)!;
  await gridReady(page, tab);
  // The classes table's title row at the top of the grid.
  await page
    .locator('#pv-grid tbody tr')
    .filter({ hasText: CLASSES_TITLE })
    .first()
    .evaluate((row) => row.scrollIntoView({ block: 'start' }));
  await save(page, 'class-table.png', '.pv-grid-root', (grid) => Math.min(grid.height, 640));
}

/** Y7's RP3 grades cleared in these 0-based rows, as a teacher yet to enter them: pupils in more than one class. */
const NOT_ENTERED = [1, 2, 31, 70].map((offset) => SAMPLE_HEADER_ROW_INDEX + offset);

/** "Who still has to enter" on Y7 with some RP3 grades cleared: as in test/browser/completion.test.ts. */
async function completionView(browser: Browser, url: string) {
  const sheet = YEAR_TABS[0]!.name;
  const page = await open(browser, `${url}?date=${FIXED_DAY}`, { width: 1700, height: 2400 });
  await gridReady(page, sheet);
  const rp3 = TRACKER_HEADERS.indexOf('RP3');
  for (const row of NOT_ENTERED) {
    await page.locator(`#pv-grid td[data-row="${row}"][data-col="${rp3}"]`).click();
    await page.locator('#pv-cell-input').fill('');
    await page.locator('#pv-cell-input').press('Enter');
    await page.locator(`#pv-grid[data-state=ready] td[data-row="${row}"][data-col="${rp3}"][data-type=blank]`).waitFor(WAIT);
  }
  await page.locator('.tl-completion').getByRole('button', { name: 'Show who still has to enter' }).click();
  await statusLine(page, '.tl-completion', new RegExp(`^Done: .* on '${sheet}': `));
  // The panel scrolls on its own: the section is brought to its top, so all of it is in view.
  await page.locator('.tl-completion').evaluate((section) => section.scrollIntoView({ block: 'start' }));
  await save(page, 'completion-view.png', '.tl-completion', (section) => section.height);
}

/** The pupil report sheet made from the all-subjects Y11 tracker, with its first pupil chosen in B3. */
async function pupilReport(browser: Browser, url: string) {
  const page = await open(browser, `${url}?reports&date=${FIXED_DAY}`, { width: 1700, height: 1200 });
  await openSheet(page, WIDE_SHEET);
  const upn = (await page.locator(`#pv-grid td[data-row="${SAMPLE_HEADER_ROW_INDEX + 1}"][data-col="0"]`).textContent()) ?? '';
  await page.locator('.tl-pupil-sheet').getByRole('button', { name: 'Make pupil report sheet' }).click();
  await statusLine(page, '.tl-pupil-sheet', /^Done: Added 'Pupil report/);
  await gridReady(page, `Pupil report ${WIDE_SHEET}`.slice(0, 31));
  await page.locator('#pv-grid td[data-row="2"][data-col="1"]').click();
  await page.locator('#pv-cell-input').fill(upn);
  await page.locator('#pv-cell-input').press('Enter');
  await page.locator('#pv-grid[data-state=ready] td[data-row="1"][data-col="0"][data-type=blank]').waitFor(WAIT);
  await page.locator('#pv-grid td[data-row="0"][data-col="0"]').click();
  await save(page, 'pupil-report.png', '.pv-grid-root', (grid) => Math.min(grid.height, 700));
}

const server = await startPreview();
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  await panelAndTracker(browser, server.url);
  await widePanel(browser, server.url);
  await report(browser, server.url);
  await classTable(browser, server.url);
  await completionView(browser, server.url);
  await pupilReport(browser, server.url);
} finally {
  await browser.close();
  await server.close();
}
