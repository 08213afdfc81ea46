/**
 * What the preview workbook holds: the synthetic school's maths tracker, one tab per year (Y7-Y11,
 * the department tracker "Colour every sheet with this layout" is for), each with one rule of the
 * school's own, which removing Tracklight's colours must leave alone. With `checks`, two more tabs
 * that the browser tests need: one with no target column, and one whose name and headings are
 * markup, which must show as text. With `reports`, a wide Year 11 tracker (every subject, two
 * classes) for the reports, and a tab of the school's named as Tracklight would name a class sheet.
 * With `edges`, an empty tab, and a tab whose headings rows added above have pushed below the rows the
 * panel reads, with the layout saved for it from before. With `scales`, a flight-path tracker and a
 * tracker in KS3 descriptors, for the school's own grade scale (scaleTrackers.ts). With `sheets`, Year 11
 * kept one sheet per subject, for "Report on several sheets" (yearGroupSheets.ts). With `leaders`, a Year 11
 * maths tracker with classes, teachers, ethnicity, attendance, effort and results (leadersTracker.ts).
 */
import { columnLetter, detectLayout, ROWS_READ } from '../../core/layout';
import { DEFAULT_RULE_SETTINGS } from '../../core/rules';
import { generateSchool, SAMPLE_HEADER_ROW_INDEX, sampleTrackerSheet, sampleWideTrackerSheet, TRACKER_HEADERS } from '../../core/sample';
import { DESCRIPTOR_SHEET, descriptorRows, FLIGHT_PATH_SHEET, flightPathRows } from './scaleTrackers';
import { LEADERS_SHEET, leadersTrackerRows } from './leadersTracker';
import { PreviewWorkbook, type CellValue, type PreviewRule } from './workbook';
import { yearGroupSheets } from './yearGroupSheets';

export const YEAR_TABS = [7, 8, 9, 10, 11].map((year) => ({ year, name: `Y${year}` }));
export const NO_TARGET_SHEET = 'No targets';
export const MARKUP_SHEET = '<i>Odd headings';
export const MARKUP_HEADING = '<img src=x onerror=alert(1)>';
export const WIDE_SHEET = 'Y11 all subjects';
/** Enough for two classes of 30 (11A, 11B) while keeping the browser test quick. */
export const WIDE_PUPILS = 60;
export const WIDE_YEAR = 11;
/** The school's own tab with the name "Make class sheets" would first choose for class 11A. */
export const SCHOOL_CLASS_TAB = 'Class 11A';
export const EMPTY_SHEET = 'Empty';
export const MOVED_HEADINGS_SHEET = 'Y9 rows added';
/** Blank rows added above the headings: one more than the panel reads, so no heading is left in them. */
export const ROWS_ADDED_ABOVE = ROWS_READ + 1;

export function wideTrackerRows(): CellValue[][] {
  return sampleWideTrackerSheet(generateSchool({ years: [WIDE_YEAR], pupilsPerYear: WIDE_PUPILS }), { year: WIDE_YEAR });
}

export function schoolClassTabRows(): CellValue[][] {
  return [
    ["Class 11A seating plan (the school's own sheet)", '', ''],
    ['Front', 'Window', 'Door'],
    ['=not a formula, just text', 'Bench 2', 7],
  ];
}

/** The school's own rule: surnames of pupils with an EHC plan (SEND = E) in grey. */
export function schoolOwnRule(lastRow: number): PreviewRule {
  const firstRow = SAMPLE_HEADER_ROW_INDEX + 2;
  const surname = columnLetter(TRACKER_HEADERS.indexOf('Surname'));
  const send = columnLetter(TRACKER_HEADERS.indexOf('SEND'));
  return {
    range: `${surname}${firstRow}:${surname}${lastRow}`,
    formula: `=$${send}${firstRow}="E"`,
    fill: '#E7E6E6',
    fontColor: '#3B3838',
  };
}

/** The Y9 tracker with blank rows added above it, and the settings saved with the layout it had before. */
function movedHeadings(rows: CellValue[][]): { rows: CellValue[][]; settingsText: string } {
  const layout = detectLayout(rows.slice(0, ROWS_READ));
  const settings = { version: 1, rules: { ...DEFAULT_RULE_SETTINGS }, layouts: { [MOVED_HEADINGS_SHEET]: layout }, classSheets: [] };
  return { rows: [...Array.from({ length: ROWS_ADDED_ABOVE }, (): CellValue[] => []), ...rows], settingsText: JSON.stringify(settings) };
}

export function previewWorkbook({
  checks = false,
  reports = false,
  edges = false,
  scales = false,
  sheets = false,
  leaders = false,
} = {}): PreviewWorkbook {
  const workbook = new PreviewWorkbook();
  const school = generateSchool();
  for (const { year, name } of YEAR_TABS) {
    const rows: CellValue[][] = sampleTrackerSheet(school, { year, subject: 'Maths' });
    workbook.addSheet(name, rows, [schoolOwnRule(rows.length)]);
  }
  if (checks) {
    const tracker = sampleTrackerSheet(school, { year: 9, subject: 'Maths' });
    const target = TRACKER_HEADERS.indexOf('Target');
    workbook.addSheet(
      NO_TARGET_SHEET,
      tracker.slice(0, 40).map((row) => row.filter((_, column) => column !== target)),
    );
    workbook.addSheet(MARKUP_SHEET, [
      ['Name', MARKUP_HEADING, 'Target', `RP1 ${MARKUP_HEADING}`],
      ['<b>Amira</b> Khan', '<script>alert(2)</script>', 6, 5],
      ['Leo Smith', '&amp; &lt;', 5, '5+'],
    ]);
  }
  if (reports) {
    workbook.addSheet(WIDE_SHEET, wideTrackerRows());
    workbook.addSheet(SCHOOL_CLASS_TAB, schoolClassTabRows());
  }
  if (edges) {
    workbook.addSheet(EMPTY_SHEET, []);
    const moved = movedHeadings(sampleTrackerSheet(school, { year: 9, subject: 'Maths' }));
    workbook.addSheet(MOVED_HEADINGS_SHEET, moved.rows);
    workbook.settingsText = moved.settingsText;
  }
  if (scales) {
    workbook.addSheet(FLIGHT_PATH_SHEET, flightPathRows());
    workbook.addSheet(DESCRIPTOR_SHEET, descriptorRows());
  }
  if (sheets) for (const { name, rows } of yearGroupSheets()) workbook.addSheet(name, rows);
  if (leaders) workbook.addSheet(LEADERS_SHEET, leadersTrackerRows());
  return workbook;
}
