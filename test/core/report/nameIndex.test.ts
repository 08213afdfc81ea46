import { describe, expect, it } from 'vitest';
import { byName, indexNames } from '../../../core/report/nameIndex';
import type { PupilRecord } from '../../../core/report/pupils';

const pupils = (classNames: (string | null)[]) =>
  classNames.map((className, position) => ({ position, identity: { className } }) as unknown as PupilRecord);

describe('indexNames', () => {
  const names = ['10X10', '10x2', null, '10X2', '9A', '10X10'];
  const index = indexNames(pupils(names), (pupil) => pupil.identity.className);

  it('numbers each distinct name in the order first met, -1 for none', () => {
    expect(index.names).toEqual(['10X10', '10x2', '10X2', '9A']);
    expect([...index.of]).toEqual([0, 1, -1, 2, 3, 0]);
  });

  it('sorts as byName does, names it calls equal keeping their order', () => {
    const order = [3, 2, 1, 0];
    const expected = [...order].sort((a, b) => byName.compare(index.names[a]!, index.names[b]!));
    expect([...order].sort(index.compare)).toEqual(expected);
    expect([...order].sort(index.compare).map((i) => index.names[i])).toEqual(['9A', '10X2', '10x2', '10X10']);
  });
});
