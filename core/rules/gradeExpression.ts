/**
 * A cell's grade value as a native formula expression, in twelfths of a grade, that Excel and
 * Google Sheets both evaluate inside a conditional format (which cannot call Tracklight's custom
 * functions). It reads a cell as the core's built-in grade scale does (core/grades/gradeScale.ts)
 * and gives an error wherever the core gives blank or an error, so a rule built on it is simply
 * not true there. Twelfths keep every comparison exact: 5+ is 64, 5- is 56, 5/4 is 54, L1P is 15.
 * The few readings it does not share (spelt-out vocational grades, tabs, ".5") are listed with
 * their reasons in test/core/rules/onTrackAgreement.test.ts. A school's own scale (its labels, and
 * percentages in place of GCSE numbers) is read the same way: see gradeTwelfthsExpression.
 *
 * Why this shape: Excel forbids array constants in conditional formats, and LET is missing from
 * Excel 2016-2019 (and from HyperFormula, which tests these formulas), so nothing can be named
 * and reused. Each reading below therefore refers to the cell as few times as it can: three
 * readings, tried in turn with IFERROR, each an error when the text is not its kind.
 *  1. letters: U, A*-G and L1P-L2D*, found in a string table (see lookupTable.ts);
 *  2. fine and split grades: 5+ 5- 5= 5/4 4/5 5-4 5-5, by arithmetic on the first digit plus an
 *     offset looked up from the shape of the rest;
 *  3. numbers: 5, 4.5, 16/3 as a number or as text, checked for digits and exact twelfths.
 * Number cells are read through their text too (SUBSTITUTE turns 4.5 into "4.5"), so one reading
 * covers numbers and numbers typed as text.
 *
 * Functions used: IF, ISLOGICAL, NA, IFERROR, CHOOSE, INT, FIND, UPPER, SUBSTITUTE, LEFT, RIGHT, MID, LEN, ABS,
 * ROUND, DECIMAL (Excel 2013+). The formula has no decimal literals; it does assume that a
 * number turns into text with a "." (as in English locales), or 4.5 as a number is not read.
 */
import { LEGACY_LETTER_TWELFTHS, VOCATIONAL_SPELLINGS, VOCATIONAL_TWELFTHS, WORD_SHORTENINGS } from '../grades/builtInGrades';
import { foldLabel, type GradeSettings } from '../grades/gradeSettings';
import { PER_GRADE, THIRD } from '../grades/twelfths';
import { lookupFormula, lookupFormulas, type Region } from './lookupTable';

const DIGITS = '"123456789"';

/** The cell's text with every space taken out, as the core folds labels ("5 +" is "5+"). */
const spaceless = (ref: string) => `SUBSTITUTE(${ref}," ","")`;

/** The folded text with the vocational words shortened (core/grades/builtInGrades.ts WORD_SHORTENINGS), in the same order. */
const shortened = (ref: string) =>
  WORD_SHORTENINGS.reduce((text, [word, short]) => `SUBSTITUTE(${text},"${word}","${short}")`, `UPPER(${spaceless(ref)})`);

/** Letters: U, every legacy letter, and every vocational code and its spelt-out forms, grouped by value. */
function letterRegions(): Region[] {
  const byValue = new Map<number, string[]>([[0, ['U']]]);
  const labels = [
    ...Object.entries(LEGACY_LETTER_TWELFTHS),
    ...Object.entries(VOCATIONAL_TWELFTHS),
    ...Object.entries(VOCATIONAL_SPELLINGS),
  ];
  for (const [label, value] of labels) {
    byValue.set(value, [...(byValue.get(value) ?? []), label]);
  }
  return [...byValue.entries()].sort(([a], [b]) => a - b).map(([result, keys]) => ({ keys, result }));
}

/**
 * Fine, split and double grades, as an offset from 12 x the first digit. The key is
 * LEN & second character & (the last character's digit - the first digit), so the table holds
 * shapes rather than every grade: "2+" is any fine plus, "3/-1" is 5/4, 6/5..., "3--1" is the
 * double grade 5-4. The last character is looked up in "123456789", so 1/0 and 0/1 fail like the
 * core's [1-9]; a fine grade has no digit there and the IFERROR leaves its key as "2+" / "2-" / "2=".
 * The single digits 1-9 are left to the number reading.
 */
const SHAPES: Region[] = [
  { keys: ['3/-1', '3--1'], result: -6 },
  { keys: ['2-'], result: -THIRD },
  { keys: ['2=', '3/0', '3-0'], result: 0 },
  { keys: ['2+'], result: THIRD },
  { keys: ['3/1'], result: 6 },
];

function fineOrSplit(ref: string): string {
  const text = spaceless(ref);
  const key = `LEN(${text})&MID(${text},2,1)&IFERROR(FIND(RIGHT(${text}),${DIGITS})-LEFT(${text}),"")`;
  // FIND rejects a first character of 0 (core: 1- is the lowest fine grade) and anything not a digit.
  return `12*FIND(LEFT(${text}),${DIGITS})+${lookupFormula(key, SHAPES)}`;
}

/** The first 15 characters, less one "+" and one ".", are digits, or this is an error (DECIMAL refuses anything else). */
const digitsOnly = (text: string) => `DECIMAL(SUBSTITUTE(SUBSTITUTE(LEFT(${text},15),"+","",1),".","",1),10)`;

/**
 * A number, or text the core reads as one (/^[+-]?\d+(\.\d+)?$/, then 0 < n <= 9 1/3 in exact
 * twelfths). The digit check turns away the text Excel and Sheets would read as a number but the
 * core does not: "1E0", "50%", "£5", "6:00". Fifteen characters keep DECIMAL's result exact.
 * Exact twelfths: 12n within a millionth of a whole number, as core/grades/twelfths.ts does,
 * written as ROUND(6n, 6)*2 being whole (DECIMAL of a fraction is an error). 0 < 24n < 226 keeps
 * n in (0, 9 5/12): with exactness that is (0, 9 1/3]. 0, "0", "00" and "-0" fail here, as the
 * core reads them as blank or an error; negative numbers fail DECIMAL.
 */
function numberReading(ref: string): string {
  const text = spaceless(ref);
  return `DECIMAL(IF(ABS(24*${text}-113)<113,ROUND(6*${text},6)*2+0*${digitsOnly(text)},"x"),10)`;
}

/**
 * On a percentage scale: a mark in (0, 100] to the nearest twelfth, as core/grades/builtInReading.ts
 * reads it. "*1" turns the text into a number first, so the comparisons are between numbers (Excel
 * ranks any text above any number). 0 is no mark, and "-5", "65%", "5+" and "1E2" fail the digit check.
 */
function percentageReading(ref: string): string {
  const text = spaceless(ref);
  const mark = `(${text}*1)`;
  // The "+" may only lead: LibreOffice Calc turns "5+" into 5 where Excel and Sheets refuse it.
  const digits = `DECIMAL(SUBSTITUTE(MID(${text},1+(LEFT(${text})="+"),15),".","",1),10)`;
  return `DECIMAL(IF((${mark}>0)*(${mark}<=${100}),ROUND(${PER_GRADE}*${mark},0)+0*${digits},"x"),10)`;
}

/** The school's own labels, one region per label, in as many lookups as Excel's 255-character literals need. */
function schoolLabels(ref: string, labels: GradeSettings['labels']): string[] {
  if (labels.length === 0) return [];
  const regions = labels.map(({ label, value }) => ({ keys: [foldLabel(label)], result: Math.round(value * PER_GRADE) }));
  return lookupFormulas(`UPPER(${spaceless(ref)})`, regions);
}

/** IFERROR(a, IFERROR(b, c)): the first reading that is not an error. */
const firstReading = (readings: readonly string[]): string =>
  readings.slice(0, -1).reduceRight((rest, reading) => `IFERROR(${reading},${rest})`, readings[readings.length - 1]!);

const BUILT_IN_SCALE: GradeSettings = { labels: [], numbers: 'grades', step: 1 };

/**
 * The grade in `ref` in twelfths (a whole number), or an error where the core gives blank or an
 * error, on the school's scale: its own labels first, then what plain numbers mean on it.
 */
export function gradeTwelfthsExpression(ref: string, scale: GradeSettings = BUILT_IN_SCALE): string {
  const builtIn =
    scale.numbers === 'percentages'
      ? [percentageReading(ref)]
      : [...lookupFormulas(shortened(ref), letterRegions()), fineOrSplit(ref), numberReading(ref)];
  // A TRUE or FALSE cell is no grade. Excel and Sheets fail it in the readings anyway ("TRUE"),
  // but LibreOffice Calc keeps TRUE as the number 1 and would read it as the grade 1.
  return `IF(ISLOGICAL(${ref}),NA(),${firstReading([...schoolLabels(ref, scale.labels), ...builtIn])})`;
}
