/**
 * Apps Script runs the whole top level of Code.js for every custom-function run. A module the
 * functions need only now and then can wait until then: every import of `file` gets a stand-in
 * whose functions require() the real module on their first call, and esbuild runs a module reached
 * through require() only when it is first required, with everything it alone imports. Used for the
 * grade settings schema, which alone needs zod on the functions' path, and only for a school's
 * scale. An import of any other name from `file` fails the build, so nothing is quietly undefined.
 */
import path from 'node:path';

const NAMESPACE = 'load-on-first-call';
const RESOLVING = Symbol('resolving');

export function loadOnFirstCall({ root, file, functionNames }) {
  const real = path.join(root, file);
  const standIn = [
    `const load = () => require(${JSON.stringify(real)});`,
    ...functionNames.map((name) => `export function ${name}(...args) { return load().${name}(...args); }`),
  ].join('\n');
  return {
    name: 'load-on-first-call',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        // The stand-in's own require, and paths that cannot be the file, resolve as usual.
        if (args.pluginData === RESOLVING || args.namespace === NAMESPACE || !args.path.startsWith('.')) return undefined;
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: RESOLVING,
        });
        return resolved.path === real ? { path: file, namespace: NAMESPACE } : undefined;
      });
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, () => ({ contents: standIn, loader: 'js', resolveDir: root }));
    },
  };
}
