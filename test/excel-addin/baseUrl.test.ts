/**
 * Deployment, part 1: `npm run build -- --base-url https://...` (or TRACKLIGHT_EXCEL_BASE_URL) writes a
 * dist/excel whose manifest points there and still validates; anything but https:// is refused
 * (http:// only for localhost); the add-in id is manifest.xml's unless --new-id or --id asks.
 * The build runs in a temporary copy of the repository, never in the shared dist/.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript build step, no type declarations.
import * as baseUrl from '../../excel-addin/build/baseUrl.mjs';
// @ts-expect-error as above.
import { validateManifest } from '../../excel-addin/build/validateManifest.mjs';
import { copyRepo, repoRoot, type TempRepo } from './tempRepo';

const { chooseAddinId, DEV_BASE_URL, describeManifest, manifestFor, parseBaseUrl, resolveBaseUrl } = baseUrl;
const run = promisify(execFile);
const sourceManifest = await readFile(path.join(repoRoot, 'manifest.xml'), 'utf8');
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every address in a manifest outside comments. */
function addresses(manifest: string): string[] {
  return [...manifest.replace(/<!--[\s\S]*?-->/g, '').matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((match) => match[1]);
}

describe('parseBaseUrl', () => {
  it.each([
    ['https://tracklight.school.example/', 'https://tracklight.school.example'],
    ['https://tracklight.school.example', 'https://tracklight.school.example'],
    ['  https://Tools.School.Example/tracklight//  ', 'https://tools.school.example/tracklight'],
    ['https://school.github.io/tracklight/', 'https://school.github.io/tracklight'],
    ['https://localhost:3000/', 'https://localhost:3000'],
    ['http://localhost:8080/', 'http://localhost:8080'],
    ['http://127.0.0.1:3000', 'http://127.0.0.1:3000'],
  ])('accepts %s as %s', (text, base) => {
    expect(parseBaseUrl(text)).toBe(base);
  });

  it.each([
    ['http://tracklight.school.example/', /not an https:\/\/ address[\s\S]*only over HTTPS[\s\S]*--base-url https:\/\//],
    ['ftp://files.school.example/', /not an https:\/\/ address/],
    ['tracklight.school.example', /not a web address[\s\S]*full address/],
    ['https://tracklight.school.example/?v=2', /\?query/],
    ['https://admin:secret@tracklight.school.example/', /password/],
  ])('refuses %s and says what to give instead', (text, message) => {
    expect(() => parseBaseUrl(text)).toThrow(message);
  });

  it('names where the address came from, so the fix is clear', () => {
    expect(() => resolveBaseUrl({ env: 'http://intranet/tracklight' })).toThrow(
      /^TRACKLIGHT_EXCEL_BASE_URL 'http:\/\/intranet\/tracklight'/,
    );
    expect(() => resolveBaseUrl({ flag: 'http://intranet/', env: 'https://fine.example/' })).toThrow(/^--base-url /);
    expect(resolveBaseUrl({ flag: 'https://flag.example/', env: 'https://env.example/' })).toBe('https://flag.example');
    expect(resolveBaseUrl({ env: '' })).toBe(DEV_BASE_URL);
  });
});

describe('the add-in id', () => {
  const sourceId = describeManifest(sourceManifest).id;

  it('stays manifest.xml’s unless asked, so an upload is an update of the add-in already deployed', () => {
    expect(chooseAddinId({})).toBeUndefined();
    expect(describeManifest(manifestFor(sourceManifest, { baseUrl: 'https://a.example', addinId: chooseAddinId({}) })).id).toBe(sourceId);
  });

  it('is a fresh GUID each time with --new-id', () => {
    const [first, second] = [chooseAddinId({ newId: true }), chooseAddinId({ newId: true })];
    expect(first).toMatch(GUID);
    expect(first).not.toBe(second);
    expect(first).not.toBe(sourceId);
  });

  it('is the one given with --id, which must be a GUID', () => {
    expect(chooseAddinId({ id: 'de1ae17b-4e9b-4d8a-b405-5cf55e3391fd' })).toBe('de1ae17b-4e9b-4d8a-b405-5cf55e3391fd');
    expect(() => chooseAddinId({ id: 'tracklight' })).toThrow(/not a GUID/);
    expect(() => chooseAddinId({ id: 'de1ae17b-4e9b-4d8a-b405-5cf55e3391fd', newId: true })).toThrow(/not both/);
  });
});

describe('npm run build with a base URL (in a copy of the repository)', () => {
  let repo: TempRepo;
  beforeAll(async () => {
    repo = await copyRepo();
  });
  afterAll(() => repo.remove());
  const build = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    run(process.execPath, ['build.mjs', ...args], { cwd: repo.root, env: { ...process.env, TRACKLIGHT_EXCEL_BASE_URL: '', ...env } });
  const builtManifest = () => readFile(path.join(repo.root, 'dist/excel/manifest.xml'), 'utf8');

  it('points every address of dist/excel/manifest.xml at --base-url, keeps the id, and still validates', async () => {
    const { stdout } = await build(['--base-url', 'https://tracklight.school.example/']);
    expect(stdout).toContain('for https://tracklight.school.example');
    const manifest = await builtManifest();
    const urls = addresses(manifest);
    expect(urls.length).toBe(addresses(sourceManifest).length);
    for (const url of urls) {
      expect(url.startsWith('https://tracklight.school.example/'), url).toBe(true);
      // Each names a file the build wrote, at the same place under the new address.
      expect(existsSync(path.join(repo.root, 'dist/excel', new URL(url).pathname)), url).toBe(true);
    }
    expect(describeManifest(manifest).id).toBe(describeManifest(sourceManifest).id);
    expect(describeManifest(manifest).version).toBe(describeManifest(sourceManifest).version);
    expect(await validateManifest(path.join(repo.root, 'dist/excel/manifest.xml'))).toEqual([]);
  });

  it('takes TRACKLIGHT_EXCEL_BASE_URL, a folder on the host included, with a fresh id on --new-id, and validates', async () => {
    const { stdout } = await build(['--new-id'], { TRACKLIGHT_EXCEL_BASE_URL: 'https://tools.school.example/tracklight/' });
    const manifest = await builtManifest();
    for (const url of addresses(manifest)) expect(url.startsWith('https://tools.school.example/tracklight/'), url).toBe(true);
    const { id } = describeManifest(manifest);
    expect(id).toMatch(GUID);
    expect(id).not.toBe(describeManifest(sourceManifest).id);
    // The new id is printed with how to keep it for the next update.
    expect(stdout).toContain(`--id ${id}`);
    expect(await validateManifest(path.join(repo.root, 'dist/excel/manifest.xml'))).toEqual([]);
  });

  it.each([
    [
      ['--base-url', 'http://tracklight.school.example/'],
      {},
      /--base-url 'http:\/\/tracklight\.school\.example\/' is not an https:\/\/ address/,
    ],
    [
      [],
      { TRACKLIGHT_EXCEL_BASE_URL: 'http://intranet/tracklight' },
      /TRACKLIGHT_EXCEL_BASE_URL 'http:\/\/intranet\/tracklight' is not an https/,
    ],
    [['--base-url'], {}, /argument missing|--base-url/],
    [['--bse-url', 'https://x.example'], {}, /Unknown option '--bse-url'[\s\S]*--base-url/],
  ])('refuses %j %j with a message and exit 1, before touching dist/', async (args, env, message) => {
    const marker = path.join(repo.root, 'dist', 'marker');
    await mkdir(path.dirname(marker), { recursive: true });
    await writeFile(marker, 'left alone');
    const failure = await build(args, env).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(message);
    expect(await readFile(marker, 'utf8')).toBe('left alone');
  });
});
