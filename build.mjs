#!/usr/bin/env node
/**
 * Tracklight's one build script.
 *   node build.mjs             build both hosts into dist/ (npm run build)
 *   node build.mjs --serve     build, then serve the add-in locally (npm start)
 *   node build.mjs --validate  check manifest.xml against Microsoft's XSDs (npm run validate)
 * Each host's own steps live beside its adapter, in excel-addin/ and sheets-addon/.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
export const distDir = path.join(root, 'dist');

export async function buildAll({ quiet = false } = {}) {
  await rm(distDir, { recursive: true, force: true });
  const { buildExcel } = await import('./excel-addin/build/buildExcel.mjs');
  const { buildSheets } = await import('./sheets-addon/build/buildSheets.mjs');
  const excel = await buildExcel({ root, outDir: path.join(distDir, 'excel') });
  const sheets = await buildSheets({ root, outDir: path.join(distDir, 'sheets') });
  if (!quiet) {
    console.log(
      `Built the Excel add-in in ${path.relative(root, excel.outDir)}/ and the Sheets add-on in ${path.relative(root, sheets.outDir)}/`,
    );
  }
  return { excel, sheets };
}

async function main(argv) {
  if (argv.includes('--validate')) {
    const { validateManifest } = await import('./excel-addin/build/validateManifest.mjs');
    const problems = await validateManifest(path.join(root, 'manifest.xml'));
    if (problems.length) {
      console.error(`manifest.xml does not validate:\n${problems.join('\n')}`);
      process.exit(1);
    }
    console.log('manifest.xml is valid against the Office add-in manifest schemas.');
    return;
  }
  const built = await buildAll();
  if (argv.includes('--serve')) {
    // The preview (the panel on an in-memory sample tracker) is dev-only: built here, never by buildAll.
    const { buildPreviewForServe, openPreview, PREVIEW_PREFIX } = await import('./excel-addin/build/preview.mjs');
    const preview = await buildPreviewForServe({ root, outDir: path.join(distDir, 'preview') });
    const { serve } = await import('./excel-addin/build/serve.mjs');
    const server = await serve({ root, built, staticRoots: [preview.staticRoot] });
    openPreview({ url: `${server.url}${PREVIEW_PREFIX}` });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
