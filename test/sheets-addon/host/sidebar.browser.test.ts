/**
 * The built Sidebar.html in real Chromium, end to end: its google.script.run calls go to the
 * built Code.js running in node:vm on the Sheets fake, exactly as Apps Script would run them.
 * The panel mounts, colours, colours every sheet, removes and inserts the sample tracker, and the
 * fake's rule lists and values show the result. The page itself is answered by the test; no
 * other request may leave it at all.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../../browser/support/chromium';
import { screenshotPath } from '../../browser/support/screenshots';
import type { SheetTop } from '../../../core/panel/host';
import type { FakeRuleMaker } from '../../fakes/sheetsFake';
import { readBuilt } from '../sheetsBundle';
import { planFor } from './apiCounts';
import { loadHost } from './hostBundle';
import { wideTracker } from './trackers';

/** Where the page is served from inside the browser: answered by the test, never by a network. */
const SIDEBAR_URL = 'http://sidebar.invalid/Sidebar.html';

/** google.script.run in the page, forwarding each call to the test through one exposed function. */
const SCRIPT_RUN_BRIDGE = `
  (() => {
    const runner = (success, failure) => new Proxy({}, {
      get(_, name) {
        if (name === 'withSuccessHandler') return (handler) => runner(handler, failure);
        if (name === 'withFailureHandler') return (handler) => runner(success, handler);
        return (...args) => {
          window.__appsScript(String(name), JSON.stringify(args)).then((reply) => {
            const answer = JSON.parse(reply);
            if (answer.ok) success && success(answer.value);
            else failure && failure(new Error(answer.message));
          });
        };
      },
    });
    window.google = { script: { run: runner(), host: { close() {} } } };
  })();
`;

const schoolRules = ({ newRule, range }: FakeRuleMaker) => [
  newRule()
    .whenTextContains('Absent')
    .setBackground('#d9d9d9')
    .setRanges([range('F4:T200')])
    .build(),
  newRule()
    .setGradientMinpoint('#ffffff')
    .setGradientMaxpoint('#57bb8a')
    .setRanges([range('E4:E200')])
    .build(),
];

describe.skipIf(!hasChromium)('the Sheets sidebar in Chromium, driving the built Code.js on the fake', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** `beforeCall` runs just before a server function does: a way to change the sheet between the panel's read and its write. */
  async function openSidebar(host: ReturnType<typeof loadHost>, beforeCall: (name: string) => void = () => undefined) {
    const page: Page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    const requests: string[] = [];
    const errors: string[] = [];
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === SIDEBAR_URL) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: readBuilt('Sidebar.html') });
      requests.push(url);
      return route.abort();
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.exposeFunction('__appsScript', (name: string, args: string) => {
      try {
        beforeCall(name);
        return JSON.stringify({ ok: true, value: host.run(name, ...JSON.parse(args)) });
      } catch (error) {
        return JSON.stringify({ ok: false, message: error instanceof Error ? error.message : String(error) });
      }
    });
    await page.addInitScript(SCRIPT_RUN_BRIDGE);
    await page.goto(SIDEBAR_URL, { waitUntil: 'load' });
    await page.getByRole('heading', { name: 'Traffic lights' }).waitFor();
    return { page, requests, errors };
  }

  const statusLine = (page: Page, text: string | RegExp) => page.locator('.tl-line', { hasText: text }).first().waitFor();

  it('colours this sheet, every sheet like it, removes, and inserts the sample tracker', async () => {
    const host = loadHost([
      { name: 'Year 10', values: wideTracker(60, 10) },
      { name: 'Notes', values: [['Parents evening: 12 March']] },
      { name: 'Year 11', values: wideTracker(50, 11) },
    ]);
    host.fake.seedRules('Year 10', schoolRules);
    const [rulesBefore, valuesBefore] = [host.fake.rules('Year 10'), host.fake.values('Year 10')];
    const { page, requests, errors } = await openSidebar(host);

    await page.getByRole('button', { name: 'Colour this sheet' }).click();
    await statusLine(page, 'Year 10: coloured');
    const year10 = planFor(host.run<SheetTop>('activeSheet'));
    const tracklight = host.fake.rules('Year 10').slice(rulesBefore.length);
    expect(host.fake.rules('Year 10').slice(0, rulesBefore.length)).toEqual(rulesBefore);
    expect(tracklight.map((rule) => (rule.kind === 'boolean' ? rule.values[0] : null))).toEqual(
      year10.blocks.flatMap((b) => b.rules.map((r) => r.formula)),
    );
    await page.screenshot({ path: screenshotPath('sheets-sidebar.png'), fullPage: true });

    await page.getByRole('button', { name: 'Colour every sheet with this layout' }).click();
    await statusLine(page, /Coloured 2 of 3 sheets/);
    expect(host.fake.rules('Year 11')).toHaveLength(16);
    expect(host.fake.rules('Notes')).toEqual([]);
    expect(host.fake.rules('Year 10')).toHaveLength(rulesBefore.length + 16); // recoloured, not doubled

    await page.getByRole('button', { name: 'Remove Tracklight colours' }).click();
    await statusLine(page, /removed 16 Tracklight rules/);
    expect(host.fake.rules('Year 10')).toEqual(rulesBefore);
    expect(host.fake.values('Year 10')).toEqual(valuesBefore);

    await page.getByRole('button', { name: 'Insert a sample tracker' }).click();
    await statusLine(page, /Added the sheet 'Sample tracker'/);
    const added = host.fake.sheetNames().filter((name) => !['Year 10', 'Notes', 'Year 11'].includes(name));
    expect(added).toEqual(['Sample tracker']);
    expect(host.fake.activeSheetName()).toBe('Sample tracker');
    expect(host.fake.values(added[0]!).length).toBeGreaterThan(100);
    expect(host.fake.formulas(added[0]!)).toEqual([]);

    // The layouts the panel remembered went through saveSettings into document properties.
    expect(host.run<{ version: number; layouts: Record<string, unknown> }>('loadSettings')).toMatchObject({
      version: 1,
      layouts: { 'Year 10': expect.any(Object) },
    });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it('says a protected sheet is protected, and changes nothing', async () => {
    const host = loadHost([{ name: 'Year 10', values: wideTracker(30), protection: 'locked' }]);
    const { page, requests } = await openSidebar(host);
    await page.getByRole('button', { name: 'Colour this sheet' }).click();
    await statusLine(page, /'Year 10' is protected/);
    expect(host.fake.rules('Year 10')).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });

  it("shows the server's own message when Sheets refuses the write, and changes nothing", async () => {
    const host = loadHost([{ name: 'Year 10', values: wideTracker(30) }]);
    host.fake.seedRules('Year 10', schoolRules);
    const rulesBefore = host.fake.rules('Year 10');
    // Protected by someone else between the panel's last read of the sheet and its write.
    const { page } = await openSidebar(host, (name) => {
      if (name === 'applyColouring') host.fake.setProtection('Year 10', 'locked');
    });

    await page.getByRole('button', { name: 'Colour this sheet' }).click();
    await statusLine(
      page,
      /Year 10: could not be coloured: Google Sheets would not change the colours on 'Year 10' \(You are trying to edit a protected cell/,
    );
    expect(host.fake.rules('Year 10')).toEqual(rulesBefore);
    await page.close();
  });
});
