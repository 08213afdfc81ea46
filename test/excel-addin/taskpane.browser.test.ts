/**
 * The built shared-runtime page in real Chromium, served by the dev server, with office.js
 * replaced by a stub (no Office here): the functions register in a browser engine, and the pane's
 * functions section, below the shared panel, says they are ready and lists every one. The stub
 * gives no Excel at all, so the panel (proved on the Excel fake in test/excel-addin/pane/) can only say
 * it cannot read the sheet: it must say so without an unhandled error. No request leaves localhost.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium } from '../browser/support/chromium';
import { screenshotPath } from '../browser/support/screenshots';
import { DEFINITIONS } from '../../core/index';
import { readDist, shippedScripts } from './excelBundle';
import { routePaneRequests, servePane, type PaneServer } from './paneInBrowser';

describe.skipIf(!hasChromium)('the Excel task pane in Chromium', () => {
  let browser: Browser;
  let server: PaneServer;
  const leftLocalhost: string[] = [];

  beforeAll(async () => {
    server = await servePane();
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('registers the functions, says they are ready and lists every one with its help, below the panel', async () => {
    const page = await browser.newPage();
    await routePaneRequests(page, server, leftLocalhost);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${server.url}/taskpane.html`);
    const functions = page.locator('#functions');
    await expect
      .poll(() => functions.locator('[role="status"]').textContent(), { timeout: 10_000 })
      .toBe('Tracklight functions are ready.');

    expect(await page.evaluate(() => (window as unknown as { associatedIds: string[] }).associatedIds)).toEqual(
      DEFINITIONS.map((definition) => definition.name),
    );
    const signatures = DEFINITIONS.map((definition) => {
      const params = definition.params.map((param) => (param.optional ? `[${param.name}]` : param.name));
      return `=PUPIL.${definition.name}(${params.join(', ')})`;
    });
    expect(await functions.locator('dt').allTextContents()).toEqual(signatures);
    expect(await functions.locator('dd').allTextContents()).toEqual(DEFINITIONS.map((definition) => definition.description));
    // A section of its own, after the panel's mount point and outside it, open on request.
    expect(
      await page.evaluate(
        () =>
          document.querySelector('#app')!.compareDocumentPosition(document.querySelector('#functions')!) &
          Node.DOCUMENT_POSITION_FOLLOWING,
      ),
    ).toBeTruthy();
    expect(await page.locator('#app #functions').count()).toBe(0);
    await functions.locator('summary').click();
    expect(await functions.locator('dt').first().isVisible()).toBe(true);
    // No Excel behind this stub: the panel says what went wrong, in words, and nothing throws.
    await expect
      .poll(() => page.locator('#app [role="alert"]').textContent(), { timeout: 10_000 })
      .toMatch(/^Tracklight could not read the sheet: /);
    expect(await page.locator('#app').count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
    expect(pageErrors).toEqual([]);
    expect(leftLocalhost).toEqual([]);
    await page.screenshot({ path: screenshotPath('excel-taskpane.png'), fullPage: true });
  });

  it.each(shippedScripts())('never writes text into the page as HTML (%s)', (file) => {
    expect(readDist(file)).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });
});
