/**
 * The fuzzer both `npm test` (fuzz.test.ts) and `npm run fuzz` (runFuzz.ts) use: seeded calls across
 * every function in the registry, each judged for throws, non-finite numbers, wrong shapes and the
 * runner's last-resort error.
 * Call `index` of seed `seed` is always the same call: rebuild a failure with fuzzCall(seed, index).
 */
import { createFunctions, DEFINITIONS, functions, type SpreadsheetFunction } from '../../../../core/index';
import type { FunctionDefinition } from '../../../../core/registry/definition';
import { CUSTOM_LABELS } from './cells';
import { judge } from './check';
import { generateCall, type FuzzCall } from './generate';
import { randomFor } from './random';

export const DEFAULT_SEED = 20_250_101;

export interface FuzzFailure {
  index: number;
  name: string;
  problem: string;
}

export interface FuzzCounts {
  calls: number;
  throws: number;
  nonFinite: number;
  wrongShapes: number;
  /** Calls answered with the runner's last-resort error: no teacher sees JavaScript, but a function slipped. */
  unexpectedProblems: number;
}

/** Per function: calls made, and calls whose output held a figure or label (a non-blank value that is not an error). */
export type Reach = Record<string, { calls: number; withValues: number }>;

export interface FuzzSummary extends FuzzCounts {
  seed: number;
  /** Shows the inputs get past the first check: a fuzzer whose every call fails early proves little. */
  reach: Reach;
  /** The first few failures, enough to rebuild and debug them. */
  failures: FuzzFailure[];
}

const LIBRARIES: Record<FuzzCall['library'], Record<string, SpreadsheetFunction>> = {
  default: functions,
  custom: createFunctions({ labels: CUSTOM_LABELS }),
};
const BY_NAME = new Map<string, FunctionDefinition>(DEFINITIONS.map((definition) => [definition.name, definition]));
const KEPT_FAILURES = 10;

export const fuzzCall = (seed: number, index: number): FuzzCall => generateCall(DEFINITIONS, randomFor(seed, index));

export function runFuzz(calls: number, seed = DEFAULT_SEED): FuzzSummary {
  const reach: Reach = Object.fromEntries(DEFINITIONS.map((definition) => [definition.name, { calls: 0, withValues: 0 }]));
  const summary: FuzzSummary = { calls: 0, throws: 0, nonFinite: 0, wrongShapes: 0, unexpectedProblems: 0, seed, reach, failures: [] };
  const fail = (index: number, name: string, problem: string) => {
    if (summary.failures.length < KEPT_FAILURES) summary.failures.push({ index, name, problem });
  };
  for (let index = 0; index < calls; index += 1) {
    const call = fuzzCall(seed, index);
    const definition = BY_NAME.get(call.name)!;
    const fn = LIBRARIES[call.library][call.name]!;
    const verdict = judge(definition, call.args, () => fn(...call.args));
    summary.calls += 1;
    reach[call.name]!.calls += 1;
    if (verdict.heldValues) reach[call.name]!.withValues += 1;
    if (verdict.threw) {
      summary.throws += 1;
      fail(index, call.name, 'threw');
    }
    if (verdict.nonFinite) {
      summary.nonFinite += 1;
      fail(index, call.name, 'a non-finite number in the output');
    }
    if (verdict.unexpectedProblem) {
      summary.unexpectedProblems += 1;
      fail(index, call.name, "gave the runner's last-resort error");
    }
    if (verdict.wrongShape) {
      summary.wrongShapes += 1;
      fail(index, call.name, verdict.wrongShape);
    }
  }
  return summary;
}

/** The counts alone, for asserting all are 0 and for the one JSON line the script prints. */
export const countsOf = ({ calls, throws, nonFinite, wrongShapes, unexpectedProblems }: FuzzSummary): FuzzCounts => ({
  calls,
  throws,
  nonFinite,
  wrongShapes,
  unexpectedProblems,
});

/** Every count but the number of calls is a failure. */
export const failureCount = ({ throws, nonFinite, wrongShapes, unexpectedProblems }: FuzzCounts): number =>
  throws + nonFinite + wrongShapes + unexpectedProblems;
