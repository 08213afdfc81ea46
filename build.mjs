#!/usr/bin/env node
/**
 * Tracklight's one build script.
 *   node build.mjs             build both hosts into dist/ (npm run build)
 *     --base-url https://...   the HTTPS address dist/excel will be served from (or TRACKLIGHT_EXCEL_BASE_URL)
 *     --new-id | --id <guid>   a fresh add-in id for the manifest, or one an earlier --new-id printed
 *   node build.mjs --serve     build, then serve the add-in locally (npm start)
 *   node build.mjs --package   zip dist/excel with its manifest beside it (npm run package; builds first if given the flags above)
 *   node build.mjs --validate  check manifest.xml against Microsoft's XSDs (npm run validate)
 * Each host's own steps live beside its adapter, in excel-addin/ and sheets-addon/.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = path.dirname(fileURLToPath(import.meta.url));
export const distDir = path.join(root, 'dist');

/** @param {{ quiet?: boolean, excel?: { baseUrl?: string, addinId?: string } }} [options] */
export async function buildAll({ quiet = false, excel = {} } = {}) {
  await rm(distDir, { recursive: true, force: true });
  const { buildExcel } = await import('./excel-addin/build/buildExcel.mjs');
  const { buildSheets } = await import('./sheets-addon/build/buildSheets.mjs');
  const built = await buildExcel({ root, outDir: path.join(distDir, 'excel'), ...excel });
  const sheets = await buildSheets({ root, outDir: path.join(distDir, 'sheets') });
  if (!quiet) {
    const [excelDir, sheetsDir] = [built.outDir, sheets.outDir].map((dir) => path.relative(root, dir));
    console.log(`Built the Excel add-in in ${excelDir}/ for ${built.baseUrl} and the Sheets add-on in ${sheetsDir}/`);
  }
  return { excel: built, sheets };
}

const FLAGS = {
  serve: { type: 'boolean' },
  package: { type: 'boolean' },
  validate: { type: 'boolean' },
  'base-url': { type: 'string' },
  'new-id': { type: 'boolean' },
  id: { type: 'string' },
};

function parseFlags(argv) {
  try {
    return parseArgs({ args: argv, options: FLAGS }).values;
  } catch (problem) {
    const known = Object.keys(FLAGS).map((flag) => `--${flag}`);
    throw new Error(`${problem.message}. build.mjs takes ${known.join(', ')}.`);
  }
}

async function main(argv) {
  const flags = parseFlags(argv);
  if (flags.validate) {
    const { validateManifest } = await import('./excel-addin/build/validateManifest.mjs');
    const problems = await validateManifest(path.join(root, 'manifest.xml'));
    if (problems.length) {
      console.error(`manifest.xml does not validate:\n${problems.join('\n')}`);
      process.exit(1);
    }
    console.log('manifest.xml is valid against the Office add-in manifest schemas.');
    return;
  }
  const { chooseAddinId, resolveBaseUrl } = await import('./excel-addin/build/baseUrl.mjs');
  // Both are checked before dist/ is touched, so a mistyped address costs nothing.
  const excel = { baseUrl: resolveBaseUrl({ flag: flags['base-url'] }), addinId: chooseAddinId({ newId: flags['new-id'], id: flags.id }) };
  const buildFlagsGiven = ['base-url', 'new-id', 'id'].some((flag) => flags[flag] !== undefined);
  const built = flags.package && !buildFlagsGiven ? null : await buildAll({ excel });
  if (flags['new-id']) {
    console.log(
      `New add-in id ${excel.addinId}: build every update of this copy with --id ${excel.addinId}, so Microsoft 365 sees the same add-in.`,
    );
  }
  if (flags.package) {
    const { packageExcel } = await import('./excel-addin/build/package.mjs');
    await packageExcel({ distDir });
  }
  if (flags.serve && built) {
    const { startDevServer } = await import('./excel-addin/build/start.mjs');
    await startDevServer({ root, built });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
