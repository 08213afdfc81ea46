/**
 * Apps Script compiles every script file of the project for every custom-function run, and
 * compiling is most of what that load costs (npm run bench's cold-start lines): a 125 KB Code.js
 * cost six times the run's first ON_TRACK. Most of it a custom-function run never calls: the
 * sidebar's server, and zod with the grade settings schema, which only a school's own scale needs.
 *
 * So those modules are bundled on their own and shipped as the text of one string, in Deferred.js:
 * a string literal costs next to nothing to compile. Inside Code.js every import of one of them
 * gets a stand-in, which on first use compiles that text once with the Function constructor (plain
 * JavaScript, no Apps Script service) and hands on to the real module. The text is the build's own
 * output, fixed when it is built; nothing a spreadsheet holds is ever compiled.
 *
 * Code.js must reach each of these modules only in a function it calls later (a stand-in's values
 * are read when its module first runs): the build runs Code.js with no Deferred.js at all
 * (buildSheets.mjs), so a stand-in used while Code.js loads fails the build.
 */
import path from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';

/** The one global Deferred.js defines: the deferred bundle's source text. */
export const DEFERRED_SOURCE = 'TRACKLIGHT_DEFERRED_SOURCE';
/** The name the deferred bundle gives its exports, inside the function that compiles it. */
const DEFERRED_GLOBAL = 'TracklightDeferred';
const NAMESPACE = 'compile-on-first-use';
const LOADER = 'compile-on-first-use:loader';
const RESOLVING = Symbol('resolving');

const LOADER_SOURCE = `
let modules;
export function deferredModule(key) {
  if (modules === undefined) {
    // Deferred.js's top-level var, in the one global scope all script files share.
    const source = typeof ${DEFERRED_SOURCE} === 'string' ? ${DEFERRED_SOURCE} : undefined;
    if (typeof source !== 'string')
      throw new Error("Tracklight's Deferred.js is missing from this Apps Script project: push every file in dist/sheets.");
    modules = new Function(source + '\\nreturn ${DEFERRED_GLOBAL}.modules;')();
  }
  return modules[key];
}`;

/** A stand-in: each function calls the real one; each other value is read when the stand-in's module first runs. */
function standInSource(key, { functions = [], values = [] }) {
  const real = `deferredModule(${JSON.stringify(key)})`;
  return [
    `import { deferredModule } from ${JSON.stringify(LOADER)};`,
    ...functions.map((name) => `export function ${name}(...args) { return ${real}.${name}(...args); }`),
    ...values.map((name) => `export const ${name} = ${real}.${name};`),
  ].join('\n');
}

/**
 * @param {object} options
 * @param {string} options.root
 * @param {Record<string, { functions?: string[], values?: string[] }>} options.modules
 *   each deferred module, by its path from the root, with the names Code.js imports from it
 */
export function compileOnFirstUse({ root, modules }) {
  const keyOf = new Map(Object.keys(modules).map((key) => [path.join(root, key), key]));

  /** esbuild plugin for Code.js: every import of a deferred module gets its stand-in. */
  const plugin = {
    name: 'compile-on-first-use',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.path === LOADER) return { path: LOADER, namespace: NAMESPACE };
        if (args.pluginData === RESOLVING || !args.path.startsWith('.')) return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: RESOLVING,
        });
        const key = keyOf.get(resolved.path);
        return key === undefined ? undefined : { path: key, namespace: NAMESPACE };
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, (args) => ({
        contents: args.path === LOADER ? LOADER_SOURCE : standInSource(args.path, modules[args.path]),
        loader: 'js',
        resolveDir: root,
      }));
    },
  };

  /** Deferred.js: the deferred modules bundled as one script, as the text of one string. */
  async function deferredScript(options) {
    const imports = Object.keys(modules).map((key, index) => `import * as m${index} from ${JSON.stringify(path.join(root, key))};`);
    const entries = Object.keys(modules).map((key, index) => `  ${JSON.stringify(key)}: m${index},`);
    const result = await esbuild.build({
      ...options,
      stdin: { contents: [...imports, 'export const modules = {', ...entries, '};'].join('\n'), resolveDir: root, loader: 'js' },
      globalName: DEFERRED_GLOBAL,
      write: false,
    });
    const source = result.outputFiles[0].text;
    try {
      new vm.Script(source, { filename: 'Deferred.js source' });
    } catch (error) {
      throw new Error(`The deferred bundle does not compile as a plain script: ${error.message}`);
    }
    for (const [key, names] of Object.entries(modules)) {
      const exported = vm.runInNewContext(`${source}\n${DEFERRED_GLOBAL}.modules`)[key];
      const missing = [...(names.functions ?? []), ...(names.values ?? [])].filter((name) => !(name in exported));
      if (missing.length) throw new Error(`${key} does not export ${missing.join(', ')}, which Code.js imports from it.`);
    }
    return [
      '// Tracklight for Google Sheets. Generated by sheets-addon/build/buildSheets.mjs: do not edit.',
      "// The sidebar's server and the grade settings schema, as the text of one string, which costs next to nothing",
      '// to load; Code.js compiles it the first time either is used (sheets-addon/build/compileOnFirstUse.mjs).',
      `var ${DEFERRED_SOURCE} = ${JSON.stringify(source)};`,
      '',
    ].join('\n');
  }

  return { plugin, deferredScript };
}
