import { describe, expect, it } from 'vitest';
import { createRandom, hashSeed } from '../../../core/sample';

describe('sample random source', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 50 }, () => random.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('hashes number and text seeds to 32-bit values, and distinct parts to distinct seeds', () => {
    for (const seed of [hashSeed(0), hashSeed('tracklight'), hashSeed(2024, 'year', 7)]) {
      expect(Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32).toBe(true);
    }
    expect(hashSeed(2024, 'year', 7)).not.toBe(hashSeed(2024, 'year', 8));
  });

  it('stays in range and is roughly uniform and normal over 100,000 draws', () => {
    const random = createRandom(7);
    const n = 100_000;
    const buckets = new Array<number>(10).fill(0);
    let sum = 0;
    let sumSquares = 0;
    let outside = 0;
    for (let i = 0; i < n; i += 1) {
      const u = random.next();
      if (!(u >= 0 && u < 1)) outside += 1;
      buckets[Math.floor(u * 10)]! += 1;
      const z = random.normal();
      sum += z;
      sumSquares += z * z;
    }
    expect(outside).toBe(0);
    // Each decile holds 10,000 +- 95 (binomial sd); 5 sd either side is a loose, honest bound.
    for (const count of buckets) expect(Math.abs(count - n / 10)).toBeLessThan(5 * Math.sqrt(n * 0.1 * 0.9));
    // The normal helper has mean 0 and variance 1 by construction: the sample mean's sd is 1/sqrt(n).
    expect(Math.abs(sum / n)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(sumSquares / n - 1)).toBeLessThan(0.03);
  });

  it('picks every item of a list and never one outside it', () => {
    const random = createRandom(3);
    const seen = new Set(Array.from({ length: 500 }, () => random.pick(['a', 'b', 'c'])));
    expect([...seen].sort()).toEqual(['a', 'b', 'c']);
    const belows = Array.from({ length: 500 }, () => random.below(4));
    expect(Math.min(...belows)).toBe(0);
    expect(Math.max(...belows)).toBe(3);
  });
});
