/**
 * How a cell's text or number is read when it is not one of the school's own labels: the GCSE
 * grades Tracklight knows (U, 1-9 with + or -, split and double grades, A*-G, L1P-L2D*), or, on a
 * percentage scale, a mark out of 100. The traffic-light formulas read cells exactly the same way
 * (core/rules/gradeExpression.ts); test/core/rules proves it in HyperFormula and LibreOffice.
 */
import { CellError, quote } from '../errors';
import {
  GRADE_HINT,
  LEGACY_LETTER_TWELFTHS,
  NO_GRADE_MARKS,
  shortenWords,
  VOCATIONAL_SPELLINGS,
  VOCATIONAL_TWELFTHS,
} from './builtInGrades';
import { exactTwelfths, PER_GRADE, THIRD, type Twelfths } from './twelfths';

/** A grade read from a cell: its value in twelfths, `null` for no grade, or why it is not a grade. */
export type GradeReading = Twelfths | null | CellError;

const HIGHEST = 9 * 12 + THIRD;

export const notAGrade = (value: unknown, hint = GRADE_HINT) => new CellError('#VALUE!', `${quote(value)} is not a grade: ${hint}`);

/**
 * A number is a grade when it is a whole number of twelfths from 1- to 9+. The range is judged
 * on the twelfths, with the same millionth of slack, so the traffic-light formulas (which
 * cannot be more exact than that) read every number exactly as this does.
 */
export function readGradeNumber(value: number, original: unknown): GradeReading {
  if (value === 0) return null;
  if (!Number.isFinite(value)) return notAGrade(original);
  const twelfths = exactTwelfths(value);
  if (value < 0 || (twelfths ?? value * 12) > HIGHEST) return notAGrade(original, 'GCSE grades run from 1 to 9, with U for ungraded');
  if (!twelfths) return notAGrade(original, 'use whole grades, fine grades such as 5+ or 5-, or split grades such as 5/4');
  return twelfths;
}

const FINE = /^([1-9])([+=-]?)$/;
const PAIR = /^([1-9])([/-])([1-9])$/;
/** Number text as Excel and Sheets read it: '5.', '.5' and '+5' are numbers too. */
export const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** Built-in grade text, already folded (spaces out, upper case). */
export function readBuiltInGradeText(folded: string, original: unknown): GradeReading {
  if (NO_GRADE_MARKS.has(folded)) return null;
  if (folded === 'U') return 0;
  const fine = FINE.exec(folded);
  if (fine) return Number(fine[1]) * 12 + (fine[2] === '+' ? THIRD : fine[2] === '-' ? -THIRD : 0);
  const pair = PAIR.exec(folded);
  if (pair) return readPair(Number(pair[1]), pair[2]!, Number(pair[3]), original);
  const letters = shortenWords(folded);
  if (letters === 'U') return 0;
  if (letters in LEGACY_LETTER_TWELFTHS) return LEGACY_LETTER_TWELFTHS[letters]!;
  if (letters in VOCATIONAL_TWELFTHS) return VOCATIONAL_TWELFTHS[letters]!;
  if (letters in VOCATIONAL_SPELLINGS) return VOCATIONAL_SPELLINGS[letters]!;
  if (folded === '0') return notAGrade(original, 'use U for ungraded, or leave the cell empty');
  if (NUMBER_TEXT.test(folded)) return readGradeNumber(Number(folded), original);
  if (/^U[+=-]+$/.test(folded)) return notAGrade(original, 'U cannot be raised or lowered; use U, or 1- and above');
  return notAGrade(original);
}

/** 5/4 is a split grade and 5-4 a combined-science double grade: both are worth the mean. */
function readPair(first: number, separator: string, second: number, original: unknown): GradeReading {
  if (Math.abs(first - second) > 1) return notAGrade(original, 'split and double grades are next to each other, e.g. 5/4 or 5-4');
  if (separator === '-' && first < second) return notAGrade(original, 'double grades put the higher grade first, e.g. 5-4');
  return (first + second) * 6;
}

const PERCENT_HINT = 'use a mark from 0 to 100, without a % sign';
// A mark as the formulas check it: at most one "+" in front and one ".", the rest digits.
const PLAIN_NUMBER = /^\+?(\d+\.?\d*|\.\d+)$/;

/**
 * A mark out of 100, held to the nearest twelfth. 0 reads as no mark, as it does for grades:
 * Excel desktop hands an empty cell to a function as 0, and a missing mark must never count.
 */
export function readPercentage(value: number, original: unknown): GradeReading {
  if (value === 0) return null;
  if (!Number.isFinite(value) || value < 0 || value > 100) return notAGrade(original, PERCENT_HINT);
  return Math.round(value * PER_GRADE);
}

/** Percentage-scale text, already folded: a plain number, or a no-grade mark. */
export function readPercentageText(folded: string, original: unknown): GradeReading {
  if (NO_GRADE_MARKS.has(folded)) return null;
  return PLAIN_NUMBER.test(folded) ? readPercentage(Number(folded), original) : notAGrade(original, PERCENT_HINT);
}

/** Whether `folded` already means something without any school label: a built-in grade, or a no-grade mark. */
export function isBuiltInGradeText(folded: string): boolean {
  return !(readBuiltInGradeText(folded, folded) instanceof CellError);
}
