/**
 * Debian's Chromium, driven by playwright-core: never a downloaded browser. Every request the
 * page makes is routed here, and anything not bound for this machine is refused and recorded,
 * so a test fails if the panel or the preview ever reaches the network.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);

if (!hasChromium) {
  console.warn(`\n!!! BROWSER TESTS SKIPPED: no Chromium at ${CHROMIUM_PATH}. Install it (apt-get install chromium) to run them. !!!\n`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

export interface GuardedPage {
  page: Page;
  /** Requests that tried to leave this machine (refused). */
  outside: string[];
  /** Script errors and alert() calls: none may happen. */
  pageProblems: string[];
}

export async function openGuardedPage(browser: Browser, url: string, viewport = { width: 1400, height: 900 }): Promise<GuardedPage> {
  const context = await browser.newContext({ viewport });
  const outside: string[] = [];
  const pageProblems: string[] = [];
  await context.route('**/*', (route) => {
    const target = new URL(route.request().url());
    if ((target.protocol === 'http:' || target.protocol === 'https:') && LOCAL_HOSTS.has(target.hostname)) return route.continue();
    outside.push(target.href);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageProblems.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    pageProblems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url);
  return { page, outside, pageProblems };
}
