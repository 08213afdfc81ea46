/**
 * A small seeded random source for the sample school. mulberry32 uses only 32-bit integer
 * arithmetic (Math.imul, shifts), and the helpers below use only + - * /, never Math.log or
 * Math.cos, whose last bit may differ between JavaScript engines. So one seed gives the same
 * school in Node, Excel's browser and Apps Script.
 */
export interface Random {
  /** A uniform number in [0, 1). */
  next(): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  /** A whole number from 0 to count - 1. */
  below(count: number): number;
  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** Roughly standard normal: mean 0, spread 1, within +-3.46 (sum of four uniforms). */
  normal(): number;
}

/** Folds a number or text seed into 32 bits (FNV-1a over its characters). */
export function hashSeed(...parts: ReadonlyArray<number | string>): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('|')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

// Irwin-Hall: the sum of four uniforms has variance 4/12, so this scales it to variance 1.
const SQRT_3 = 1.7320508075688772;

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (count: number): number => Math.floor(next() * count);
  return {
    next,
    chance: (probability) => next() < probability,
    below,
    pick: (items) => items[below(items.length)]!,
    normal: () => (next() + next() + next() + next() - 2) * SQRT_3,
  };
}
