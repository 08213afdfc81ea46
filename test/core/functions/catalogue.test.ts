/**
 * A catalogue of awkward cells a real tracker holds, each run through GRADE_POINTS and through
 * ON_TRACK against a target of 5. `points` and `status` are the expected results; an error is
 * given by a fragment its message must contain. Every error must also say how to fix it.
 */
import { describe, expect, it } from 'vitest';
import { CellError, functions } from '../../../core/index';
import { expectCellError, expectHelpfulMessage } from './expectations';

type Expected = number | string | { error: string };
const bad = (error: string) => ({ error });
const NOT_A_GRADE = bad('is not a grade');
const OUT_OF_SCALE = bad('GCSE grades run from 1 to 9');

const upstream = new CellError('#N/A', 'No target found for this pupil.');

// [label, input, GRADE_POINTS, ON_TRACK(input, 5)]
const CATALOGUE: Array<[string, unknown, Expected, Expected]> = [
  // Marks for "no grade": product decision, read as blank so an absent pupil never shows as U.
  ["'n/a'", 'n/a', '', ''],
  ["'N/A'", 'N/A', '', ''],
  ["'X' (absent)", 'X', '', ''],
  ["'ABS'", 'ABS', '', ''],
  ["'-' (nothing yet)", '-', '', ''],
  ["'A'", 'A', 7, 'Above'],
  ["'A*' is not 'A'", 'A*', 8.5, 'Above'],
  ["'a*' in lower case", 'a*', 8.5, 'Above'],
  ["'C'", 'C', 4, 'Below'], // -1 exactly
  ["'G'", 'G', 1, 'Well below'],
  ["'5 +' with an inner space", '5 +', 16 / 3, 'Above'],
  ["' 5+ ' with outer spaces", ' 5+ ', 16 / 3, 'Above'],
  ["'5+' with a tab and newline", '\t5+\n', 16 / 3, 'Above'],
  ["'5=' (on the grade)", '5=', 5, 'On'],
  ["'5++'", '5++', bad("'5++' is not a grade: use 1-9 with an optional + or -, U, A*-G, or L1P-L2D*"), bad("'5++' is not a grade")],
  ["'5--'", '5--', NOT_A_GRADE, NOT_A_GRADE],
  ["'10'", '10', OUT_OF_SCALE, OUT_OF_SCALE],
  ['10 as a number', 10, OUT_OF_SCALE, OUT_OF_SCALE],
  ["'-1'", '-1', OUT_OF_SCALE, OUT_OF_SCALE],
  ['-1 as a number', -1, OUT_OF_SCALE, OUT_OF_SCALE],
  ["'U'", 'U', 0, 'Well below'],
  ["'U+'", 'U+', bad('U cannot be raised or lowered'), bad('U cannot be raised or lowered')],
  ["'5/4'", '5/4', 4.5, 'Below'],
  // Product decision: a split grade reads the same either way round.
  ["'4/5'", '4/5', 4.5, 'Below'],
  ["'5-4' (double)", '5-4', 4.5, 'Below'],
  // Product decision: a double grade puts the higher grade first, so 4-5 is a typo, not 4.5.
  ["'4-5'", '4-5', bad('double grades put the higher grade first'), bad('higher grade first')],
  ["'5-3' (not neighbours)", '5-3', bad('next to each other'), bad('next to each other')],
  ["'9-9'", '9-9', 9, 'Above'],
  ["'9+'", '9+', 28 / 3, 'Above'],
  ["'1-'", '1-', 2 / 3, 'Well below'],
  ["'5' as text", '5', 5, 'On'],
  ["' 7 ' as text", ' 7 ', 7, 'Above'],
  ["'4.5' as text", '4.5', 4.5, 'Below'],
  ["5.5 as a number (a split grade's value)", 5.5, 5.5, 'Above'],
  ['5.2 as a number (no grade is worth that)', 5.2, bad('use whole grades, fine grades'), bad('use whole grades')],
  // Product decision: text '0' is not the Excel blank; U is how to record ungraded.
  ["'0' as text", '0', bad('use U for ungraded, or leave the cell empty'), bad('use U for ungraded')],
  ['0 as a number (Excel desktop blank)', 0, '', ''],
  ["'L2M'", 'L2M', 5.5, 'Above'],
  ["'l1p'", 'l1p', 1.25, 'Well below'],
  // Issue 11: the spelt-out forms of the DfE's points tables read as their codes (the traffic-light
  // formulas read them the same way); "Distinction" with no level is not a grade.
  ["'Level 2 Merit'", 'Level 2 Merit', 5.5, 'Above'],
  ["'Distinction* (Level 2)'", 'Distinction* (Level 2)', 8.5, 'Above'],
  ["'Distinction'", 'Distinction', NOT_A_GRADE, NOT_A_GRADE],
  ['TRUE in a grade cell', true, bad('TRUE is not a grade'), bad('TRUE is not a grade')],
  ['FALSE in a grade cell', false, bad('FALSE is not a grade'), bad('FALSE is not a grade')],
  ["'TRUE' as text", 'TRUE', NOT_A_GRADE, NOT_A_GRADE],
  ['NaN', Number.NaN, bad('NaN is not a grade'), NOT_A_GRADE],
  ['Infinity', Number.POSITIVE_INFINITY, NOT_A_GRADE, NOT_A_GRADE],
  ['-Infinity', Number.NEGATIVE_INFINITY, NOT_A_GRADE, NOT_A_GRADE],
  ['a JS Date', new Date(2024, 0, 15), bad('check this cell holds a grade, not a date'), bad('date')],
  // 45000 is 15 March 2023 as an Excel date serial: a date cell read as a number.
  ['an Excel date serial, 45000', 45000, OUT_OF_SCALE, OUT_OF_SCALE],
  ['a 1,000-character string', 'x'.repeat(1000), bad('(1000 characters)'), bad('(1000 characters)')],
  ["formula-looking '=1+1'", '=1+1', bad("'=1+1' is not a grade"), NOT_A_GRADE],
  ["HTML '<img onerror=alert(1)>'", '<img onerror=alert(1)>', NOT_A_GRADE, NOT_A_GRADE],
  ["'Secure' (a custom label this school has not set up)", 'Secure', NOT_A_GRADE, NOT_A_GRADE],
  ["'' (empty text)", '', '', ''],
  ["'   ' (spaces only)", '   ', '', ''],
  ['null (Excel on the web blank)', null, '', ''],
  ['undefined (omitted)', undefined, '', ''],
  // Product decision: an error already in the cell flows through unchanged, so its own message is kept.
  ['an upstream #N/A', upstream, bad('No target found'), bad('No target found')],
];

function check(result: unknown, expected: Expected): void {
  if (typeof expected !== 'object') {
    expect(result).toBe(expected);
    return;
  }
  const code = result === upstream ? '#N/A' : '#VALUE!';
  const error = expectCellError(result, code, expected.error);
  if (error !== upstream) expectHelpfulMessage(error);
}

describe('catalogue of awkward grade cells', () => {
  it('has at least 40 entries', () => expect(CATALOGUE.length).toBeGreaterThanOrEqual(40));

  it.each(CATALOGUE)('%s: GRADE_POINTS', (_label, input, points) => check(functions.GRADE_POINTS(input), points));

  it.each(CATALOGUE)('%s: ON_TRACK against 5', (_label, input, _points, status) => check(functions.ON_TRACK(input, 5), status));

  it.each(CATALOGUE)('%s: the same in a range, beside a good cell that is not disturbed', (_label, input, points) => {
    const row = functions.GRADE_POINTS([[input, '6']]) as unknown[][];
    check(row[0]![0], points);
    expect(row[0]![1]).toBe(6);
  });

  it('a 1,000-character paste gives a short message quoting only its start', () => {
    const error = functions.GRADE_POINTS('x'.repeat(1000)) as CellError;
    expect(error.message.length).toBeLessThan(160);
    expect(error.message).toContain(`'${'x'.repeat(37)}...'`);
  });
});
