/**
 * Benchmark plumbing: medians over repeated runs, ratios timed side by side, seeded random data, and
 * one JSON line per measurement.
 */

export interface BenchLine {
  bench: string;
  median_ms?: number;
  cells_per_s?: number;
  ratio?: number;
  bytes?: number;
  calls?: number;
}

const round = (value: number, places: number) => Number(value.toFixed(places));
/** The middle value (the upper middle of an even count). */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median wall time of `run` after warm-up runs, so the JIT has settled as it would in a live workbook. */
export function medianMs(run: () => unknown, { warmups = 5, runs = 21 } = {}): number {
  for (let i = 0; i < warmups; i += 1) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

export interface InterleavedRatio {
  /** The median over the rounds of (time of a) / (time of b), both timed in that round. */
  ratio: number;
  /** The median times of one call of each, over the same rounds. */
  aMs: number;
  bMs: number;
}

/** CPU time of this process for one call of `run`, averaged over `repeats` calls in a row, in ms. */
function cpuMs(run: () => unknown, repeats: number): number {
  const start = process.cpuUsage();
  for (let i = 0; i < repeats; i += 1) run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000 / repeats;
}

/**
 * How many times slower `a` is than `b`, measured side by side: each round times both, alternating
 * which goes first (A B, then B A), and the median of the rounds' ratios is reported. A burst of
 * other work on the machine, a garbage collection or the JIT settling then lands on both sides of a
 * round alike, where timing all of `a` and then all of `b` would fold it into one side only.
 *
 * Times are this process's CPU time (process.cpuUsage), not wall time: on a shared machine a
 * timing cut by the scheduler would otherwise count the other jobs' time as ours. Each side repeats
 * its call so that both sides' timings last about as long as the slower call, and at least
 * `minSampleMs`, so neither side is likelier to be disturbed, and a call of a few microseconds is
 * not lost in the clock's grain.
 */
export function interleavedRatio(
  a: () => unknown,
  b: () => unknown,
  { rounds = 101, warmups = 5, minSampleMs = 1 } = {},
): InterleavedRatio {
  for (let i = 0; i < warmups; i += 1) {
    a();
    b();
  }
  // One call's time, the median of five, so one garbage collection does not set the repeats.
  const once = (run: () => unknown) => Math.max(median(Array.from({ length: 5 }, () => cpuMs(run, 1))), 0.001);
  const aOnce = once(a);
  const bOnce = once(b);
  const sampleMs = Math.max(minSampleMs, aOnce, bOnce);
  const repeatsA = Math.max(1, Math.round(sampleMs / aOnce));
  const repeatsB = Math.max(1, Math.round(sampleMs / bOnce));
  const ratios: number[] = [];
  const aTimes: number[] = [];
  const bTimes: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    let aMs: number;
    let bMs: number;
    if (i % 2 === 0) {
      aMs = cpuMs(a, repeatsA);
      bMs = cpuMs(b, repeatsB);
    } else {
      bMs = cpuMs(b, repeatsB);
      aMs = cpuMs(a, repeatsA);
    }
    ratios.push(aMs / bMs);
    aTimes.push(aMs);
    bTimes.push(bMs);
  }
  return { ratio: median(ratios), aMs: median(aTimes), bMs: median(bTimes) };
}

/** mulberry32: a small seeded generator, so "random" bench data is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function timedLine(bench: string, cells: number, ms: number): BenchLine {
  return { bench, median_ms: round(ms, 3), cells_per_s: Math.round(cells / (ms / 1000)) };
}

export function printLine(line: BenchLine): void {
  const rounded = Object.fromEntries(
    Object.entries(line).map(([key, value]) => [key, typeof value === 'number' && key === 'ratio' ? round(value, 2) : value]),
  );
  console.log(JSON.stringify(rounded));
}
