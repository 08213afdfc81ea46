/**
 * Issue 14: Apps Script compiles and runs every script file for every custom-function run, so what
 * such a run rarely needs (the sidebar's server, zod and the grade settings schema) is text in
 * Deferred.js, compiled the first time it is used, and its top level builds no zod schema. A run
 * without a school's scale never compiles it; one with a scale compiles it once. The time this
 * saves is npm run bench's.
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { functions } from '../../core';
import { zodCountingContext } from '../support/zodProbe';
import { readBuilt, runScripts, SCRIPT_FILES } from './sheetsBundle';
import { createSheetsFake } from '../fakes/sheetsFake';

const current = [
  [5, '6-', ''],
  ['4+', 7, 3],
];
const target = [[6], [5]];
const scale = [
  ['Emerging', 1],
  ['Secure', 3],
];

/** The add-on loaded into a zod-counting realm whose Function constructor counts what it compiles. */
function loadCounting(files: readonly string[] = SCRIPT_FILES, globals: Record<string, unknown> = {}) {
  const context = zodCountingContext(globals);
  const counts = { compiles: 0 };
  const realmFunction = vm.runInContext('Function', context) as FunctionConstructor;
  // `new Function(...)` in the add-on reaches this global; a function returned from a constructor is what `new` gives.
  // zod compiles small parsers of its own the same way; only the deferred bundle's compiles are counted.
  (context as Record<string, unknown>).Function = function countingFunction(...args: string[]) {
    if (args.at(-1)?.includes('return TracklightDeferred.modules')) counts.compiles += 1;
    return realmFunction(...args);
  };
  runScripts(context, files);
  const call = (name: string, ...args: unknown[]) => ((context as Record<string, unknown>)[name] as (...a: unknown[]) => unknown)(...args);
  return { context, counts, call };
}

describe('Code.js cold start', () => {
  it('compiles none of the deferred text and builds no zod schema as it loads, nor for a call without a school scale', () => {
    const { context, counts, call } = loadCounting();
    expect(counts.compiles).toBe(0);
    expect(context.zodObjectsBuilt).toBe(0);
    expect(call('ON_TRACK', current, target)).toEqual(functions.ON_TRACK(current, target));
    expect(counts.compiles).toBe(0);
    expect(context.zodObjectsBuilt).toBe(0);
  });

  it("compiles the deferred text once, on the first call with a school's scale, and the sidebar's server reuses it", () => {
    const fake = createSheetsFake([{ name: 'Year 9', values: [['Name'], ['Ada']] }]);
    const { context, counts, call } = loadCounting(SCRIPT_FILES, fake.globals);
    const withScale = () => call('ON_TRACK', [['Secure']], [['Emerging']], '', scale);
    expect(withScale()).toEqual(functions.ON_TRACK([['Secure']], [['Emerging']], '', scale));
    expect(counts.compiles).toBe(1);
    expect(context.zodObjectsBuilt).toBeGreaterThan(0);
    withScale();
    expect(call('activeSheet')).toMatchObject({ name: 'Year 9' });
    expect(counts.compiles).toBe(1);
  });

  it('loads in either order, as Apps Script may order the files', () => {
    const { counts, call } = loadCounting([...SCRIPT_FILES].reverse());
    expect(call('ON_TRACK', [['Secure']], [['Emerging']], '', scale)).toEqual(functions.ON_TRACK([['Secure']], [['Emerging']], '', scale));
    expect(counts.compiles).toBe(1);
  });

  it('without Deferred.js, still answers without a scale, and the sidebar says what to push', () => {
    const fake = createSheetsFake([{ name: 'Year 9', values: [['Name'], ['Ada']] }]);
    const { call } = loadCounting(['Code.js'], fake.globals);
    expect(call('ON_TRACK', current, target)).toEqual(functions.ON_TRACK(current, target));
    // The formula shows the functions' message for any unexpected problem, which quotes no detail in a cell.
    expect(() => call('ON_TRACK', [['Secure']], [['Emerging']], '', scale)).toThrow(/^#VALUE! ON_TRACK hit an unexpected problem/);
    expect(() => call('activeSheet')).toThrow(
      "Tracklight's Deferred.js is missing from this Apps Script project: push every file in dist/sheets.",
    );
  });

  it('holds the deferred code only as the text of one string: Deferred.js defines nothing else', () => {
    const context = vm.createContext({});
    vm.runInContext(readBuilt('Deferred.js'), context, { filename: 'Deferred.js' });
    expect(Object.keys(context)).toEqual(['TRACKLIGHT_DEFERRED_SOURCE']);
    expect(typeof (context as Record<string, unknown>).TRACKLIGHT_DEFERRED_SOURCE).toBe('string');
  });
});
