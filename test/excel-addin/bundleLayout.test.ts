/**
 * Issue 14's layout of the Excel bundles, read from dist/excel: functions.js holds the one copy of
 * the core in the shared runtime and the task pane's modules read it rather than bundle it again;
 * the report, class sheets, the pupil report sheet, grade checks and the sample tracker are in
 * chunks the pane loads only when first asked for. Their sizes are npm run bench's.
 */
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { DEFINITIONS, functions } from '../../core/index';
import { zodCountingContext } from '../support/zodProbe';
import { ERROR_CODES, readDist, shippedScripts, ShimError, startupScripts } from './excelBundle';

const startup = startupScripts();
const pane = shippedScripts().filter((file) => file !== 'functions.js');
const holding = (text: string) => shippedScripts().filter((file) => readDist(file).includes(text));

describe('the Excel bundles', () => {
  it('load functions.js first, as a classic script, and the pane as modules after it', () => {
    expect(() => new vm.Script(readDist('functions.js'))).not.toThrow();
    expect(readDist('taskpane.html')).toMatch(
      /<script src="functions\.js"><\/script>\s*<script type="module" src="taskpane\.js"><\/script>/,
    );
    expect(startup.slice(0, 2)).toEqual(['functions.js', 'taskpane.js']);
  });

  it('hold the core once: the registry and zod are in functions.js, which the pane reads', () => {
    for (const { description } of DEFINITIONS) expect(holding(description)).toEqual(['functions.js']);
    // zod's English messages come with zod itself.
    expect(holding('Invalid input: expected')).toEqual(['functions.js']);
    expect(pane.filter((file) => readDist(file).includes('TracklightCore.modules'))).not.toEqual([]);
  });

  it.each([
    ['the report', 'The report could not be written: '],
    ['class sheets', 'The class sheets could not be written: '],
    ['the pupil report sheet', 'The pupil report sheet could not be written: '],
    ['grade checks', 'no grade checks were added.'],
    ['the sample tracker', 'Could not add the sample tracker: '],
  ])('load %s only when first asked for', (_part, text) => {
    const files = holding(text);
    expect(files).toHaveLength(1);
    expect(startup).not.toContain(files[0]);
  });

  it('build no zod schema as functions.js loads, nor for a call without a school scale', () => {
    const associated = new Map<string, (...args: unknown[]) => unknown>();
    const CustomFunctions = {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
      Error: ShimError,
      ErrorCode: ERROR_CODES,
    };
    const context = zodCountingContext({ CustomFunctions });
    vm.runInContext(readDist('functions.js'), context, { filename: 'functions.js' });
    expect(context.zodObjectsBuilt).toBe(0);
    const onTrack = associated.get('ON_TRACK')!;
    expect(onTrack([[5, '6-', null]], [[6]], null, null)).toEqual(functions.ON_TRACK([[5, '6-', null]], [[6]]));
    expect(context.zodObjectsBuilt).toBe(0);
    onTrack([['Secure']], [['Emerging']], null, [
      ['Emerging', 1],
      ['Secure', 3],
    ]);
    expect(context.zodObjectsBuilt).toBeGreaterThan(0);
  });
});
