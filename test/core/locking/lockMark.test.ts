/** The lock mark: Tracklight's locks are found by the fixed phrase, never by a range or a name alone. */
import { describe, expect, it } from 'vitest';
import { LOCK_MARK, lockDescription, lockedCollectionOf } from '../../../core/locking/lockMark';

describe('lock mark', () => {
  it('reads back the collection from a description Tracklight wrote', () => {
    expect(lockedCollectionOf(lockDescription('RP1'))).toBe('RP1');
    expect(lockedCollectionOf(lockDescription('Autumn 1'))).toBe('Autumn 1');
  });

  it("takes the school's own protection, however named, for the school's", () => {
    for (const description of ['RP1', 'Locked RP1', `RP1 ${LOCK_MARK}`, LOCK_MARK, `${LOCK_MARK} `, '', null, undefined, 3])
      expect(lockedCollectionOf(description)).toBeNull();
  });
});
