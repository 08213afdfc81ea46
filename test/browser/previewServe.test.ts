/**
 * npm start's preview piece: excel-addin/build/preview.mjs builds the page and serve.mjs serves it at
 * /preview/ beside the add-in, on localhost only. Plain HTTP here (certificates are refused on
 * purpose) so the test needs no trusted certificate.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('npm start serves the preview', () => {
  it('builds it apart from the add-in and serves its page, script and worker at /preview/', async () => {
    const outDir = await mkdtemp(path.join(os.tmpdir(), 'tracklight-serve-preview-'));
    // @ts-expect-error plain JavaScript build modules, without type declarations.
    const { buildPreviewForServe, PREVIEW_PREFIX } = await import('../../excel-addin/build/preview.mjs');
    // @ts-expect-error as above.
    const { serve } = await import('../../excel-addin/build/serve.mjs');
    const preview = await buildPreviewForServe({ root, outDir });
    const server = await serve({
      root,
      port: 0,
      sideload: false,
      log: () => undefined,
      staticRoots: [preview.staticRoot],
      httpsOptions: async () => {
        throw new Error('no certificates in this test');
      },
    });
    try {
      expect(server.url).toMatch(/^http:\/\/localhost:\d+$/);
      const page = await fetch(`${server.url}${PREVIEW_PREFIX}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<script src="preview.js"></script>');
      for (const file of ['preview.js', 'paint-worker.js', 'preview.css'])
        expect((await fetch(`${server.url}${PREVIEW_PREFIX}${file}`)).status).toBe(200);
      expect(path.relative(path.join(root, 'dist', 'excel'), outDir).startsWith('..')).toBe(true);
    } finally {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    }
  });
});
