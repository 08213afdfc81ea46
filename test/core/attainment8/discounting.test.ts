/**
 * Same-code discounting on its own: which of two entries with one DfE discount code counts, and the
 * reason the detail gives for the other. The tie order is Tracklight's (core/attainment8/discounting.ts):
 * higher points, then the double award, then the one that can fill an EBacc slot, then the column further left.
 */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../core/attainment8/attainment8';
import { discountSameCode } from '../../../core/attainment8/discounting';
import { findQualification } from '../../../core/attainment8/qualifications';
import { qualification } from '../../../core/attainment8/qualification';

/** An entry named as a tracker heads it, graded in whole grades (held as twelfths). */
const entry = (column: number, name: string, grade: number): Entry => ({
  column,
  name,
  qualification: findQualification(name),
  grade: grade * 12,
});

const names = (entries: readonly Entry[]) => entries.map((counted) => counted.name);

describe('same-code discounting', () => {
  it('counts the higher of two LF1 entries, whichever column it is in', () => {
    const { counted, discounted } = discountSameCode([entry(0, 'Music', 5), entry(1, 'BTEC Music', 7), entry(2, 'Art', 6)]);
    expect(names(counted)).toEqual(['BTEC Music', 'Art']);
    expect(discounted).toEqual([
      { entry: entry(0, 'Music', 5), reason: 'discounted: same DfE discount code (LF1) as BTEC Music, which scores higher' },
    ]);
  });

  it('keeps three MA1 entries to one, and leaves subjects with no code alone', () => {
    const { counted, discounted } = discountSameCode([
      entry(0, 'PE', 6),
      entry(1, 'BTEC Sport', 7),
      entry(2, 'Cambridge National Sport Studies', 4),
      entry(3, 'Underwater Basket Weaving', 5),
      entry(4, 'Further Maths', 5),
    ]);
    expect(names(counted)).toEqual(['BTEC Sport', 'Underwater Basket Weaving', 'Further Maths']);
    expect(names(discounted.map((item) => item.entry))).toEqual(['PE', 'Cambridge National Sport Studies']);
  });

  it('on equal points keeps the column further left', () => {
    const { counted, discounted } = discountSameCode([entry(0, 'Drama', 6), entry(1, 'BTEC Performing Arts', 6)]);
    expect(names(counted)).toEqual(['Drama']);
    expect(discounted[0]!.reason).toBe('discounted: same DfE discount code (LC11) as Drama, which scores the same and is further left');
  });

  it('on equal points keeps a double award over a single, then one that can fill an EBacc slot', () => {
    // No two qualifications in the DfE's list share a code across these lines, so the tie order is shown on made-up entries.
    const double = qualification('Double', 'ebaccScience', 'ZZ1', [], { doubleAward: true });
    const single = qualification('Single', 'ebaccScience', 'ZZ1');
    const openOne = qualification('Open one', 'open', 'ZZ1');
    const made = (column: number, name: string, q: typeof double, twelfths: number): Entry => ({
      column,
      name,
      qualification: q,
      grade: twelfths,
    });
    // The double at 3 (two slots: 6 points) ties the single at 6; the single at 6 ties the open one at 6.
    const first = discountSameCode([made(0, 'Single', single, 72), made(1, 'Double', double, 36)]);
    expect(names(first.counted)).toEqual(['Double']);
    expect(first.discounted[0]!.reason).toContain('which scores the same and is a double award');
    const second = discountSameCode([made(0, 'Open one', openOne, 72), made(1, 'Single', single, 72)]);
    expect(names(second.counted)).toEqual(['Single']);
    expect(second.discounted[0]!.reason).toContain('which scores the same and can fill an EBacc slot');
  });
});
