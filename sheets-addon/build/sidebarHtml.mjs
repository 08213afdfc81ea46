/**
 * Builds Sidebar.html: the shared panel as ONE self-contained file that HtmlService serves as it
 * is (createHtmlOutputFromFile). The client entry (sheets-addon/sidebar/sidebar.ts) is bundled
 * with every stylesheet it imports, then the script and CSS are inlined into sidebar.html.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import vm from 'node:vm';
import * as esbuild from 'esbuild';

const STYLE_SLOT = '/* TRACKLIGHT_STYLES */';
const SCRIPT_SLOT = '/* TRACKLIGHT_SCRIPT */';

/** The global sidebar.ts reads the server's function names from; the build defines it. */
const SERVER_FUNCTIONS_GLOBAL = 'TRACKLIGHT_SERVER_FUNCTIONS';

async function bundleClient(root, serverFunctionNames) {
  const sidebar = path.join(root, 'sheets-addon/sidebar');
  const result = await esbuild.build({
    entryPoints: [path.join(sidebar, 'sidebar.ts')],
    bundle: true,
    write: false,
    // Nothing is written: outdir only names the script and the stylesheet esbuild splits out.
    outdir: path.join(sidebar, 'out'),
    format: 'iife',
    platform: 'browser',
    // The names come from the built server itself, so the client calls exactly what it has.
    define: { [SERVER_FUNCTIONS_GLOBAL]: JSON.stringify(serverFunctionNames) },
    // Google Sheets supports current Chrome, Edge, Firefox and Safari.
    target: ['es2019'],
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const text = (extension) =>
    result.outputFiles
      .filter((file) => file.path.endsWith(extension))
      .map((file) => file.text)
      .join('\n');
  return { script: text('.js'), styles: text('.css') };
}

/**
 * An HTML parser ends a script at the first "</script" and treats "<!--" specially inside one.
 * esbuild already writes "</script" in strings as "<\/script"; "<!--" becomes "<\!--" here. Both
 * escapes mean the same characters in a JavaScript string or regular expression, and the result
 * is compiled again below, so an escape that changed the code's meaning would stop the build.
 */
export function inlineScript(script) {
  const escaped = script.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
  try {
    new vm.Script(escaped, { filename: 'Sidebar.html script' });
  } catch (error) {
    throw new Error(`The sidebar script no longer compiles once made safe to inline: ${error.message}`);
  }
  if (/<\/script|<!--/i.test(escaped)) throw new Error('The sidebar script still contains "</script" or "<!--" and cannot be inlined.');
  return escaped;
}

export function inlineStyles(styles) {
  if (/<\/style/i.test(styles)) throw new Error('The sidebar stylesheet contains "</style" and cannot be inlined.');
  return styles;
}

export async function buildSidebarHtml({ root, serverFunctionNames }) {
  if (!Array.isArray(serverFunctionNames) || serverFunctionNames.length === 0)
    throw new Error('The sidebar needs the names of the server functions its Host calls (sidebarServer in sheets-addon/host).');
  const [{ script, styles }, template] = await Promise.all([
    bundleClient(root, serverFunctionNames),
    readFile(path.join(root, 'sheets-addon/sidebar/sidebar.html'), 'utf8'),
  ]);
  for (const slot of [STYLE_SLOT, SCRIPT_SLOT]) {
    if (template.split(slot).length !== 2) throw new Error(`sheets-addon/sidebar/sidebar.html must hold ${slot} exactly once.`);
  }
  // Functions as replacements, so "$&" and friends in the bundle are not read as patterns.
  return template.replace(STYLE_SLOT, () => inlineStyles(styles)).replace(SCRIPT_SLOT, () => inlineScript(script));
}
