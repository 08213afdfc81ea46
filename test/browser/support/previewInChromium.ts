/**
 * The preview served locally and Chromium launched once for a describe block. Every page opened is
 * guarded: after the block, none may have reached beyond this machine, thrown, or shown a dialog.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium, openGuardedPage, type GuardedPage } from './chromium';
import { startPreview } from '../../../dev/preview/server';

/** A page server started and Chromium launched for the describe block, each page opened guarded as above. */
export function useServerInChromium(start: () => Promise<{ url: string; close(): Promise<void> }>) {
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;
  const opened: GuardedPage[] = [];

  beforeAll(async () => {
    server = await start();
    browser = await launchChromium();
  });

  afterAll(async () => {
    expect(opened.flatMap((guarded) => guarded.outside)).toEqual([]);
    expect(opened.flatMap((guarded) => guarded.pageProblems)).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  /** Opens the served page at `path` (a query such as '?checks', or ''). */
  async function open(path: string, viewport?: { width: number; height: number }): Promise<Page> {
    const guarded = await openGuardedPage(browser, `${server.url}${path}`, viewport);
    opened.push(guarded);
    return guarded.page;
  }

  return { open };
}

export function usePreviewInChromium() {
  const served = useServerInChromium(startPreview);

  /** Opens the preview with `query` (e.g. '?checks'); with `readLayout`, waits until the panel has read the sheet. */
  async function open(
    query: string,
    { viewport, readLayout = true }: { viewport?: { width: number; height: number }; readLayout?: boolean } = {},
  ): Promise<Page> {
    const page = await served.open(query, viewport);
    if (readLayout) await page.locator('.tl-layout .tl-summary').filter({ hasText: 'Headings in row' }).waitFor();
    return page;
  }

  return { open };
}
