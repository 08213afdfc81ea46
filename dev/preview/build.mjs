/**
 * Builds the dev-only preview page (index.html, preview.js, paint-worker.js, preview.css) into
 * `outDir`, normally dist/preview/. It is a separate build from the hosts': nothing here lands in
 * dist/excel or dist/sheets, and HyperFormula is bundled only into this page's worker.
 */
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

export async function buildPreview({ root, outDir }) {
  const here = path.join(root, 'dev', 'preview');
  await mkdir(outDir, { recursive: true });
  await build({
    entryPoints: { preview: path.join(here, 'main.ts'), 'paint-worker': path.join(here, 'paintWorker.ts') },
    outdir: outDir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    sourcemap: true,
    logLevel: 'warning',
    legalComments: 'none',
  });
  for (const file of ['index.html', 'preview.css']) await copyFile(path.join(here, file), path.join(outDir, file));
  return { outDir, staticRoot: { prefix: '/preview/', dir: outDir } };
}
