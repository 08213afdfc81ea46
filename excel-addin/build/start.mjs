/**
 * npm start, after the build: the dev preview built into dist/.preview, the add-in and the preview
 * served on one address (serve.mjs), the preview opened or named, and everything npm start added
 * removed again when it stops (Ctrl+C, or close() in tests). It writes nothing outside dist/.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { buildPreviewForServe, openPreview, PREVIEW_FOLDER, PREVIEW_PREFIX } from './preview.mjs';
import { serve } from './serve.mjs';

/**
 * @param {object} options
 * @param {string} options.root  the repository root (dev/preview is built from it)
 * @param {object} options.built  buildAll's result; its excel.outDir is served
 * @param {string} [options.distDir]  where the preview is built, beside dist/excel
 * @param {boolean} [options.exitOnSignal]  stop, clean up and exit on Ctrl+C (false in tests run in-process)
 * @param {boolean} [options.browser]  may open the preview in a browser
 * The rest (port, httpsOptions, excelDesktop, log) go to serve().
 */
export async function startDevServer({
  root,
  built,
  distDir = path.join(root, 'dist'),
  exitOnSignal = true,
  browser = true,
  log = (line) => console.log(line),
  ...serveOptions
}) {
  const previewDir = path.join(distDir, PREVIEW_FOLDER);
  const removePreview = () => rm(previewDir, { recursive: true, force: true });
  await removePreview();
  let server;
  try {
    const preview = await buildPreviewForServe({ root, outDir: previewDir });
    server = await serve({ root, built, staticRoots: [preview.staticRoot], log, ...serveOptions });
  } catch (problem) {
    await removePreview();
    throw problem;
  }
  openPreview({ url: `${server.url}${PREVIEW_PREFIX}`, excelDesktop: serveOptions.excelDesktop, browser, log });
  log('Stop the server with Ctrl+C.');

  let closing;
  const close = () => (closing ??= server.close().then(removePreview));
  if (exitOnSignal) {
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.once(signal, () => {
        close().finally(() => process.exit(0));
      });
    }
  }
  return { url: server.url, secure: server.secure, previewDir, close };
}
