/**
 * Builds the Excel add-in into one deployable folder (dist/excel):
 *   functions.json  from JSDoc declarations generated from the core registry, by Microsoft's
 *                   custom-functions-metadata; any error it reports fails the build
 *   functions.js    the custom functions (core + thin adapter), one minified classic script, and
 *                   the one copy of the core the task pane uses too (sharedCore.mjs)
 *   taskpane.js, chunks/  the task pane as ES modules: what it shows at once in taskpane.js and
 *                   the chunks it imports, and each rarely used part (the report, class sheets, the
 *                   pupil report sheet, the sample tracker) in a chunk loaded when first used
 *   taskpane.html/.css  the shared-runtime page that hosts the functions and the pane
 *   assets/         icons;  manifest.xml  a copy, with the server's URL if one is given (baseUrl.mjs)
 *   web.config, staticwebapp.config.json  the CORS header Excel on the web needs (hostConfig.mjs)
 */
import { build } from 'esbuild';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import metadataTools from 'custom-functions-metadata';
import { writeIcons } from './icons.mjs';
import { manifestFor, resolveBaseUrl } from './baseUrl.mjs';
import { writeHostConfig } from './hostConfig.mjs';
import { buildFunctionsScript, sharedCorePlugin } from './sharedCore.mjs';

// ES2017, a margin below the engines that host the add-in (taskpane.html names them).
const browserBundle = {
  bundle: true,
  minify: true,
  platform: 'browser',
  target: ['es2017'],
  logLevel: 'warning',
  legalComments: 'none',
};

/**
 * @param {object} options
 * @param {string} [options.baseUrl]  where the folder will be served (--base-url); TRACKLIGHT_EXCEL_BASE_URL or the dev server if absent
 * @param {string} [options.addinId]  a new <Id> for the manifest (--new-id, --id); manifest.xml's own if absent
 */
export async function buildExcel({ root, outDir, baseUrl, addinId }) {
  // Checked first, so a wrong address costs no build.
  const base = resolveBaseUrl({ flag: baseUrl });
  const addin = path.join(root, 'excel-addin');
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'tracklight-excel-'));
  await mkdir(path.join(outDir, 'assets'), { recursive: true });

  const metadata = await generateMetadata(addin, workDir);
  await writeFile(path.join(outDir, 'functions.json'), metadata);
  const shared = await buildFunctionsScript({
    root,
    entry: path.join(addin, 'functions.ts'),
    outfile: path.join(outDir, 'functions.js'),
    options: { ...browserBundle, format: 'iife' },
  });
  await build({
    ...browserBundle,
    format: 'esm',
    splitting: true,
    // The metafile's paths relative to the root, as sharedCore.mjs keys the modules functions.js holds.
    absWorkingDir: root,
    metafile: true,
    entryPoints: [path.join(addin, 'taskpane.ts')],
    outdir: outDir,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [sharedCorePlugin({ root, modules: shared })],
  });
  for (const file of ['taskpane.html', 'taskpane.css']) await copyFile(path.join(addin, file), path.join(outDir, file));
  await writeIcons(path.join(outDir, 'assets'));
  const manifest = await readFile(path.join(root, 'manifest.xml'), 'utf8');
  await writeFile(path.join(outDir, 'manifest.xml'), manifestFor(manifest, { baseUrl: base, addinId }));
  await writeHostConfig(outDir);

  await rm(workDir, { recursive: true, force: true });
  return {
    outDir,
    baseUrl: base,
    functionsScript: path.join(outDir, 'functions.js'),
    metadataFile: path.join(outDir, 'functions.json'),
    functionIds: JSON.parse(metadata).functions.map((entry) => entry.id),
  };
}

/** functions.json text, from the registry; throws with every problem found on the way. */
async function generateMetadata(addin, workDir) {
  // The declarations generator is TypeScript that reads the core: bundle it for Node, then load it.
  const generatorFile = path.join(workDir, 'declarations.mjs');
  await build({
    entryPoints: [path.join(addin, 'build', 'declarations.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: generatorFile,
    logLevel: 'warning',
  });
  const { excelDeclarations, metadataDrift } = await import(pathToFileURL(generatorFile).href);

  const declarationsFile = path.join(workDir, 'functions.generated.ts');
  await writeFile(declarationsFile, excelDeclarations());
  const metadataJson = await metadataFromDeclarations(declarationsFile);
  const drift = metadataDrift(JSON.parse(metadataJson));
  if (drift.length) throw new Error(`Excel functions.json does not match the registry:\n  ${drift.join('\n  ')}`);
  return `${metadataJson}\n`;
}

/** Runs Microsoft's metadata generator; its CLI exits 0 even on errors, so any error it reports throws here. */
export async function metadataFromDeclarations(declarationsFile) {
  const result = await metadataTools.generateCustomFunctionsMetadata(declarationsFile);
  const problems = result.errors.length ? result.errors : result.metadataJson ? [] : ['it found no @customfunction declarations'];
  if (problems.length) {
    throw new Error(`custom-functions-metadata rejected ${declarationsFile} (kept for reading):\n  ${problems.join('\n  ')}`);
  }
  return result.metadataJson;
}
