/**
 * A small seeded random source. Each call gets its own stream from (seed, index), so any one
 * failing call can be rebuilt from the two numbers alone, without replaying the calls before it.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number;
  pick<T>(choices: readonly T[]): T;
  chance(probability: number): boolean;
}

/** mulberry32: fast, 32 bits of state, and plenty for choosing test inputs. */
function mulberry32(state: number): () => number {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes the run's seed and the call's index, so neighbouring indexes get unrelated streams. */
function mix(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  return h ^ (h >>> 15);
}

export function randomFor(seed: number, index: number): Random {
  const next = mulberry32(mix(seed, index));
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (choices) => choices[int(0, choices.length - 1)]!,
    chance: (probability) => next() < probability,
  };
}
