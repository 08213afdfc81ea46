/**
 * One copy of the core in Excel's shared runtime. functions.js must stay a classic script that
 * calls CustomFunctions.associate while the page is parsed (taskpane.html says why), and a classic
 * script cannot import ES modules; so functions.js is the copy. It is built with every module it
 * holds exposed on one global, TracklightCore.modules, keyed by path ("core/values.ts"), and zod's
 * functions the core calls under "zod/mini". The task pane is built as ES modules (esbuild code
 * splitting, so its rarely used parts load on first use) with sharedCorePlugin, which turns every
 * import of one of those modules into a read of that global. esbuild checks each name imported
 * against what functions.js really exports, and the build fails if any zod code or any module
 * functions.js holds would still be bundled a second time.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';

/** The global functions.js defines: `var TracklightCore = { modules: { [path]: exports } }`. */
export const TRACKLIGHT_CORE = 'TracklightCore';
const ZOD = 'zod/mini';
const NAMESPACE = 'tracklight-core';
const RESOLVING = Symbol('resolving');

const posixPath = (file) => file.split(path.sep).join('/');

/**
 * What the core calls as z.<name>, from its sources: only these of zod's functions are shared. A
 * name followed by < is a type (z.infer<...>, z.input<...>), not a call. One missed here fails the
 * task pane's build (sharedCorePlugin), so the list cannot silently fall short.
 */
async function zodNamesUsed(root) {
  const names = new Set();
  for (const folder of ['core', 'excel-addin']) {
    for (const entry of await readdir(path.join(root, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
      const text = await readFile(path.join(entry.parentPath, entry.name), 'utf8');
      for (const [, name] of text.matchAll(/\bz\.([A-Za-z_$][\w$]*)(?![\w$]|\s*<)/g)) names.add(name);
    }
  }
  const zod = await import(ZOD);
  // z.core is a whole namespace, used by the core in types only (z.core.$ZodType).
  const isFunctionOrValue = (name) => name in zod && Object.prototype.toString.call(zod[name]) !== '[object Module]';
  return [...names].filter(isFunctionOrValue).sort();
}

/**
 * Builds functions.js from `entry` as a classic script that also exposes every module it holds.
 * Returns each exposed module's export names, read from the built script run with only a
 * recording CustomFunctions, which also proves its top level needs nothing else.
 */
export async function buildFunctionsScript({ root, entry, outfile, options }) {
  const first = await build({ ...options, absWorkingDir: root, entryPoints: [entry], write: false, metafile: true });
  const held = Object.keys(first.metafile.inputs).filter((input) => !input.includes('node_modules/'));
  for (const input of held) {
    const source = await readFile(path.join(root, input), 'utf8');
    // The pane reads each export once, when it loads: an export reassigned later would be stale there.
    if (/^export (let|var)\b/m.test(source)) throw new Error(`${input} exports a let or var, which the task pane could not share.`);
  }
  const zodNames = await zodNamesUsed(root);
  const contents = [
    ...held.map((input, index) => `import * as m${index} from ${JSON.stringify(path.join(root, input))};`),
    // Aliased, as some of zod's names (enum) are reserved words.
    `import { ${zodNames.map((name, index) => `${name} as z${index}`).join(', ')} } from ${JSON.stringify(ZOD)};`,
    'export const modules = {',
    ...held.map((input, index) => `  ${JSON.stringify(input)}: m${index},`),
    `  ${JSON.stringify(ZOD)}: { ${zodNames.map((name, index) => `${JSON.stringify(name)}: z${index}`).join(', ')} },`,
    '};',
  ].join('\n');
  await build({
    ...options,
    absWorkingDir: root,
    stdin: { contents, resolveDir: root, sourcefile: 'functions-with-shared-core.js', loader: 'js' },
    globalName: TRACKLIGHT_CORE,
    outfile,
  });

  const associated = [];
  const context = vm.createContext({ CustomFunctions: { associate: (id) => associated.push(id), Error, ErrorCode: {} } });
  vm.runInContext(await readFile(outfile, 'utf8'), context, { filename: path.basename(outfile) });
  if (associated.length === 0) throw new Error(`${path.basename(outfile)} associated no custom function.`);
  const exposed = context[TRACKLIGHT_CORE].modules;
  return new Map(Object.keys(exposed).map((key) => [key, Object.keys(exposed[key])]));
}

/** The stand-in for one shared module: each export read from functions.js's copy, dropped when unused. */
function sharedModuleSource(key, names) {
  return [
    `const shared = ${TRACKLIGHT_CORE}.modules[${JSON.stringify(key)}];`,
    'const read = (name) => shared[name];',
    ...names.map((name, index) => `const e${index} = /* @__PURE__ */ read(${JSON.stringify(name)});`),
    `export { ${names.map((name, index) => `e${index} as ${name}`).join(', ')} };`,
  ].join('\n');
}

/** For the task pane's build: imports of what functions.js holds read it from functions.js (see above). */
export function sharedCorePlugin({ root, modules }) {
  return {
    name: 'tracklight-shared-core',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === RESOLVING || args.kind === 'entry-point') return undefined;
        if (args.path === ZOD) return { path: ZOD, namespace: NAMESPACE };
        if (!args.path.startsWith('.')) return undefined;
        const resolved = await pluginBuild.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: RESOLVING,
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        const key = posixPath(path.relative(root, resolved.path));
        return modules.has(key) ? { path: key, namespace: NAMESPACE } : undefined;
      });
      pluginBuild.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: sharedModuleSource(args.path, modules.get(args.path)),
        loader: 'js',
      }));
      pluginBuild.onEnd((result) => {
        if (result.errors.length > 0) return;
        // A name functions.js does not export would be undefined in the pane: esbuild only warns of it.
        if (result.warnings.length > 0) throw new Error(`The task pane's build warned:\n${result.warnings.map((w) => w.text).join('\n')}`);
        const twice = Object.keys(result.metafile.inputs).filter((input) => input.includes('node_modules/zod') || modules.has(input));
        if (twice.length > 0) throw new Error(`The task pane would bundle again what functions.js holds: ${twice.join(', ')}`);
      });
    },
  };
}
