/**
 * Issue 14: Apps Script loads the whole of Code.js for every custom-function run, so its top level
 * builds no zod schema. Schemas are made on first use: a run with a school's scale builds the grade
 * settings schema then; a run without one never does. The time this saves is npm run bench's.
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { functions } from '../../core';
import { zodCountingContext } from '../support/zodProbe';
import { readBuilt } from './sheetsBundle';

const current = [
  [5, '6-', ''],
  ['4+', 7, 3],
];
const target = [[6], [5]];
const scale = [
  ['Emerging', 1],
  ['Secure', 3],
];

describe('Code.js cold start', () => {
  it('builds no zod schema as it loads, nor for a call without a school scale; one call with a scale builds them', () => {
    const context = zodCountingContext();
    vm.runInContext(readBuilt('Code.js'), context, { filename: 'Code.js' });
    expect(context.zodObjectsBuilt).toBe(0);
    const call = (...args: unknown[]) => (context.ON_TRACK as (...a: unknown[]) => unknown)(...args);
    expect(call(current, target)).toEqual(functions.ON_TRACK(current, target));
    expect(context.zodObjectsBuilt).toBe(0);
    call([['Secure']], [['Emerging']], '', scale);
    expect(context.zodObjectsBuilt).toBeGreaterThan(0);
  });
});
