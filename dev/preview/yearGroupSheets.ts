/**
 * The workbook `?sheets` adds, for "Report on several sheets": Year 11 kept as a school often keeps it,
 * one sheet per subject ('Y11 Maths', 'Y11 English', 'Y11 Science'), from the sample school's Year 11.
 * What makes combining them hard is built in on purpose: the science sheet has no UPN column (so its
 * pupils are matched by name and class), one pupil is missing from the English sheet, and two pupils
 * in one class share a name (so their science rows are matched in row order, and the report says so).
 */
import { generateSchool, SAMPLE_HEADER_ROW_INDEX, sampleTrackerSheet, TRACKER_HEADERS } from '../../core/sample';
import type { CellValue } from './workbook';

export const YEAR_GROUP_PUPILS = 60;
/** Each tab, and the sample subject it holds. */
export const YEAR_GROUP_SHEETS = [
  { name: 'Y11 Maths', subject: 'Maths' },
  { name: 'Y11 English', subject: 'English Language' },
  { name: 'Y11 Science', subject: 'Combined Science' },
] as const;
export const NO_UPN_SHEET = 'Y11 Science';
export const MISSING_FROM_SHEET = 'Y11 English';
/** 0-based pupil (not sheet row) left off the English sheet. */
export const MISSING_PUPIL = 4;
/** The second pupil of the first class is given the first pupil's name, on every sheet. */
export const SAME_NAME_PUPILS = [0, 1] as const;

const column = (header: string) => TRACKER_HEADERS.indexOf(header);

export function yearGroupSheets(): { name: string; rows: CellValue[][] }[] {
  const school = generateSchool({ years: [11], pupilsPerYear: YEAR_GROUP_PUPILS });
  return YEAR_GROUP_SHEETS.map(({ name, subject }) => {
    const rows: CellValue[][] = sampleTrackerSheet(school, { year: 11, subject }).map((row) => [...row]);
    const pupil = (n: number) => rows[SAMPLE_HEADER_ROW_INDEX + 1 + n]!;
    const [first, second] = SAME_NAME_PUPILS.map(pupil);
    // The sample lists pupils by class, so the first two share a class.
    for (const header of ['Surname', 'Forename']) second![column(header)] = first![column(header)]!;
    if (name === MISSING_FROM_SHEET) rows.splice(SAMPLE_HEADER_ROW_INDEX + 1 + MISSING_PUPIL, 1);
    return { name, rows: name === NO_UPN_SHEET ? rows.map((row) => row.slice(column('UPN') + 1)) : rows };
  });
}
