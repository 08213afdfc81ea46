/**
 * The preview served locally and Chromium launched once for a describe block. Every page opened is
 * guarded: after the block, none may have reached beyond this machine, thrown, or shown a dialog.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium, openGuardedPage, type GuardedPage } from './chromium';
import { startPreview, type PreviewServer } from './previewServer';

export function usePreviewInChromium() {
  let server: PreviewServer;
  let browser: Browser;
  const opened: GuardedPage[] = [];

  beforeAll(async () => {
    server = await startPreview();
    browser = await launchChromium();
  });

  afterAll(async () => {
    expect(opened.flatMap((guarded) => guarded.outside)).toEqual([]);
    expect(opened.flatMap((guarded) => guarded.pageProblems)).toEqual([]);
    await browser?.close();
    await server?.close();
  });

  /** Opens the preview with `query` (e.g. '?checks'); with `readLayout`, waits until the panel has read the sheet. */
  async function open(query: string, { viewport, readLayout = true }: { viewport?: { width: number; height: number }; readLayout?: boolean } = {}): Promise<Page> {
    const guarded = await openGuardedPage(browser, `${server.url}${query}`, viewport);
    opened.push(guarded);
    if (readLayout) await guarded.page.locator('.tl-layout .tl-summary').filter({ hasText: 'Headings in row' }).waitFor();
    return guarded.page;
  }

  return { open };
}
