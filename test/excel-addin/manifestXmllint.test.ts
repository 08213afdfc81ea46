/**
 * A second, independent validator for manifest.xml: Debian's native xmllint, the command the
 * shared reference README gives. CI installs libxml2-utils, so there it always runs; on a
 * machine without xmllint it says so loudly, and the xmllint-wasm check still runs.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const manifest = fileURLToPath(new URL('../../manifest.xml', import.meta.url));
const schema = fileURLToPath(new URL('../../../shared/reference/office-manifest-xsd/OfficeAppManifestV1_1.xsd', import.meta.url));
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
if (!hasXmllint)
  console.warn('\n*** xmllint is not installed (apt-get install libxml2-utils): the native manifest check is skipped. ***\n');

describe.skipIf(!hasXmllint)('manifest.xml with the native xmllint', () => {
  it('validates against the Office add-in manifest XSDs', () => {
    const output = execFileSync('xmllint', ['--noout', '--schema', schema, manifest], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(output).toBe('');
  });

  it('rejects a manifest without its Id, so the check is real', () => {
    const broken = spawnSync('xmllint', ['--noout', '--schema', schema, '-'], {
      input: readFileSync(manifest, 'utf8').replace(/<Id>[^<]*<\/Id>/, ''),
      encoding: 'utf8',
    });
    expect(broken.status).not.toBe(0);
    expect(broken.stderr).toMatch(/fails to validate/);
  });
});
