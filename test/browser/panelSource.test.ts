/**
 * What the browser tests cannot see by clicking: no code path in the panel can turn a string into
 * markup, the panel stays host-neutral, and the dev-only preview (HyperFormula included) never
 * lands in a bundle that ships.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const panelDir = path.join(root, 'core', 'panel');
const panelSources = readdirSync(panelDir)
  .filter((file) => file.endsWith('.ts'))
  .map((file) => ({ file, text: readFileSync(path.join(panelDir, file), 'utf8') }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(path.join(dir, entry.name)) : [path.join(dir, entry.name)],
  );
}

describe('the panel source', () => {
  it('never parses a string as HTML', () => {
    const html = /\b(innerHTML|outerHTML|insertAdjacentHTML|createContextualFragment|DOMParser|document\.write)\b/;
    expect(panelSources.filter(({ text }) => html.test(text)).map(({ file }) => file)).toEqual([]);
    expect(panelSources.length).toBeGreaterThan(5);
  });

  it('talks to a spreadsheet only through Host, and uses zod/mini', () => {
    const hostApis = /\b(Office\.|Excel\.run|google\.script|SpreadsheetApp)/;
    expect(
      panelSources.filter(({ text }) => hostApis.test(text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))).map(({ file }) => file),
    ).toEqual([]);
    expect(panelSources.filter(({ text }) => /from 'zod'/.test(text)).map(({ file }) => file)).toEqual([]);
  });
});

describe('the shipped bundles', () => {
  const shipped = ['excel', 'sheets'].map((host) => path.join(root, 'dist', host));
  const built = shipped.every((dir) => existsSync(dir));
  if (!built)
    console.warn(
      '!!! dist/excel or dist/sheets is missing (TRACKLIGHT_SKIP_BUILD=1?): the check that the preview never ships did not run. !!!',
    );

  it.skipIf(!built)('hold nothing of the dev-only preview or HyperFormula', () => {
    const leaks = shipped
      .flatMap(filesUnder)
      .filter((file) => /HyperFormula|PreviewWorkbook|paint-worker|pv-grid/.test(readFileSync(file, 'utf8')));
    expect(leaks.map((file) => path.relative(root, file))).toEqual([]);
  });
});
