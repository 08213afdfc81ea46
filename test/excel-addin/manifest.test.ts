/**
 * manifest.xml against Microsoft's XSDs (offline, xmllint-wasm), proven to reject broken copies,
 * plus what the schemas cannot see: one shared page, the namespace, and URLs that exist in the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXCEL_NAMESPACE } from '../../excel-addin/excelSpelling';
// @ts-expect-error plain JavaScript build step, no type declarations.
import { validateManifest } from '../../excel-addin/build/validateManifest.mjs';
import { excelDist } from './excelBundle';

const manifestPath = path.resolve(excelDist, '../../manifest.xml');
const manifest = readFileSync(manifestPath, 'utf8');
const withoutComments = manifest.replace(/<!--[\s\S]*?-->/g, '');

async function problemsWith(xml: string): Promise<string[]> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tracklight-manifest-'));
  try {
    await writeFile(path.join(dir, 'manifest.xml'), xml);
    return await validateManifest(path.join(dir, 'manifest.xml'));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const resource = (id: string) => withoutComments.match(new RegExp(`id="${id.replace('.', '\\.')}" DefaultValue="([^"]+)"`))?.[1];
const resid = (pattern: RegExp) => withoutComments.match(pattern)?.[1];

describe('manifest.xml', () => {
  it('validates against the Office add-in manifest XSDs', async () => {
    expect(await validateManifest(manifestPath)).toEqual([]);
  });

  it.each([
    ['without its Id', /Id/, (xml: string) => xml.replace(/<Id>[^<]*<\/Id>/, '')],
    ['with a runtime lifetime Office does not know', /lifetime/, (xml: string) => xml.replace('lifetime="long"', 'lifetime="forever"')],
    ['with the custom functions Page missing', /Page/, (xml: string) => xml.replace(/<Page>[\s\S]*?<\/Page>/, '')],
    [
      'with a Permissions value Office does not know',
      /Permissions/,
      (xml: string) => xml.replace(/<Permissions>\w+<\/Permissions>/, '<Permissions>Everything</Permissions>'),
    ],
    [
      'with a resid that names no resource',
      /Functions\.Nmespace/,
      (xml: string) => xml.replace('resid="Functions.Namespace"', 'resid="Functions.Nmespace"'),
    ],
  ])('is rejected %s, so the validation is real', async (_, complaint, breakIt) => {
    const broken = breakIt(manifest);
    expect(broken).not.toBe(manifest);
    const problems = await problemsWith(broken);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(complaint);
  });

  it('uses one long-lived shared runtime for the functions, the pane and the ribbon', () => {
    const runtime = resid(/<Runtime resid="([^"]+)" lifetime="long"\/>/);
    expect(runtime).toBeDefined();
    expect(resid(/<Page>\s*<SourceLocation resid="([^"]+)"/)).toBe(runtime);
    expect(resid(/<FunctionFile resid="([^"]+)"/)).toBe(runtime);
    expect(resid(/<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"/)).toBe(runtime);
    expect(resource(runtime!)).toMatch(/\/taskpane\.html$/);
  });

  it('declares the requirement sets the shared runtime and the error messages need', () => {
    expect(withoutComments).toMatch(/<Set Name="SharedRuntime" MinVersion="1\.1"\/>/);
    expect(withoutComments).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1\.[2-9]"\/>/);
  });

  it('puts the functions in the namespace the pane shows', () => {
    expect(resource(resid(/<Namespace resid="([^"]+)"/)!)).toBe(EXCEL_NAMESPACE);
  });

  it('points the functions at the built script and functions.json', () => {
    expect(resource(resid(/<Script>\s*<SourceLocation resid="([^"]+)"/)!)).toMatch(/\/functions\.js$/);
    expect(resource(resid(/<Metadata>\s*<SourceLocation resid="([^"]+)"/)!)).toMatch(/\/functions\.json$/);
  });

  it('names only files that the build writes, on the dev server', () => {
    const urls = [...withoutComments.matchAll(/DefaultValue="(https:[^"]+)"/g)].map((match) => match[1]!);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith('https://localhost:3000/'), url).toBe(true);
      expect(existsSync(path.join(excelDist, new URL(url).pathname)), url).toBe(true);
    }
  });

  it('asks for ReadWriteDocument, because the Excel host writes conditional formats and adds sheets', () => {
    const permission = withoutComments.match(/<Permissions>(\w+)<\/Permissions>/)?.[1];
    const hostDir = path.resolve(excelDist, '../../excel-addin/host');
    const hostSource = readdirSync(hostDir)
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(path.join(hostDir, file), 'utf8'))
      .join('\n');
    // These are the calls that need it: below ReadWriteDocument, Office refuses Excel.run writes.
    expect(hostSource).toMatch(/excel\.run\(/);
    expect(hostSource).toMatch(/conditionalFormats\.add\(/);
    expect(hostSource).toMatch(/worksheets\.add\(/);
    // ReadWriteDocument is the highest level a task pane add-in can ask for; nothing above it exists to avoid.
    expect(permission).toBe('ReadWriteDocument');
  });
});
