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

/**
 * The spelt-out forms of the vocational codes, as the DfE's performance-points tables and exam
 * boards' results print them (L2 Distinction*, Level 2 Distinction*, Distinction* (Level 2),
 * Distinction* (L2), L2 Distinction Star), are read by shortening their words, in this order, the
 * same way the traffic-light formulas do with SUBSTITUTE: "Level 2 Pass" becomes L2PAS, "Pass
 * (Level 2)" PAS(L2). The short words are not letters, so "Distinction" alone is never the letter D.
 * Their points are the codes' (the Level 1/2 technical awards' scale).
 */
export const WORD_SHORTENINGS: readonly (readonly [string, string])[] = [
  ['LEVEL', 'L'],
  ['DISTINCTION', 'DIST'],
  ['MERIT', 'MER'],
  ['PASS', 'PAS'],
  ['STAR', '*'],
];

const SHORT_WORDS: Readonly<Record<string, string>> = { P: 'PAS', M: 'MER', D: 'DIST', 'D*': 'DIST*' };

/** L2DIST* and DIST*(L2) for L2D*, and so on for every code. */
export const VOCATIONAL_SPELLINGS: Readonly<Record<string, Twelfths>> = Object.fromEntries(
  Object.entries(VOCATIONAL_TWELFTHS).flatMap(([code, twelfths]) => {
    const level = `L${code.slice(1, 2)}`;
    const word = SHORT_WORDS[code.slice(2)]!;
    return [
      [`${level}${word}`, twelfths],
      [`${word}(${level})`, twelfths],
    ];
  }),
);

/** A folded label with its words shortened, as WORD_SHORTENINGS says. */
export const shortenWords = (folded: string): string =>
  WORD_SHORTENINGS.reduce((text, [word, short]) => text.split(word).join(short), folded);

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
