/**
 * The built Excel task pane as a browser test meets it: served from dist/excel by the dev server,
 * with office.js (Microsoft's CDN) replaced by a stub, and every request that is not for that
 * server refused and recorded.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
// @ts-expect-error plain JavaScript build step, no type declarations.
import { serve } from '../../excel-addin/build/serve.mjs';
import { excelDist } from './excelBundle';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** What office.js gives the page here: Office.onReady (on any Office a test installed first), and a CustomFunctions that records. */
const OFFICE_STUB = `
  window.associatedIds = [];
  window.CustomFunctions = {
    associate: (id) => window.associatedIds.push(id),
    Error: class { constructor(code, message) { this.code = code; this.message = message; } },
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
  };
  window.Office = Object.assign(window.Office || {}, {
    onReady: (callback) => { setTimeout(() => callback({ host: 'Excel' })); return Promise.resolve({ host: 'Excel' }); },
  });
`;

export interface PaneServer {
  url: string;
  close: () => Promise<void>;
}

/** The dev server on a free port, over HTTP (no certificates needed here), never sideloading. */
export function servePane(): Promise<PaneServer> {
  const root = path.resolve(excelDist, '../..');
  return serve({
    root,
    built: { excel: { outDir: excelDist } },
    port: 0,
    httpsOptions: () => Promise.reject(new Error('HTTP is enough here')),
    sideload: false,
    log: () => {},
  });
}

/** Routes the page's requests: the office.js stub, the server's files, and nothing else (recorded in `outside`). */
export async function routePaneRequests(page: Page, server: PaneServer, outside: string[]): Promise<void> {
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ contentType: 'text/javascript', body: OFFICE_STUB });
    if (url.startsWith(`${server.url}/`)) return route.continue();
    outside.push(url);
    return route.abort();
  });
}
