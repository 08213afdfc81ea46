import type { Twelfths } from './twelfths';

/** DfE points for legacy A*-G GCSEs, 2017 onwards. */
export const LEGACY_LETTER_TWELFTHS: Readonly<Record<string, Twelfths>> = {
  'A*': 102,
  A: 84,
  B: 66,
  C: 48,
  D: 36,
  E: 24,
  F: 18,
  G: 12,
};

/** DfE points for Level 1/2 vocational awards (L2D* 8.5 ... L1P 1.25). */
export const VOCATIONAL_TWELFTHS: Readonly<Record<string, Twelfths>> = {
  'L2D*': 102,
  L2D: 84,
  L2M: 66,
  L2P: 48,
  L1D: 36,
  L1M: 24,
  L1P: 15,
};

/** Marks for "no grade yet" that trackers use; they read as blank, never as U. */
export const NO_GRADE_MARKS: ReadonlySet<string> = new Set(['X', 'ABS', 'ABSENT', 'N/A', 'NA', '-', '--', '–', '—']);

export const GRADE_HINT = 'use 1-9 with an optional + or -, U, A*-G, or L1P-L2D*';

/** Every built-in label, highest first: the full grade list the tests and rules walk through. */
export function allBuiltInGradeLabels(): string[] {
  const fine: string[] = [];
  for (let grade = 9; grade >= 1; grade -= 1) fine.push(`${grade}+`, `${grade}`, `${grade}-`);
  const splits: string[] = [];
  for (let grade = 9; grade >= 2; grade -= 1) splits.push(`${grade}/${grade - 1}`, `${grade}-${grade - 1}`, `${grade}-${grade}`);
  return [...fine, 'U', ...splits, '1-1', ...Object.keys(LEGACY_LETTER_TWELFTHS), ...Object.keys(VOCATIONAL_TWELFTHS)];
}
