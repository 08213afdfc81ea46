/** Excel's locked flags as compact runs: exact round trips, short for a tracker, and damaged text refused. */
import { describe, expect, it } from 'vitest';
import { decodeLockedRuns, encodeLockedRuns } from '../../../core/locking/lockedRuns';

describe('locked runs', () => {
  it('gives back exactly the flags it was given', () => {
    const flags = [
      [true, false, false],
      [false, true, true],
      [true, true, false],
    ];
    const text = encodeLockedRuns(flags);
    expect(text).toBe('1,3,4,1');
    expect(decodeLockedRuns(text, 3, 3)).toEqual(flags);
    expect(encodeLockedRuns([[false, false]])).toBe('0,2');
  });

  it('keeps a whole tracker of default flags to one number', () => {
    const flags = Array.from({ length: 2003 }, () => new Array<boolean>(60).fill(true));
    expect(encodeLockedRuns(flags)).toBe(String(2003 * 60));
    expect(decodeLockedRuns(String(2003 * 60), 2003, 60)).toEqual(flags);
  });

  it('refuses runs that do not cover the block exactly', () => {
    expect(decodeLockedRuns('1,2', 2, 2)).toBeNull();
    expect(decodeLockedRuns('1,x,2', 1, 3)).toBeNull();
    expect(decodeLockedRuns('-1,5', 2, 2)).toBeNull();
  });
});
