/**
 * The traffic-light formulas in a second real engine, LibreOffice Calc, against ON_TRACK: every
 * pair from the full grade list (test/core/rules/gradeSamples.ts), at tolerance 0 and 0.34, in one
 * .xlsx that Calc opens headless, recalculates and saves as CSV. Wherever ON_TRACK gives a status,
 * exactly that status's rule must be TRUE; wherever it gives blank or an error, none may be.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { STATUSES } from '../../../core';
import { ISSUE_EXTRAS, LABELS } from '../../core/rules/gradeSamples';
import { CONTROL, type PairSample } from './pairWorkbook';
import { onTrackColours, recalculatePairs, type RecalculatedPairs } from './recalculatePairs';

const SAMPLES: readonly PairSample[] = [...LABELS, ...ISSUE_EXTRAS];
const TOLERANCES = [0, 0.34];

interface Pair {
  current: PairSample;
  target: PairSample;
  /** The statuses whose rule Calc shows TRUE, joined with '+'. */
  shown: string;
  row: number;
  column: number;
}

let recalculated: Promise<RecalculatedPairs>;

const pairs = ({ shown }: RecalculatedPairs, tolerance: number): Pair[] =>
  SAMPLES.flatMap((target, row) =>
    SAMPLES.map((current, column) => ({
      current,
      target,
      row,
      column,
      shown: shown[TOLERANCES.indexOf(tolerance)]![row]![column]!.join('+'),
    })),
  );

beforeAll(() => {
  // Each test awaits this, so without LibreOffice every test fails with the install line: none is skipped.
  recalculated = recalculatePairs(TOLERANCES.map((tolerance) => ({ samples: SAMPLES, tolerance })));
  recalculated.catch(() => undefined);
});

/** Room for LibreOffice's one run, in whichever test awaits it first. */
const LIBREOFFICE_TIME = 120_000;

describe('LibreOffice Calc agrees with ON_TRACK', () => {
  it(
    'recalculates the file instead of trusting the results stored in it',
    async () => {
      const { csv } = await recalculated;
      expect(csv[CONTROL.row]![CONTROL.column], `=1+1 was stored as ${CONTROL.stored}`).toBe(CONTROL.recalculated);
    },
    LIBREOFFICE_TIME,
  );

  it.each(TOLERANCES)(
    'for every pair from the full grade list at tolerance %s',
    async (tolerance) => {
      const result = await recalculated;
      expect(SAMPLES.length).toBeGreaterThan(100);
      const expected = onTrackColours(SAMPLES, tolerance);
      const checked = pairs(result, tolerance);
      const mismatches = checked
        .filter((pair) => pair.shown !== expected[pair.row]![pair.column])
        .map((pair) => ({
          current: pair.current.label,
          target: pair.target.label,
          onTrack: expected[pair.row]![pair.column] || 'blank or error',
          shown: pair.shown || 'none',
        }));
      expect(checked.length).toBe(SAMPLES.length ** 2);
      expect(mismatches.slice(0, 20), `${mismatches.length} of ${checked.length} pairs disagree`).toEqual([]);
      // Every rule fires many times, and blank (no rule) is common too: no rule passes by never firing.
      for (const colour of [...STATUSES, ''])
        expect(checked.filter((pair) => pair.shown === colour).length, colour || 'no rule').toBeGreaterThan(100);
    },
    LIBREOFFICE_TIME,
  );
});

describe('cells LibreOffice Calc keeps in its own way', () => {
  it.each(TOLERANCES)(
    'a TRUE cell, which Calc stores as the number 1, is no grade: no rule colours it or its row (tolerance %s)',
    async (tolerance) => {
      const result = await recalculated;
      const involved = pairs(result, tolerance).filter((pair) => pair.current.value === true || pair.target.value === true);
      expect(involved.length).toBe(2 * SAMPLES.length - 1);
      expect(involved.filter((pair) => pair.shown !== '').map((pair) => `${pair.current.label} vs ${pair.target.label}`)).toEqual([]);
    },
    LIBREOFFICE_TIME,
  );
});
