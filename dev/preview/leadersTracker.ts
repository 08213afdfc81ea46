/**
 * A tracker with the columns leaders' questions need (issue 12): the sample school's one-subject
 * tracker or wide tracker, with an ethnicity, an attendance and an effort column after the pupil's
 * details, and a result column per subject after its RP3. Every added value is worked out from the
 * pupil's place in the sheet, so the preview, the browser tests and the bench see the same tracker
 * every time. The results run a grade under RP3 for every third pupil, so RP3 predictions read as optimistic.
 */
import { defaultGradeScale } from '../../core/grades/gradeScale';
import { generateSchool, SAMPLE_HEADER_ROW_INDEX, sampleTrackerSheet, sampleWideTrackerSheet } from '../../core/sample';
import type { CellValue } from './workbook';

export const LEADERS_SHEET = 'Y11 Maths leaders';
export const LEADERS_YEAR = 11;

/** Census codes, White British most often, as in most English secondary schools. */
const ETHNICITIES = ['WBRI', 'WBRI', 'WBRI', 'WBRI', 'White British', 'APKN', 'BAFR', 'WOTH', 'MWBC', 'AIND', 'WBRI', 'CHNE'];
const EFFORTS = [1, 2, 2, 3, 1, 2, 4, 2, 3];

/** Attendance in per cent: most pupils in the 90s, one in 8 at or below 90, one in 40 at or below 50. */
function attendance(position: number): number {
  if (position % 40 === 7) return 45.5;
  if (position % 8 === 3) return 84 + (position % 6);
  return Number((91 + ((position * 37) % 90) / 10).toFixed(1));
}

/** The result: RP3 as the nearest whole grade (4+ is 4, 4- is 4), a grade lower for every third pupil; blank where RP3 is blank. */
function result(rp3: CellValue, position: number): CellValue {
  const twelfths = defaultGradeScale.read(rp3);
  if (typeof twelfths !== 'number') return '';
  const whole = Math.round(twelfths / 12);
  return Math.max(0, position % 3 === 0 ? whole - 1 : whole);
}

/** Inserts the three pupil columns after `pupilColumns`, and a "<subject> Result" after each RP3 heading. */
function withLeadersColumns(rows: CellValue[][], pupilColumns: number): CellValue[][] {
  const headers = rows[SAMPLE_HEADER_ROW_INDEX]!;
  const rp3Columns = headers.flatMap((header, column) => (/\bRP3$/.test(String(header)) ? [column] : []));
  return rows.map((row, r) => {
    const position = r - SAMPLE_HEADER_ROW_INDEX - 1;
    const isHeader = r === SAMPLE_HEADER_ROW_INDEX;
    const isBody = position >= 0;
    const added: CellValue[] = isHeader
      ? ['Ethnicity', 'Attendance %', 'Effort']
      : isBody
        ? [ETHNICITIES[position % ETHNICITIES.length]!, attendance(position), EFFORTS[position % EFFORTS.length]!]
        : ['', '', ''];
    const out: CellValue[] = [...row.slice(0, pupilColumns), ...added];
    row.slice(pupilColumns).forEach((cell, offset) => {
      out.push(cell);
      const column = pupilColumns + offset;
      if (!rp3Columns.includes(column)) return;
      const subject = String(headers[column]).replace(/\s*RP3$/, '');
      out.push(isHeader ? (subject ? `${subject} Result` : 'Result') : isBody ? result(cell, position) : '');
    });
    return out;
  });
}

/** The Year 11 maths tracker (three classes and their teachers) with the leaders' columns. */
export function leadersTrackerRows(pupils = 90): CellValue[][] {
  const rows = sampleTrackerSheet(generateSchool({ years: [LEADERS_YEAR], pupilsPerYear: pupils }), {
    year: LEADERS_YEAR,
    subject: 'Maths',
  });
  return withLeadersColumns(rows, rows[SAMPLE_HEADER_ROW_INDEX]!.indexOf('Target'));
}

/** The sample school's largest year group. */
const MOST_SAMPLE_PUPILS = 5_000;

/**
 * The wide tracker of one year (every subject) with the leaders' columns, for the bench. Past the
 * sample school's 5,000 pupils a year, its pupils repeat, each copy with its own UPN.
 */
export function leadersWideTrackerRows(pupils: number, year = 9): CellValue[][] {
  const generated = sampleWideTrackerSheet(generateSchool({ years: [year], pupilsPerYear: Math.min(pupils, MOST_SAMPLE_PUPILS) }), {
    year,
  });
  const top = generated.slice(0, SAMPLE_HEADER_ROW_INDEX + 1);
  const body = generated.slice(SAMPLE_HEADER_ROW_INDEX + 1);
  const copies = Array.from({ length: pupils }, (_, at) => {
    const row = [...body[at % body.length]!];
    if (at >= body.length) row[0] = `${String(row[0])}-${Math.floor(at / body.length)}`;
    return row;
  });
  const rows = [...top, ...copies];
  const headers = rows[SAMPLE_HEADER_ROW_INDEX]!;
  return withLeadersColumns(
    rows,
    headers.findIndex((header) => /\bTarget$/.test(String(header))),
  );
}
