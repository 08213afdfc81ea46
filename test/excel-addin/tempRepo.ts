/**
 * Test support: a copy of the repository in a temporary folder, for tests that run the build, the
 * packager or npm start's server, so they never write the shared dist/ or any tracked file. It
 * holds what those read (the sources, manifest.xml, build.mjs), links node_modules, and puts
 * shared/ beside it as in the real checkout (the manifest schemas live there).
 */
import { cp, mkdtemp, readdir, realpath, rm, stat, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const COPIED = ['build.mjs', 'package.json', 'tsconfig.json', 'manifest.xml', 'core', 'excel-addin', 'sheets-addon', 'dev'];

export interface TempRepo {
  root: string;
  remove: () => Promise<void>;
}

export async function copyRepo(): Promise<TempRepo> {
  const base = await mkdtemp(path.join(os.tmpdir(), 'tracklight-repo-'));
  const root = path.join(base, 'main');
  for (const part of COPIED) await cp(path.join(repoRoot, part), path.join(root, part), { recursive: true });
  await symlink(await realpath(path.join(repoRoot, 'node_modules')), path.join(root, 'node_modules'), 'dir');
  await symlink(await realpath(path.join(repoRoot, '../shared')), path.join(base, 'shared'), 'dir');
  return { root, remove: () => rm(base, { recursive: true, force: true }) };
}

/** Every file under `dir` (not following links) with its size and modification time, to see what a run wrote. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    const { size, mtimeMs } = await stat(full);
    files.set(path.relative(dir, full), `${size}:${mtimeMs}`);
  }
  return files;
}

/** The paths that were added, removed or changed between two snapshots. */
export function changedPaths(before: Map<string, string>, after: Map<string, string>): string[] {
  const paths = new Set([...before.keys(), ...after.keys()]);
  return [...paths].filter((file) => before.get(file) !== after.get(file)).sort();
}
