import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export default defineConfig({
  root,
  test: {
    include: ['test/**/*.test.ts', 'excel-addin/**/*.test.ts', 'sheets-addon/**/*.test.ts'],
    // The bundle, parity and browser tests load what `npm run build` writes: build it once per run.
    globalSetup: ['test/support/buildOnce.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
