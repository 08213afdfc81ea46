/**
 * A cell's grade value as a native formula expression, in twelfths of a grade, that Excel and
 * Google Sheets both evaluate inside a conditional format (which cannot call Tracklight's custom
 * functions). It reads a cell as the core's built-in grade scale does (core/grades/gradeScale.ts)
 * and gives an error wherever the core gives blank or an error, so a rule built on it is simply
 * not true there. Twelfths keep every comparison exact: 5+ is 64, 5- is 56, 5/4 is 54, L1P is 15.
 * The few readings it does not share (tabs and other whitespace that is not a space) are listed
 * with their reasons in test/core/rules/onTrackAgreement.test.ts. A school's own scale (its labels,
 * and percentages in place of GCSE numbers) is read the same way: see gradeTwelfthsExpression.
 *
 * Why this shape: every grade cell evaluates all four rules, each reading two cells, whenever the
 * sheet is drawn or scrolled. Excel forbids array constants in conditional formats, and LET is
 * missing from Excel 2016-2019 (and from HyperFormula, which tests these formulas), so nothing can
 * be named and reused. So the reading is few steps, tried cheapest first with IFERROR (which Excel
 * and Sheets evaluate lazily: a later reading is reached only when the ones before fail):
 *  1. a whole grade 2-9 typed as a number (or as a bare digit) is its own value, 12 x the grade,
 *     found by one FIND: most grade cells on a tracker need nothing more;
 *  2. every built-in grade written as text (5, 5+, 5=, 5/4, 5-4, U, A*, L2M, Level 2 Merit...) is one
 *     FIND in one table of all their spellings, after taking out spaces, upper-casing and shortening
 *     LEVEL to L (the core's other word shortenings are in the table both ways), with its value read
 *     from one character per region (lookupTable.ts valueLookup);
 *  3. anything else is read as a number, or as text the core reads as a number, by arithmetic.
 * An empty cell is no grade before any reading. An engine that evaluates every argument of IF and
 * IFERROR (HyperFormula does) pays for all three in every cell, so each is as few calls as it can be.
 *
 * Functions used: IFERROR, IF, FIND, NA, ISLOGICAL, UNICODE, MID, INT, UPPER, SUBSTITUTE, LEFT,
 * ROUND, DECIMAL (UNICODE and DECIMAL are Excel 2013+), and CHOOSE and N for a school's labels and
 * percentages. The formula has no decimal literals; it does assume that a number turns into text
 * with a "." (as in English locales), or 4.5 is not read.
 */
import { LEGACY_LETTER_TWELFTHS, VOCATIONAL_SPELLINGS, VOCATIONAL_TWELFTHS, WORD_SHORTENINGS } from '../grades/builtInGrades';
import { foldLabel, type GradeSettings } from '../grades/gradeSettings';
import { PER_GRADE, THIRD } from '../grades/twelfths';
import { lookupFormulas, valueLookup, valueLookupFormula, type ValueLookup } from './lookupTable';

/** The cell's text with every space taken out, as the core folds labels ("5 +" is "5+"). */
const spaceless = (ref: string) => `SUBSTITUTE(${ref}," ","")`;

/** The first of the core's word shortenings (LEVEL to L), which the formula makes; the table holds the others both ways. */
const [FIRST_SHORTENING, ...OTHER_SHORTENINGS] = WORD_SHORTENINGS;

/** The key the built-in table is searched with: the folded text, with LEVEL shortened as the core does first. */
const builtInKey = (ref: string) => `SUBSTITUTE(UPPER(${spaceless(ref)}),"${FIRST_SHORTENING![0]}","${FIRST_SHORTENING![1]}")`;

/**
 * Every way of writing `short` (a label the core reaches after its word shortenings) once LEVEL is
 * shortened: each later word in its short or its long form (DIST or DISTINCTION, * or STAR...).
 */
function spellings(short: string): string[] {
  return OTHER_SHORTENINGS.reduce<string[]>(
    (forms, [word, shortWord]) =>
      forms.flatMap((form) =>
        form
          .split(shortWord)
          .reduce<string[]>(
            (heads, piece, index) => (index === 0 ? [piece] : heads.flatMap((head) => [head + shortWord + piece, head + word + piece])),
            [],
          ),
      ),
    [short],
  );
}

/**
 * Every built-in grade that is written as text, folded (no spaces, upper case, LEVEL shortened), with
 * its value: the fine grades 1- to 9+ (and 5 and 5=), the split (5/4, 4/5, 5/5) and double (5-4, 5-5)
 * grades of neighbouring grades, U, A*-G, and the vocational codes with every spelling the core reads.
 */
function builtInEntries(): [string, number][] {
  const entries: [string, number][] = [['U', 0]];
  for (let grade = 1; grade <= 9; grade += 1) {
    entries.push([`${grade}`, grade * PER_GRADE], [`${grade}=`, grade * PER_GRADE], [`${grade}+`, grade * PER_GRADE + THIRD]);
    entries.push([`${grade}-`, grade * PER_GRADE - THIRD]);
    for (const other of [grade - 1, grade, grade + 1].filter((next) => next >= 1 && next <= 9)) {
      entries.push([`${grade}/${other}`, (grade + other) * (PER_GRADE / 2)]);
      // A double grade puts the higher grade first.
      if (other <= grade) entries.push([`${grade}-${other}`, (grade + other) * (PER_GRADE / 2)]);
    }
  }
  const letters = [
    ...Object.entries(LEGACY_LETTER_TWELFTHS),
    ...Object.entries(VOCATIONAL_TWELFTHS),
    ...Object.entries(VOCATIONAL_SPELLINGS),
  ];
  for (const [label, value] of letters) for (const form of spellings(label)) entries.push([form, value]);
  return entries;
}

let builtInTable: ValueLookup | undefined;
/** Made once: the rules are built for every block of every sheet coloured. */
const builtInLookup = () => (builtInTable ??= valueLookup(builtInEntries()));

/** Every whole number of twelfths a grade can be, 1 (1/12) to 112 (9 1/3), each as the character U+0100 plus itself. */
const TWELFTHS = Array.from({ length: 9 * PER_GRADE + THIRD }, (_, index) => String.fromCharCode(0x100 + index + 1)).join('');

/**
 * A number, or text the core reads as one (/^[+-]?\d+(\.\d+)?$/, then as readGradeNumber does): a
 * whole number of twelfths, within a millionth as core/grades/twelfths.ts allows (ROUND(6n, 6)*2 is
 * whole exactly then, and DECIMAL of anything else is an error, as of a negative number), from 1/12
 * to 9 1/3: MID finds the twelfths in TWELFTHS, where 0 (which the core reads as blank) is no place
 * and 113 and more find nothing. The digit check turns away the text Excel and Sheets would read as
 * a number but the core does not: "1E0", "50%", "£5", "6:00". Fifteen characters keep DECIMAL's
 * result exact. An empty cell fails too.
 */
function numberReading(ref: string): string {
  const text = spaceless(ref);
  const digits = `DECIMAL(SUBSTITUTE(SUBSTITUTE(LEFT(${text},15),"+","",1),".","",1),10)`;
  return `UNICODE(MID("${TWELFTHS}",DECIMAL(ROUND(6*${text},6)*2,10),1))-${0x100}+0*${digits}`;
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

/**
 * A number typed as a number on a percentage scale, as readPercentage reads it: every number in
 * (0, 100], to the nearest twelfth, even one too small to show as text (1E-09 is a mark of 0). N is 0
 * for text, which fails here and is read by percentageReading.
 */
function percentageNumber(ref: string): string {
  return `ROUND(${PER_GRADE}*N(${ref}),0)/((N(${ref})>0)*(N(${ref})<=100))`;
}

/** The school's own labels, one region per label, in as many lookups as Excel's 255-character literals need. */
function schoolLabels(ref: string, labels: GradeSettings['labels']): string[] {
  if (labels.length === 0) return [];
  const regions = labels.map(({ label, value }) => ({ keys: [foldLabel(label)], result: Math.round(value * PER_GRADE) }));
  return lookupFormulas(`UPPER(${spaceless(ref)})`, regions);
}

/**
 * A whole grade 2 to 9, typed as a number or as a bare digit: the one character of "23456789" at
 * its own place, so FIND gives back the grade itself (it finds 23, 0 or 4.5 nowhere, or not at their
 * place, and finds an empty cell at 1, where it is 0). Grade 1 is left to the readings, as LibreOffice Calc
 * keeps a TRUE cell as the number 1. "*1" lets a digit typed as text count too; text that is not a
 * number makes it an error.
 */
const isWholeGrade = (ref: string) => `(FIND(${ref},"x23456789")=${ref}*1)`;

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
      ? [percentageNumber(ref), percentageReading(ref)]
      : [valueLookupFormula(builtInKey(ref), builtInLookup()), numberReading(ref)];
  // A TRUE or FALSE cell is no grade: dividing by 0 makes it an error. Excel and Sheets fail it in the
  // readings anyway ("TRUE"), but LibreOffice Calc keeps TRUE as the number 1 and would read it as 1.
  const read = `${firstReading([...schoolLabels(ref, scale.labels), ...builtIn])}/(1-ISLOGICAL(${ref}))`;
  if (scale.numbers === 'percentages') return read;
  // On the GCSE scale a whole grade (typed as a number or a bare digit) needs no reading at all, and
  // an empty cell (or empty text) is no grade: Excel and Sheets then never reach the readings.
  return `IFERROR(${PER_GRADE}*${ref}/${isWholeGrade(ref)},IF(${ref}="",NA(),${read}))`;
}
