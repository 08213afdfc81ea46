/**
 * npm start's dev-only preview: the shared panel beside an in-memory workbook, for machines with
 * no Excel. npm start builds it into dist/.preview/ (PREVIEW_FOLDER: never inside dist/excel, so
 * npm run package never ships it), serves it beside the add-in through serve()'s staticRoots, at
 * /preview/, and removes it when it stops.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const PREVIEW_PREFIX = '/preview/';
export const PREVIEW_FOLDER = '.preview';

/** Builds the preview page; returns the staticRoots entry for serve(). */
export async function buildPreviewForServe({ root, outDir }) {
  const { buildPreview } = await import(pathToFileURL(path.join(root, 'dev', 'preview', 'build.mjs')).href);
  await buildPreview({ root, outDir });
  return { outDir, staticRoot: { prefix: PREVIEW_PREFIX, dir: outDir } };
}

/**
 * Opens the preview in the default browser where no Excel desktop can be sideloaded (Linux, or
 * when `excelDesktop` is false); elsewhere, wherever no browser can be started, and when `browser`
 * is false, it says where the preview is.
 */
export function openPreview({
  url,
  excelDesktop = process.platform === 'win32' || process.platform === 'darwin',
  browser = true,
  log = (line) => console.log(line),
}) {
  const tell = () => log(`No Excel to hand? The Tracklight panel runs against a sample workbook at ${url} (dev only).`);
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (!browser || excelDesktop || process.platform !== 'linux' || !hasDisplay) return tell();
  const opener = spawn('xdg-open', [url], { detached: true, stdio: 'ignore' });
  opener.on('error', tell);
  opener.unref();
  log(`Opening the Tracklight preview (no Excel here) at ${url}`);
}
