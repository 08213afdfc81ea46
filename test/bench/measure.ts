/** Benchmark plumbing: medians over repeated runs, printed as one JSON line per measurement. */

export interface BenchLine {
  bench: string;
  median_ms?: number;
  cells_per_s?: number;
  ratio?: number;
  bytes?: number;
  calls?: number;
}

const round = (value: number, places: number) => Number(value.toFixed(places));

/** Median wall time of `run` after warm-up runs, so the JIT has settled as it would in a live workbook. */
export function medianMs(run: () => unknown, { warmups = 5, runs = 21 } = {}): number {
  for (let i = 0; i < warmups; i += 1) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
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
