/**
 * Issue 12's measurements: the whole report, with classes, distributions, prediction accuracy and two
 * combined groups, for a wide tracker of 2,000 and of 20,000 pupils (11 subjects, 3 collections and a
 * result column each: dev/preview/leadersTracker.ts). Targets: under 100 ms and under 1,500 ms.
 */
import { detectLayout } from '../../core/layout';
import { buildReport, type ReportSettingsInput } from '../../core/report';
import { leadersWideTrackerRows } from '../../dev/preview/leadersTracker';
import { medianMs, timedLine, type BenchLine } from './measure';

/** Disadvantaged White British boys, and PP girls: the overlaps a data manager asks about. */
export const BENCH_COMBINED_GROUPS: ReportSettingsInput['combinedGroups'] = [
  { conditions: ['disadvantaged', 'boys', 'ethnicity:WBRI'] },
  { conditions: ['pp', 'girls'] },
];

export function leadersReportBenchmarks(): BenchLine[] {
  return [2_000, 20_000].map((pupils) => {
    const rows = leadersWideTrackerRows(pupils);
    const layout = detectLayout(rows.slice(0, 15));
    const settings = { combinedGroups: BENCH_COMBINED_GROUPS };
    const runs = pupils > 5_000 ? { warmups: 1, runs: 5 } : { warmups: 3, runs: 11 };
    const ms = medianMs(() => buildReport({ layout, rows, settings }), runs);
    const subjects = layout.subjects.length;
    const bench =
      `full report ${pupils} pupils x ${subjects} subjects x 3 collections + results, ` +
      'classes, distributions, accuracy, 2 combined groups';
    return timedLine(bench, layout.pairs.length * pupils, ms);
  });
}
