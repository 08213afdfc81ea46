/**
 * The README's "Which Excel versions work" against manifest.xml's requirement sets, its privacy
 * section against what taskpane.html loads, and the dev server's address in both READMEs.
 * The minimum builds are Microsoft's, per requirement set and platform, from
 *   https://learn.microsoft.com/javascript/api/requirement-sets/common/shared-runtime-requirement-sets
 *   https://learn.microsoft.com/javascript/api/requirement-sets/excel/custom-functions-requirement-sets
 * so a manifest that asks for a newer set fails here until the README names that set's builds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const readme = read('README.md');
const manifest = read('manifest.xml').replace(/<!--[\s\S]*?-->/g, '');

type Platform = 'web' | 'microsoft365' | 'retail' | 'volume' | 'mac' | 'ipad';
/** A build as Microsoft writes it ("Version 2008 (Build 13127.20296)"), or null where the set is not supported. */
type Build = string | null;
const SUPPORTED = 'supported';

const MINIMUM_BUILDS: Record<string, Record<Platform, Build>> = {
  'SharedRuntime 1.1': {
    web: SUPPORTED,
    microsoft365: 'Version 2002 (Build 12527.20092)',
    retail: 'Version 2002 (Build 12527.20092)',
    volume: 'Version 2108 (Build 12527.20092)',
    mac: 'Version 16.35 (20030802)',
    ipad: null,
  },
  'SharedRuntime 1.2': {
    web: SUPPORTED,
    microsoft365: 'Version 2108 (Build 14326.20508)',
    retail: 'Version 2108 (Build 14326.20508)',
    volume: null, // Excel 2024 only, which this table cannot say
    mac: 'Version 16.52 (21080801)',
    ipad: null,
  },
  'CustomFunctionsRuntime 1.1': {
    web: SUPPORTED,
    microsoft365: 'Version 1903 (Build 11425.20156)',
    retail: 'Version 2311 (Build 17029.20126)',
    volume: 'Version 2108 (Build 14332.20011)',
    mac: 'Version 16.34 (20020900)',
    ipad: null,
  },
  'CustomFunctionsRuntime 1.2': {
    web: SUPPORTED,
    microsoft365: 'Version 1909 (Build 11929.20934)',
    retail: 'Version 2311 (Build 17029.20126)',
    volume: 'Version 2108 (Build 14332.20011)',
    mac: 'Version 16.34 (20020900)',
    ipad: null,
  },
  'CustomFunctionsRuntime 1.3': {
    web: SUPPORTED,
    microsoft365: 'Version 2008 (Build 13127.20296)',
    retail: 'Version 2311 (Build 17029.20126)',
    volume: 'Version 2108 (Build 14332.20011)',
    mac: 'Version 16.40 (20081000)',
    ipad: null,
  },
  'CustomFunctionsRuntime 1.4': {
    web: SUPPORTED,
    microsoft365: 'Version 2208 (Build 15601.20148)',
    retail: null,
    volume: null,
    mac: 'Version 16.64 (22081401)',
    ipad: null,
  },
};

/** The README table row for each platform, found by its first cell. */
const ROW_LABELS: Record<Platform, RegExp> = {
  web: /^Excel on the web$/,
  microsoft365: /^Microsoft 365 on Windows$/,
  retail: /\(retail\) on Windows$/,
  volume: /\(volume licence\) on Windows$/,
  mac: /^Excel on Mac$/,
  ipad: /iPad/,
};

/** "Version 2008 (Build 13127.20296)" as [2008, 13127, 20296], "Version 16.40 (20081000)" as [16, 40, 20081000]. */
function buildNumbers(build: string): number[] {
  return [...build.matchAll(/\d+/g)].map((match) => Number(match[0]));
}

function later(a: string, b: string): string {
  const [x, y] = [buildNumbers(a), buildNumbers(b)];
  for (let index = 0; index < Math.max(x.length, y.length); index += 1) {
    if ((x[index] ?? 0) !== (y[index] ?? 0)) return (x[index] ?? 0) > (y[index] ?? 0) ? a : b;
  }
  return a;
}

/** The first build of each platform that has every set: the latest of the sets' minimums, or none if any set is missing. */
function minimumFor(sets: string[], platform: Platform): Build {
  const builds = sets.map((set) => MINIMUM_BUILDS[set][platform]);
  if (builds.some((build) => build === null)) return null;
  const versions = builds.filter((build): build is string => build !== SUPPORTED);
  return versions.length ? versions.reduce(later) : SUPPORTED;
}

const requirementSets = [...manifest.matchAll(/<Set Name="(\w+)" MinVersion="([\d.]+)"\s*\/>/g)].map((match) => `${match[1]} ${match[2]}`);
const section = readme.match(/## Which Excel versions work\n([\s\S]*?)\n## /)?.[1] ?? '';
const table = new Map(
  section
    .split('\n')
    .filter((line) => /^\| .* \| .* \|$/.test(line) && !/^\|[-| ]+\|$/.test(line))
    .map((line) => line.split('|').map((cell) => cell.trim()))
    .map((cells) => [cells[1], cells[2]] as const),
);

describe('README: which Excel versions work', () => {
  it('reads the manifest’s requirement sets, each of which Microsoft’s tables cover', () => {
    expect(requirementSets.length).toBeGreaterThan(0);
    for (const set of requirementSets) expect(Object.keys(MINIMUM_BUILDS), `add Microsoft's minimum builds for ${set}`).toContain(set);
  });

  it('names every requirement set and version the manifest asks for', () => {
    for (const set of requirementSets) expect(section).toContain(`\`${set}\``);
  });

  it.each(Object.keys(ROW_LABELS) as Platform[])('gives the first %s build that has all of them', (platform) => {
    const rows = [...table].filter(([label]) => ROW_LABELS[platform].test(label));
    expect(rows, `one row for ${platform}`).toHaveLength(1);
    const [, stated] = rows[0];
    const minimum = minimumFor(requirementSets, platform);
    if (minimum === null) expect(stated).toBe('not supported');
    else if (minimum === SUPPORTED) expect(stated).toMatch(/^any\b/);
    else expect(stated).toBe(minimum);
  });

  it('says what needs dynamic arrays, matching the class sheets’ FILTER formulas', () => {
    expect(read('core/classSheets/formulas.ts')).toMatch(/FILTER\(/);
    expect(section).toMatch(/dynamic arrays/);
    expect(section).toMatch(/Class sheets need dynamic arrays[\s\S]*`FILTER`[\s\S]*Excel 2021/);
    expect(section).toMatch(/Ctrl\+Shift\+Enter/);
  });
});

describe('README: privacy', () => {
  const privacy = readme.match(/## Privacy: what leaves the workbook\n([\s\S]*?)\n## /)?.[1] ?? '';
  const page = read('excel-addin/taskpane.html');
  const remote = [...page.matchAll(/\b(?:src|href)="((?:https?:)?\/\/[^"]+)"/g)].map((match) => match[1]);

  it('names the one remote file the Excel page loads, office.js from Microsoft’s CDN, and says nothing else is fetched', () => {
    expect(remote).toHaveLength(1);
    expect(remote[0]).toMatch(/^https:\/\/appsforoffice\.microsoft\.com\/.*\/office\.js$/);
    expect(privacy).toContain(remote[0]);
    expect(privacy).toMatch(/exactly one file[\s\S]*Nothing else is\s+fetched, and nothing is sent/);
  });
});

describe('the dev server’s address in the READMEs', () => {
  it.each(['README.md', 'excel-addin/README.md'])('%s names one: localhost:3000, over http:// only where HTTPS cannot be had', (file) => {
    const text = read(file);
    // With a port: the server's address (a bare "http://localhost" is the build's rule for base URLs).
    const addresses = [...text.matchAll(/\b(https?):\/\/(?:localhost|127\.0\.0\.1)(:\d+)/g)];
    expect(addresses.length).toBeGreaterThan(0);
    for (const [address, , port] of addresses) expect(port, address).toBe(':3000');
    for (const { index } of addresses.filter(([, scheme]) => scheme === 'http')) {
      const paragraph = text.slice(text.lastIndexOf('\n\n', index), text.indexOf('\n\n', index));
      expect(paragraph).toMatch(/HTTPS\s+still cannot be had|HTTPS cannot be had/);
    }
  });
});
