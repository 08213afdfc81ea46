/**
 * The traffic-light rules on a school's own grade scale in LibreOffice Calc, against ON_TRACK on
 * that scale: each ready-made scale and a generated 40-label one (test/core/rules/schoolScales.ts),
 * every pair of its samples at tolerance 0 and 0.34, in one .xlsx that Calc recalculates once.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createFunctions, STATUSES } from '../../../core';
import { scaleSamples, SCHOOL_SCALES } from '../../core/rules/schoolScales';
import { CONTROL, type PairGroup } from './pairWorkbook';
import { onTrackColours, recalculatePairs, type RecalculatedPairs } from './recalculatePairs';

const TOLERANCES = [0, 0.34];
const GROUPS: (PairGroup & { name: string })[] = SCHOOL_SCALES.flatMap(([name, scale]) =>
  TOLERANCES.map((tolerance) => ({ name, scale, tolerance, samples: scaleSamples(scale) })),
);

let recalculated: Promise<RecalculatedPairs>;
beforeAll(() => {
  // Each test awaits this, so without LibreOffice every test fails with the install line: none is skipped.
  recalculated = recalculatePairs(GROUPS);
  recalculated.catch(() => undefined);
});

const LIBREOFFICE_TIME = 120_000;

describe('LibreOffice Calc agrees with ON_TRACK on school grade scales', () => {
  it(
    'recalculates the file instead of trusting the results stored in it',
    async () => {
      const { csv } = await recalculated;
      expect(csv[CONTROL.row]![CONTROL.column]).toBe(CONTROL.recalculated);
    },
    LIBREOFFICE_TIME,
  );

  it.each(GROUPS.map((group, index) => [group.name, group.tolerance, index] as const))(
    'on the %s scale, for every pair of its samples at tolerance %s',
    async (_name, tolerance, index) => {
      const { shown } = await recalculated;
      const { samples, scale } = GROUPS[index]!;
      const colours = onTrackColours(samples, tolerance, createFunctions(scale));
      const mismatches: string[] = [];
      const timesShown = new Map<string, number>();
      samples.forEach((target, row) =>
        samples.forEach((current, column) => {
          const colour = shown[index]![row]![column]!.join('+');
          const expected = colours[row]![column]!;
          timesShown.set(colour, (timesShown.get(colour) ?? 0) + 1);
          if (colour !== expected)
            mismatches.push(`${current.label} vs ${target.label}: ON_TRACK ${expected || 'none'}, Calc ${colour || 'none'}`);
        }),
      );
      expect(mismatches.slice(0, 20), `${mismatches.length} of ${samples.length ** 2} pairs disagree`).toEqual([]);
      for (const colour of [...STATUSES, '']) expect(timesShown.get(colour) ?? 0, colour || 'no rule').toBeGreaterThan(0);
    },
    LIBREOFFICE_TIME,
  );
});
