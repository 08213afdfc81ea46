/**
 * Each class sheet's formulas evaluated in a real formula engine against a small tracker, to prove a
 * teacher sees exactly their class's pupils, blanks as blanks, and the tracker's header row.
 *
 * HyperFormula is configured with useArrayArithmetic, as Excel evaluates every formula as a dynamic
 * array and Sheets evaluates FILTER's and SUMPRODUCT's arguments as arrays. Its FILTER is Sheets'
 * kind (no if_empty, which is why the formula has none) and filters one row or column at a time, so
 * the data FILTER is evaluated once per tracker column: only the data range is narrowed to that
 * column; the class test, the SUMPRODUCT guard and the blank-keeping IF run exactly as written.
 * The header formula runs exactly as written. One more rewrite: HyperFormula cannot parse a doubled
 * quote inside a string literal, which Excel and Sheets both read as one quote, so for it each
 * doubled quote is spelt "&CHAR(34)&", the same text in every engine.
 */
import { HyperFormula } from 'hyperformula';
import { afterAll, describe, expect, it } from 'vitest';
import { classSheetsPlan, type ClassSheet } from '../../../core/classSheets';
import { columnLetter } from '../../../core/layout';
import { DEFAULT_RULE_SETTINGS } from '../../../core/rules';
import { col, grade, handLayout, target } from '../report/support';

const TRACKER = "O'Neil's Year 10";
const header = ['UPN', 'Name', 'Class', '', 'Target', 'RP1', 'RP2', 'Comment'];
const pupils: unknown[][] = [
  ['u1', 'Ann', '10A', 'x', 5, 4, '', ''],
  ['u2', 'Bob', ' 10a ', '', 6, 6, 7, 'moved set'],
  ['u3', 'Cat', '10"B"', '', 4, 4, 5, ''],
  ['u4', 'Dan', 7, '', 5, 5, 5, ''],
  ['u5', 'Eve', '7', '', 5, 3, 4, ''],
  ['u6', 'Fay', '=NA()', '', 5, 5, 5, ''],
  ['u7', 'Gus', '10A', '', 4, '4-', '5+', ''],
  ['u8', 'Hal', '', '', 4, 4, 4, ''],
];
const rows = [['Year 10 tracker'], [], header, ...pupils];
// The layout knows columns A-G (D as Other); H is only in the sheet's top rows.
const layout = handLayout(
  [col('UPN', 'upn'), col('Name', 'name'), col('Class', 'class'), col('Notes', 'other'), target(), grade('RP1'), grade('RP2')],
  2,
);
// What a host reads from the class column: an error cell arrives as its text.
const classValues = pupils.map((row) => (row[2] === '=NA()' ? '#N/A' : row[2]));

const plan = classSheetsPlan({
  layout,
  trackerSheetName: TRACKER,
  lastRow: rows.length,
  topRows: rows.slice(0, 15),
  classValues,
  sheets: [{ name: TRACKER, mark: null, managed: ['', ''], isProtected: false }],
  previous: [],
  ruleSettings: DEFAULT_RULE_SETTINGS,
});
if (!plan.ok) throw new Error(plan.message);

// Typed into the engine as a person types: the text '7' needs its apostrophe, or the engine reads the number 7.
const typed = rows.map((row) => row.map((value) => (value === '7' ? "'7" : value)));
const engine = HyperFormula.buildFromSheets({ [TRACKER]: typed as never, Out: [] }, { licenseKey: 'gpl-v3', useArrayArithmetic: true });
afterAll(() => engine.destroy());
const out = engine.getSheetId('Out')!;

/** 10""B"" inside a string literal becomes "&CHAR(34)&" per doubled quote; the empty literal "" is left alone. */
function withoutDoubledQuotes(formula: string): string {
  let text = '';
  let inString = false;
  for (let i = 0; i < formula.length; i += 1) {
    const character = formula[i]!;
    if (character !== '"') text += character;
    else if (!inString) {
      inString = true;
      text += character;
    } else if (formula[i + 1] === '"') {
      text += '"&CHAR(34)&"';
      i += 1;
    } else {
      inString = false;
      text += character;
    }
  }
  return text;
}

function evaluate(formula: string): unknown[][] {
  engine.setSheetContent(out, [[withoutDoubledQuotes(formula)]]);
  return engine.getSheetValues(out);
}

/** The class sheet's A2 result, column by column (see the note at the top). */
function classRows(sheet: ClassSheet): unknown[][] {
  const data = /FILTER\(IF\(('(?:[^']|'')+'!)A(\d+):([A-Z]+)(\d+)=""/.exec(sheet.filterFormula)!;
  const [whole, sheetRef, first, lastLetter, last] = [`${data[1]}A${data[2]}:${data[3]}${data[4]}`, data[1], data[2], data[3], data[4]];
  const width = header.length;
  expect(lastLetter).toBe(columnLetter(width - 1));
  const columns = Array.from({ length: width }, (_, c) =>
    evaluate(sheet.filterFormula.split(whole).join(`${sheetRef}${columnLetter(c)}${first}:${columnLetter(c)}${last}`)).map(
      (row) => row[0],
    ),
  );
  return columns[0]!.map((_, r) => columns.map((column) => column[r]));
}

const expectedFor = (...upns: string[]) =>
  pupils
    .filter((row) => upns.includes(row[0] as string))
    .map((row) => row.map((value) => (value === '=NA()' ? expect.anything() : value)));

describe('class sheets in a formula engine', () => {
  it('makes one sheet per class, in natural order, and none for the error or the blank', () => {
    expect(plan.sheets.map((sheet) => [sheet.name, sheet.className, sheet.pupils])).toEqual([
      ['Class 7', '7', 2],
      ['Class 10"B"', '10"B"', 1],
      ['Class 10A', '10A', 3],
    ]);
    expect(plan.skipped.map((entry) => entry.value)).toEqual(["'#N/A'"]);
    expect(plan.notes).toEqual([expect.stringMatching(/^1 pupil has no class/)]);
  });

  it("shows exactly each class's pupils, spaces and case ignored, the number 7 and the text 7 together", () => {
    const shown = Object.fromEntries(plan.sheets.map((sheet) => [sheet.className, classRows(sheet)]));
    expect(shown['10A']).toEqual(expectedFor('u1', 'u2', 'u7'));
    expect(shown['10"B"']).toEqual(expectedFor('u3'));
    expect(shown['7']).toEqual(expectedFor('u4', 'u5'));
    // Blank tracker cells stay blank (""), never 0.
    expect(shown['10A']![0]![6]).toBe('');
  });

  it("shows the tracker's header row in A1, blank headings blank", () => {
    expect(evaluate(plan.sheets[0]!.headerFormula)).toEqual([header]);
  });

  it('stays live: a class with no pupils left shows a message instead of an error', () => {
    const tenA = plan.sheets.find((sheet) => sheet.className === '10A')!;
    for (const row of [3, 4, 9]) engine.setCellContents({ sheet: engine.getSheetId(TRACKER)!, row, col: 2 }, [['11Z']]);
    // Evaluated column by column, each column shows the message; on the real sheet it is the one value in A2.
    expect(classRows(tenA)).toEqual([Array(header.length).fill('No pupils in class 10A')]);
  });
});
