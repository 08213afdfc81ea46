/**
 * The science exception on its own (core/attainment8/scienceRoute.ts, Tracklight's reading of the
 * DfE's exception): combined science beside single sciences counts one route, the one with the higher
 * Attainment 8, combined science on a tie; other subjects are untouched.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../core/attainment8/attainment8';
import { findQualification } from '../../../core/attainment8/qualifications';
import { chooseScienceRoute } from '../../../core/attainment8/scienceRoute';

const entry = (column: number, name: string, twelfths: number): Entry => ({
  column,
  name,
  qualification: findQualification(name),
  grade: twelfths,
});
const names = (entries: readonly Entry[]) => entries.map((counted) => counted.name);

describe('the science route', () => {
  it('leaves combined science alone when no single science is beside it', () => {
    const entries = [entry(0, 'Combined Science', 60), entry(1, 'Computer Science', 72)];
    expect(chooseScienceRoute(entries)).toEqual({ counted: entries, discounted: [] });
  });

  it('keeps combined science 5-5 (10 points) over biology 7, naming why', () => {
    const { counted, discounted } = chooseScienceRoute([
      entry(0, 'Combined Science', 60),
      entry(1, 'Biology', 84),
      entry(2, 'History', 72),
    ]);
    expect(names(counted)).toEqual(['Combined Science', 'History']);
    expect(discounted).toEqual([
      {
        entry: entry(1, 'Biology', 84),
        reason: 'discounted: science counts once, and Combined Science gives an Attainment 8 at least as high',
      },
    ]);
  });

  it('keeps biology 6 and chemistry 6 (12) over combined science 4-4 (8)', () => {
    const { counted, discounted } = chooseScienceRoute([
      entry(0, 'Combined Science', 48),
      entry(1, 'Biology', 72),
      entry(2, 'Chemistry', 72),
    ]);
    expect(names(counted)).toEqual(['Biology', 'Chemistry']);
    expect(discounted.map((item) => item.reason)).toEqual([
      'discounted: science counts once, and Biology, Chemistry give the higher Attainment 8',
    ]);
  });

  it('keeps combined science on a tie: 6-6 against biology 6 and chemistry 6', () => {
    const { counted } = chooseScienceRoute([entry(0, 'Combined Science', 72), entry(1, 'Biology', 72), entry(2, 'Chemistry', 72)]);
    expect(names(counted)).toEqual(['Combined Science']);
  });
});
