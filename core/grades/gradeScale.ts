import { CellError, quote } from '../errors';
import { isBlankScore } from '../values';
import { GRADE_HINT, LEGACY_LETTER_TWELFTHS, NO_GRADE_MARKS, VOCATIONAL_TWELFTHS } from './builtInGrades';
import { foldLabel, gradeSettingsSchema, type GradeSettingsInput } from './gradeSettings';
import { exactTwelfths, THIRD, type Twelfths } from './twelfths';

/** A grade read from a cell: its value in twelfths, `null` for no grade, or why it is not a grade. */
export type GradeReading = Twelfths | null | CellError;

export interface GradeScale {
  read(value: unknown): GradeReading;
}

const HIGHEST = 9 * 12 + THIRD;
const CACHE_LIMIT = 50_000;

const notAGrade = (value: unknown, hint = GRADE_HINT) => new CellError('#VALUE!', `${quote(value)} is not a grade: ${hint}`);

/**
 * A number is a grade when it is a whole number of twelfths from 1- to 9+. The range is judged
 * on the twelfths, with the same millionth of slack, so the traffic-light formulas (which
 * cannot be more exact than that) read every number exactly as this does.
 */
function readNumber(value: number, original: unknown): GradeReading {
  if (value === 0) return null;
  if (!Number.isFinite(value)) return notAGrade(original);
  const twelfths = exactTwelfths(value);
  if (value < 0 || (twelfths ?? value * 12) > HIGHEST) return notAGrade(original, 'GCSE grades run from 1 to 9, with U for ungraded');
  if (!twelfths) return notAGrade(original, 'use whole grades, fine grades such as 5+ or 5-, or split grades such as 5/4');
  return twelfths;
}

const FINE = /^([1-9])([+=-]?)$/;
const PAIR = /^([1-9])([/-])([1-9])$/;
// As Excel and Sheets read number text: '5.', '.5' and '+5' are numbers too.
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)$/;

function readBuiltInText(folded: string, original: unknown): GradeReading {
  if (NO_GRADE_MARKS.has(folded)) return null;
  if (folded === 'U') return 0;
  const fine = FINE.exec(folded);
  if (fine) return Number(fine[1]) * 12 + (fine[2] === '+' ? THIRD : fine[2] === '-' ? -THIRD : 0);
  const pair = PAIR.exec(folded);
  if (pair) return readPair(Number(pair[1]), pair[2]!, Number(pair[3]), original);
  if (folded in LEGACY_LETTER_TWELFTHS) return LEGACY_LETTER_TWELFTHS[folded]!;
  if (folded in VOCATIONAL_TWELFTHS) return VOCATIONAL_TWELFTHS[folded]!;
  if (folded === '0') return notAGrade(original, 'use U for ungraded, or leave the cell empty');
  if (NUMERIC.test(folded)) return readNumber(Number(folded), original);
  if (/^U[+=-]+$/.test(folded)) return notAGrade(original, 'U cannot be raised or lowered; use U, or 1- and above');
  return notAGrade(original);
}

/** 5/4 is a split grade and 5-4 a combined-science double grade: both are worth the mean. */
function readPair(first: number, separator: string, second: number, original: unknown): GradeReading {
  if (Math.abs(first - second) > 1) return notAGrade(original, 'split and double grades are next to each other, e.g. 5/4 or 5-4');
  if (separator === '-' && first < second) return notAGrade(original, 'double grades put the higher grade first, e.g. 5-4');
  return (first + second) * 6;
}

export function createGradeScale(settings: GradeSettingsInput = {}): GradeScale {
  const { labels } = gradeSettingsSchema.parse(settings);
  const custom = new Map(labels.map(({ label, value }) => [foldLabel(label), Math.round(value * 12)]));
  // Trackers repeat the same few labels thousands of times, so each text is read once.
  const cache = new Map<string, GradeReading>();

  function readText(text: string): GradeReading {
    let reading = cache.get(text);
    if (reading !== undefined) return reading;
    const folded = foldLabel(text);
    reading = folded === '' ? null : (custom.get(folded) ?? readBuiltInText(folded, text));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, reading);
    return reading;
  }

  // An arrow, not a method: the runner hands `read` on unbound, once per call.
  return {
    read: (value: unknown): GradeReading => {
      if (typeof value === 'number') {
        if ((value | 0) === value && value >= 1 && value <= 9) return value * 12;
        return readNumber(value, value);
      }
      if (typeof value === 'string') return readText(value);
      if (value instanceof CellError) return value;
      if (isBlankScore(value)) return null;
      if (value instanceof Date) return new CellError('#VALUE!', `A date is not a grade: check this cell holds a grade, not a date`);
      return notAGrade(value);
    },
  };
}

export const defaultGradeScale = createGradeScale();
