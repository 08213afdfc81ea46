/**
 * The lint rules the house relies on actually bite: `npm run lint` (part of `npm test`) would pass
 * a tree in which a rule had quietly stopped applying, so each is shown failing on small files
 * written to a temporary folder. Cycles are found by madge, which counts type-only imports too
 * (ESLint's import-x/no-cycle skips them, and both of the cycles this house once had were such).
 * The repository's own tree is linted by `npm run lint` itself.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ESLint } from 'eslint';
// @ts-expect-error madge ships no type declarations.
import madge from 'madge';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error the ESLint config is plain JavaScript with no type declarations.
import config from '../../.eslint.config.mjs';

const folder = mkdtempSync(path.join(tmpdir(), 'tracklight-lint-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function rulesBroken(files: Record<string, string>): Promise<string[]> {
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  const eslint = new ESLint({ cwd: folder, overrideConfigFile: true, overrideConfig: config });
  const results = await eslint.lintFiles(Object.keys(files));
  return results.flatMap((result) => result.messages.map((message) => `${path.basename(result.filePath)}: ${message.ruleId}`));
}

describe('npm run lint', () => {
  it('fails a cycle, even one made only of type imports, and passes once it is broken', async () => {
    const write = (files: Record<string, string>) =>
      Object.entries(files).forEach(([name, text]) => writeFileSync(path.join(folder, name), text));
    const cycles = async () => ((await madge(folder, { fileExtensions: ['ts'] })) as { circular(): string[][] }).circular();
    write({
      'plan.ts': "import type { View } from './view';\nexport interface Plan { view: View }\n",
      'view.ts': "import type { Plan } from './plan';\nexport interface View { plan: Plan }\n",
    });
    expect(await cycles()).toEqual([['plan.ts', 'view.ts']]);
    write({ 'plan.ts': 'export interface Plan { name: string }\n' });
    expect(await cycles()).toEqual([]);
  });

  it('fails ==, an unused variable and a line of 140 characters or more', async () => {
    const long = `export const sentence = '${'x'.repeat(140)}';\n`;
    const broken = await rulesBroken({ 'sloppy.ts': `export const same = (a: number, b: number) => a == b;\nconst unused = 1;\n${long}` });
    expect(broken).toEqual(
      expect.arrayContaining(['sloppy.ts: eqeqeq', 'sloppy.ts: @typescript-eslint/no-unused-vars', 'sloppy.ts: max-len']),
    );
  });
});
