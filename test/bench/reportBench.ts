/** Issue 5's measurement: the whole report for a 2,000-pupil tracker with 10 subjects and 3 collections. */
import { detectLayout } from '../../core/layout';
import { buildReport } from '../../core/report';
import { generateSchool, sampleWideTrackerSheet } from '../../core/sample';
import { medianMs, timedLine, type BenchLine } from './measure';

const PUPILS = 2_000;

export function reportBenchmarks(): BenchLine[] {
  // Year 9 of the synthetic school: every pupil takes 10 subjects (11 subject blocks, as the
  // languages alternate), each with a target and RP1-RP3.
  const rows = sampleWideTrackerSheet(generateSchool({ pupilsPerYear: PUPILS, years: [9] }), { year: 9 });
  const layout = detectLayout(rows.slice(0, 15));
  const gradeCells = layout.pairs.length * PUPILS;
  const ms = medianMs(() => buildReport({ layout, rows }), { warmups: 3, runs: 11 });
  return [
    timedLine(`report ${PUPILS} pupils x ${layout.subjects.length} subjects x ${layout.collections.length} collections`, gradeCells, ms),
  ];
}
