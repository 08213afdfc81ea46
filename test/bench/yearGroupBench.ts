/** Issue 12's measurement: "Report on several sheets" for a year group of 300 pupils kept on 3 subject sheets. */
import { detectLayout } from '../../core/layout';
import { buildReport } from '../../core/report';
import { combineSheets } from '../../core/report/combineSheets';
import { generateSchool, sampleTrackerSheet } from '../../core/sample';
import { medianMs, timedLine, type BenchLine } from './measure';

const PUPILS = 300;
const SUBJECTS = [
  { name: 'Y11 Maths', subject: 'Maths' },
  { name: 'Y11 English', subject: 'English Language' },
  { name: 'Y11 Science', subject: 'Combined Science' },
];

export function yearGroupBenchmarks(): BenchLine[] {
  const school = generateSchool({ years: [11], pupilsPerYear: PUPILS });
  const sheets = SUBJECTS.map(({ name, subject }) => {
    const rows = sampleTrackerSheet(school, { year: 11, subject });
    return { name, rows, layout: detectLayout(rows.slice(0, 15)) };
  });
  // The science sheet without its UPN column, so a third of the matching is by name and class.
  const science = sheets[2]!;
  science.rows = science.rows.map((row) => row.slice(1));
  science.layout = detectLayout(science.rows.slice(0, 15));
  const cells = sheets.reduce((total, sheet) => total + sheet.rows.length * (sheet.rows[0]?.length ?? 0), 0);
  // More warm-up than the default: the first few runs are the JIT's, not combining's (about 8 ms cold, 2.5 ms warm).
  const combineMs = medianMs(() => combineSheets(sheets), { warmups: 20, runs: 41 });
  const bothMs = medianMs(() => buildReport(combineSheets(sheets)), { warmups: 20, runs: 41 });
  return [
    timedLine(`combine sheets: ${sheets.length} sheets x ${PUPILS} pupils`, cells, combineMs),
    timedLine(`combine sheets + report: ${sheets.length} sheets x ${PUPILS} pupils`, cells, bothMs),
  ];
}
