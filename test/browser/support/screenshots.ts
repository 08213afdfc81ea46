/**
 * Where browser tests put their screenshots: a fresh folder in the system's temp dir, never the
 * repository, so `npm test` changes no file there. The README's come from `npm run screenshots`.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

let folder: string | undefined;

/** A path for `name` in this test file's own temporary folder, made on first use. */
export function screenshotPath(name: string): string {
  folder ??= mkdtempSync(path.join(os.tmpdir(), 'tracklight-screenshots-'));
  return path.join(folder, name);
}
