/**
 * "Report on several sheets": a year group kept as one sheet per subject, combined into one wide
 * tracker. A pupil missing from the English sheet, two pupils of one name and class, a biology sheet
 * with no UPN column (matched by name and class), and the sheets disagreeing on one pupil's PP.
 */
import { describe, expect, it } from 'vitest';
import { validateLayout } from '../../../core/layout';
import { buildReport } from '../../../core/report';
import { combineSheets, subjectFromSheetName } from '../../../core/report/combineSheets';
import { col, grade, target, tracker } from './support';

const UPN_SHEET = [
  col('UPN', 'upn'),
  col('Surname', 'surname'),
  col('Forename', 'forename'),
  col('Class', 'class'),
  col('PP', 'pp'),
  target(),
  grade('RP1'),
  grade('RP2'),
];
const NAME_SHEET = [col('Name', 'name'), col('Class', 'class'), target(), grade('RP1'), grade('RP2')];

const maths = tracker(UPN_SHEET, [
  ['U1', 'Smith', 'Ann', '11A', 'Y', 5, 4, 5],
  ['U2', 'Smith', 'Ann', '11A', 'N', 6, 6, 7],
  ['U3', 'Patel', 'Raj', '11B', 'N', 4, 3, 4],
  ['U4', 'Jones', 'Tom', '11B', 'Y', 7, 6, 6],
]);
// Raj Patel (U3) is missing; Tom Jones's PP disagrees with maths; "Yes" for Ann is the same as maths' "Y".
const english = tracker(UPN_SHEET, [
  ['U1', 'Smith', 'Ann', '11A', 'Yes', 5, 5, 6],
  ['U2', 'Smith', 'Ann', '11A', 'N', 6, 5, 6],
  ['U4', 'Jones', 'Tom', '11B', 'N', 6, 6, 7],
]);
// No UPN: names written another way round, in other case and spacing; the Raj Patel here is in 11C.
const biology = tracker(NAME_SHEET, [
  ['Ann Smith', '11A', 5, 4, 5],
  ['ANN  SMITH', '11 a', 6, 6, 6],
  ['Tom Jones', '11B', 7, 5, 6],
  ['Raj Patel', '11C', 4, 4, 4],
]);
const SHEETS = [
  { name: 'Y11 Maths', ...maths },
  { name: 'Y11 English', ...english },
  { name: 'Y11 Biology', ...biology },
];

describe('combineSheets', () => {
  const combined = combineSheets(SHEETS);

  it('lays out identity and flags once, then each sheet’s subject columns named by the sheet', () => {
    const { layout } = combined;
    expect(layout.columns.map((column) => `${column.letter} ${column.label} ${column.role} ${column.subject ?? '-'}`)).toEqual([
      'A UPN upn -',
      'B Surname surname -',
      'C Forename forename -',
      'D Class class -',
      'E PP pp -',
      'F Name name -',
      'G Maths Target target Maths',
      'H Maths RP1 grade Maths',
      'I Maths RP2 grade Maths',
      'J English Target target English',
      'K English RP1 grade English',
      'L English RP2 grade English',
      'M Biology Target target Biology',
      'N Biology RP1 grade Biology',
      'O Biology RP2 grade Biology',
    ]);
    expect(layout.pairs.map((pair) => pair.label)).toEqual([
      'Maths RP1 -> Maths Target',
      'Maths RP2 -> Maths Target',
      'English RP1 -> English Target',
      'English RP2 -> English Target',
      'Biology RP1 -> Biology Target',
      'Biology RP2 -> Biology Target',
    ]);
    expect(layout.pairs.map((pair) => [pair.grade, pair.target])).toEqual([
      [7, 6],
      [8, 6],
      [10, 9],
      [11, 9],
      [13, 12],
      [14, 12],
    ]);
    expect(layout.subjects).toEqual(['Maths', 'English', 'Biology']);
    expect(layout.collections).toEqual(['RP1', 'RP2']);
    expect([layout.headerRow, layout.dataStartRow]).toEqual([0, 1]);
    const check = validateLayout(layout, combined.rows.slice(0, 15));
    expect(check.ok).toBe(true);
    if (check.ok) expect(check.layout.warnings).toEqual([]);
  });

  it('matches pupils by UPN, and by name and class where there is none, keeping the first sheet’s rows', () => {
    const { rows } = combined;
    expect(rows[0]).toEqual(combined.layout.columns.map((column) => column.label));
    // Ann Smith (U1): PP "Y" from maths (English's "Yes" agrees); her biology row is the first Ann Smith's.
    expect(rows[1]).toEqual(['U1', 'Smith', 'Ann', '11A', 'Y', 'Ann Smith', 5, 4, 5, 5, 5, 6, 5, 4, 5]);
    // The second Ann Smith of 11A takes the second biology row of that name, in row order.
    expect(rows[2]).toEqual(['U2', 'Smith', 'Ann', '11A', 'N', 'ANN  SMITH', 6, 6, 7, 6, 5, 6, 6, 6, 6]);
    // Raj Patel of 11B is on no English sheet and no biology one: blanks there.
    expect(rows[3]).toEqual(['U3', 'Patel', 'Raj', '11B', 'N', '', 4, 3, 4, '', '', '', '', '', '']);
    // Tom Jones: maths' PP "Y" kept over English's "N".
    expect(rows[4]).toEqual(['U4', 'Jones', 'Tom', '11B', 'Y', 'Tom Jones', 7, 6, 6, 6, 6, 7, 7, 5, 6]);
    // The biology sheet's Raj Patel of 11C matched nobody: a pupil of their own, below the maths sheet's rows.
    expect(rows[5]).toEqual(['', '', '', '11C', '', 'Raj Patel', '', '', '', '', '', '', 4, 4, 4]);
    expect(rows).toHaveLength(6);
  });

  it('says how pupils were matched, who was matched twice or found once, and where the sheets disagree', () => {
    expect(combined.warnings).toEqual([
      "3 pupils in 'Y11 Biology' were matched by name and class, as it has no UPN column. Matched twice: Ann Smith (11A). " +
        "Only in one sheet: Patel, Raj (11B, only in 'Y11 Maths'); Raj Patel (11C, only in 'Y11 Biology').",
      "The sheets disagree on PP for 1 pupil, so the first sheet's value is used: Jones, Tom (11B).",
      "1 pupil is not on 'Y11 Maths': in the pupil lists, tracker rows from 6 on count on below its last row.",
    ]);
  });

  it('caps long lists with "and N more"', () => {
    const many = Array.from({ length: 8 }, (_, i) => [`Pupil${i}`, '11A', 5, 5, 5]);
    const upns = Array.from({ length: 8 }, (_, i) => [`U${i}`, `Other${i}`, 'Kid', '11A', 'N', 5, 5, 5]);
    const { warnings } = combineSheets([
      { name: 'Y11 Maths', ...tracker(UPN_SHEET, upns) },
      { name: 'Y11 Art', ...tracker(NAME_SHEET, many) },
    ]);
    expect(warnings[0]).toMatch(/^0 pupils in 'Y11 Art' were matched by name and class, as it has no UPN column\. Only in one sheet: /);
    expect(warnings[0]).toMatch(/Other4, Kid \(11A, only in 'Y11 Maths'\) and 11 more\.$/);
  });

  it('takes a subject from the sheet name without its year-group words', () => {
    expect(subjectFromSheetName('Y11 Maths')).toBe('Maths');
    expect(subjectFromSheetName('Year 11 English Lit')).toBe('English Lit');
    expect(subjectFromSheetName('Yr10 - Geography 2025-26')).toBe('Geography');
    expect(subjectFromSheetName('Science Y10/11 tracker')).toBe('Science');
    expect(subjectFromSheetName('Y11')).toBe('Y11');
  });

  it('gives buildReport a wide tracker: A8 and the subject table as worked out by hand for two pupils', () => {
    const two = combineSheets([
      { name: 'Y11 Maths', ...tracker(UPN_SHEET, [maths.rows[1]!, maths.rows[4]!]) },
      { name: 'Y11 English', ...tracker(UPN_SHEET, [english.rows[1]!, english.rows[3]!]) },
      { name: 'Y11 Biology', ...tracker(NAME_SHEET, [biology.rows[1]!, biology.rows[3]!]) },
    ]);
    const report = buildReport({ ...two, settings: { tolerance: 0 } });
    expect(report.wide).toBe(true);
    expect(report.pupils).toBe(2);
    expect(report.subjects).toEqual(['Maths', 'English', 'Biology']);
    // At RP2. Ann: maths 5 doubled 10, English language alone 6 (single: no literature), biology 5 in EBacc: 21.
    // Tom: maths 6 doubled 12, English 7, biology 6: 25. Mean 23.
    expect(report.attainment?.collection).toBe('RP2');
    expect(report.attainment?.attainment8).toEqual({ pupils: 2, mean: 23 });
    expect(report.headlines?.rows[0]?.attainment8Elements).toEqual({ maths: 11, english: 6.5, ebacc: 5.5, open: 0 });
    // Maths: Ann 5 on 5 (On), Tom 6 on 7 (Below). English: 6 on 5 and 7 on 6, both Above. Biology as maths.
    const rows = report.subjectComparison?.subjects.map((row) => [row.subject, row.rank, row.figures.onTarget, row.figures.meanResidual]);
    // Ranked by share on target; the tie shares rank 2, listed by name.
    expect(rows).toEqual([
      ['English', 1, 1, 1],
      ['Biology', 2, 0.5, -0.5],
      ['Maths', 2, 0.5, -0.5],
    ]);
    expect(two.warnings).toEqual([
      "2 pupils in 'Y11 Biology' were matched by name and class, as it has no UPN column.",
      "The sheets disagree on PP for 1 pupil, so the first sheet's value is used: Jones, Tom (11B).",
    ]);
  });
});
