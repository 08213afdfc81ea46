/**
 * `npm run fuzz [calls] [seed]`: the fuzzer of fuzz.test.ts at scale, a million calls by default.
 * Prints one JSON line of counts (and the seconds taken), the first failures on stderr so each can be
 * rebuilt with fuzzCall(seed, index), and exits non-zero if any count is not 0.
 */
import { countsOf, DEFAULT_SEED, failureCount, runFuzz } from './fuzzCalls';

function wholeNumberArgument(text: string | undefined, fallback: number, what: string): number {
  if (text === undefined) return fallback;
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error(`${what} must be a whole number, not '${text}'. Usage: npm run fuzz -- [calls] [seed]`);
    process.exit(2);
  }
  return value;
}

const calls = wholeNumberArgument(process.argv[2], 1_000_000, 'calls');
const seed = wholeNumberArgument(process.argv[3], DEFAULT_SEED, 'seed');

const started = performance.now();
const summary = runFuzz(calls, seed);
const seconds = Math.round((performance.now() - started) / 100) / 10;
const counts = countsOf(summary);

console.log(JSON.stringify({ ...counts, seed, seconds }));
for (const failure of summary.failures) console.error(`seed ${seed}, call ${failure.index}: ${failure.name} ${failure.problem}`);
if (failureCount(counts) > 0) process.exit(1);
