/**
 * Deployment, part 2: the zip writer (read back by an independent reader and, where installed,
 * by unzip itself) and `npm run package`: a zip of dist/excel, byte for byte, with the manifest
 * beside it, refused while the build still points at localhost. Runs in temporary folders only.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript build step, no type declarations.
import { describeManifest } from '../../excel-addin/build/baseUrl.mjs';
// @ts-expect-error as above.
import { buildExcel } from '../../excel-addin/build/buildExcel.mjs';
// @ts-expect-error as above.
import { packageExcel, PACKAGE_MANIFEST, PACKAGE_ZIP } from '../../excel-addin/build/package.mjs';
// @ts-expect-error as above.
import { folderEntries, zip } from '../../excel-addin/build/zip.mjs';
import { repoRoot } from './tempRepo';
import { readZip } from './zipReader';

const hasUnzip = spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0;

async function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'tracklight-package-'));
}

describe('zip', () => {
  const modified = new Date(2025, 8, 1, 14, 30, 10);
  const entries = [
    { name: 'taskpane.html', content: Buffer.from('<!doctype html>\n<p>Tracklight</p>\n'.repeat(50)), modified },
    { name: 'assets/icon-16.png', content: Buffer.from(Array.from({ length: 2048 }, (_, index) => (index * 37) % 256)), modified },
    { name: 'empty.txt', content: Buffer.alloc(0), modified },
    { name: 'notes/célèbre ✓.txt', content: Buffer.from('named in UTF-8'), modified },
  ];

  it('writes entries a reader gets back exactly: names, bytes, times and ordinary file permissions', () => {
    const read = readZip(zip(entries));
    expect(read.map((entry) => entry.name)).toEqual(entries.map((entry) => entry.name));
    read.forEach((entry, index) => {
      expect(entry.content.equals(entries[index].content), entry.name).toBe(true);
      expect(entry.modified).toEqual(modified);
      expect(entry.unixMode).toBe(0o100644);
    });
  });

  it('deflates: repetitive text comes out smaller, and each entry is raw deflate of its bytes', () => {
    const file = zip([entries[0]]);
    expect(file.length).toBeLessThan(entries[0].content.length);
    expect(file.includes(deflateRawSync(entries[0].content, { level: 9 }))).toBe(true);
  });

  it('refuses a name that would land outside the folder when unzipped', () => {
    expect(() => zip([{ name: '../web.config', content: Buffer.from('x') }])).toThrow(/relative path inside/);
    expect(() => zip([{ name: '/etc/passwd', content: Buffer.from('x') }])).toThrow(/relative path inside/);
  });

  it.skipIf(!hasUnzip)('is read by unzip itself: CRCs test clean and every file extracts to the same bytes', async () => {
    const dir = await tempDir();
    try {
      const file = path.join(dir, 'test.zip');
      await writeFile(file, zip(entries));
      expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
      execFileSync('unzip', ['-q', file, '-d', path.join(dir, 'out')]);
      for (const entry of entries)
        expect((await readFile(path.join(dir, 'out', entry.name))).equals(entry.content), entry.name).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run package', () => {
  let distDir: string;
  let files: { name: string; content: Buffer }[];
  const log: string[] = [];
  beforeAll(async () => {
    distDir = await tempDir();
    await buildExcel({ root: repoRoot, outDir: path.join(distDir, 'excel'), baseUrl: 'https://tracklight.school.example/' });
    // Beside dist/excel, as npm run build and npm start leave them: none of it belongs in the upload.
    await mkdir(path.join(distDir, 'sheets'), { recursive: true });
    await writeFile(path.join(distDir, 'sheets', 'Code.js'), '// the Sheets add-on');
    await mkdir(path.join(distDir, '.preview'), { recursive: true });
    await writeFile(path.join(distDir, '.preview', 'preview.js'), '// the dev preview');
    files = await folderEntries(path.join(distDir, 'excel'));
    await packageExcel({ distDir, log: (line: string) => log.push(line) });
  });
  afterAll(() => rm(distDir, { recursive: true, force: true }));

  it('zips every file of dist/excel, byte for byte, and nothing else', async () => {
    const read = readZip(await readFile(path.join(distDir, PACKAGE_ZIP)));
    expect(read.map((entry) => entry.name).sort()).toEqual(files.map((file) => file.name).sort());
    for (const entry of read) expect(entry.content.equals(files.find((file) => file.name === entry.name)!.content), entry.name).toBe(true);
    expect(read.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(['taskpane.html', 'functions.js', 'functions.json', 'manifest.xml', 'web.config', 'assets/icon-32.png']),
    );
    expect(read.some((entry) => /preview|Code\.js/.test(entry.name))).toBe(false);
  });

  it('puts the manifest beside the zip, the same bytes as the one inside it', async () => {
    const beside = await readFile(path.join(distDir, PACKAGE_MANIFEST));
    const inside = readZip(await readFile(path.join(distDir, PACKAGE_ZIP))).find((entry) => entry.name === 'manifest.xml')!;
    expect(beside.equals(inside.content)).toBe(true);
    expect(beside.toString()).toContain('https://tracklight.school.example/taskpane.html');
  });

  it('says what it packaged, under which version and id, and where each file goes', async () => {
    const { id, version } = describeManifest(await readFile(path.join(repoRoot, 'manifest.xml'), 'utf8'));
    const text = log.join('\n');
    expect(text).toContain(`Tracklight ${version} (add-in id ${id}) for https://tracklight.school.example/`);
    expect(text).toContain(`${files.length} files`);
    expect(text).toContain('Integrated apps > Upload custom apps');
  });

  it.skipIf(!hasUnzip)('unzips with unzip into a folder that matches dist/excel', () => {
    const listing = execFileSync('unzip', ['-Z1', path.join(distDir, PACKAGE_ZIP)], { encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(listing.sort()).toEqual(files.map((file) => file.name).sort());
    expect(execFileSync('unzip', ['-t', path.join(distDir, PACKAGE_ZIP)], { encoding: 'utf8' })).toContain('No errors detected');
  });

  it('refuses a build that still points at localhost, saying how to build for the school’s server', async () => {
    const dir = await tempDir();
    try {
      await buildExcel({ root: repoRoot, outDir: path.join(dir, 'excel'), baseUrl: 'https://localhost:3000' });
      await expect(packageExcel({ distDir: dir, log: () => {} })).rejects.toThrow(
        /points at https:\/\/localhost:3000, which only this computer can reach[\s\S]*npm run build -- --base-url https:\/\//,
      );
      await expect(readFile(path.join(dir, PACKAGE_ZIP))).rejects.toThrow(/ENOENT/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses when nothing is built, and when the manifest would not validate', async () => {
    const dir = await tempDir();
    try {
      await expect(packageExcel({ distDir: dir, log: () => {} })).rejects.toThrow(/no built add-in[\s\S]*--base-url/);
      await mkdir(path.join(dir, 'excel'));
      const manifest = await readFile(path.join(distDir, 'excel', 'manifest.xml'), 'utf8');
      await writeFile(path.join(dir, 'excel', 'manifest.xml'), manifest.replace(/<Id>[^<]*<\/Id>/, ''));
      await expect(packageExcel({ distDir: dir, log: () => {} })).rejects.toThrow(/does not validate[\s\S]*Id/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
