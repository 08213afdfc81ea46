/**
 * The design card, checked: core/ is pure TypeScript that imports nothing from Office, Apps Script
 * or the hosts; only core/panel/ touches the DOM; the hosts import the core, never each other; and
 * the dev-only preview in dev/ builds on the core alone, with nothing shipped reaching back into it.
 * (That no shipped bundle holds preview code is checked on dist/ in test/browser/panelSource.test.ts.)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(root, folder)).flatMap((name) => {
    const relative = path.join(folder, name);
    if (statSync(path.join(root, relative)).isDirectory()) return sourceFiles(relative);
    return /\.(ts|mjs)$/.test(name) ? [relative] : [];
  });
}

/** Code without comments, so a comment that names Office does not count. */
const code = (file: string) => readFileSync(path.join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
const imports = (file: string) => [...code(file).matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gm)].map((match) => match[1]!);
/** With import('...') too: the preview's server loads its build that way. */
const allImports = (file: string) => [
  ...imports(file),
  ...[...code(file).matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map((match) => match[1]!),
];
const resolvesInto = (file: string, specifier: string, folder: string) =>
  specifier.startsWith('.') && path.resolve(root, path.dirname(file), specifier).startsWith(path.join(root, folder) + path.sep);

const HOST_APIS =
  /\b(Office|Excel|CustomFunctions|SpreadsheetApp|HtmlService|PropertiesService|ScriptApp|UrlFetchApp)\s*\.|google\.script/;
const DOM_APIS = /\b(document|window|navigator)\s*\.|\bHTML\w*Element\b/;
const PACKAGES_CORE_MAY_USE = new Set(['zod/mini', 'zod/v4/locales/en.js']);

describe('core/ stays pure', () => {
  const coreFiles = sourceFiles('core');

  it.each(coreFiles)('%s imports only the core and zod', (file) => {
    for (const specifier of imports(file)) {
      const insideCore =
        specifier.startsWith('.') && path.resolve(root, path.dirname(file), specifier).startsWith(path.join(root, 'core'));
      expect(insideCore || PACKAGES_CORE_MAY_USE.has(specifier), `${file} imports ${specifier}`).toBe(true);
    }
  });

  it.each(coreFiles)('%s calls no Office or Apps Script API', (file) => {
    expect(code(file)).not.toMatch(HOST_APIS);
  });

  it.each(coreFiles.filter((file) => !file.startsWith(path.join('core', 'panel'))))(
    '%s does not touch the DOM (only core/panel may)',
    (file) => {
      expect(code(file)).not.toMatch(DOM_APIS);
    },
  );
});

describe('the hosts are adapters over the core', () => {
  it.each([...sourceFiles('excel-addin'), ...sourceFiles('sheets-addon')])('%s does not import the other host', (file) => {
    const other = file.startsWith('excel-addin') ? 'sheets-addon' : 'excel-addin';
    expect(imports(file).filter((specifier) => specifier.includes(other))).toEqual([]);
  });
});

/** The preview's own tools: its bundler, the formula engine its grid paints with, the screenshots' browser. */
const PACKAGES_DEV_MAY_USE = new Set(['esbuild', 'hyperformula', 'playwright-core']);
/** The preview's folder named as a path, as a build script names it to load it by file. */
const NAMES_PREVIEW = /['"]dev['"]\s*,\s*['"]preview['"]|\bdev\/preview\b/;
/** The one script allowed to: npm start builds the preview from there and serves it beside the add-in. */
const SERVES_PREVIEW = path.join('excel-addin', 'build', 'preview.mjs');

describe('the dev preview stays dev-only', () => {
  it.each(sourceFiles('dev'))('%s imports only the core, dev/ itself and its dev tools, never a test', (file) => {
    for (const specifier of allImports(file)) {
      const fine =
        resolvesInto(file, specifier, 'core') ||
        resolvesInto(file, specifier, 'dev') ||
        specifier.startsWith('node:') ||
        PACKAGES_DEV_MAY_USE.has(specifier);
      expect(fine, `${file} imports ${specifier}`).toBe(true);
    }
  });

  const shippedSide = [...sourceFiles('core'), ...sourceFiles('excel-addin'), ...sourceFiles('sheets-addon')];

  it.each(shippedSide)('%s never imports the preview', (file) => {
    expect(allImports(file).filter((specifier) => resolvesInto(file, specifier, 'dev'))).toEqual([]);
  });

  it(`only ${SERVES_PREVIEW} names the preview's folder in core and the hosts, to build it for npm start`, () => {
    expect(shippedSide.filter((file) => NAMES_PREVIEW.test(code(file)))).toEqual([SERVES_PREVIEW]);
  });
});
