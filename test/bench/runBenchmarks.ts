/** npm run bench: every measurement as one JSON line. Targets are in the issues; tests never time anything. */
import { excelColouringBenchLines } from '../excel-addin/host/apiCounts';
import { gradeChecksApiCounts } from '../excel-addin/host/gradeChecksApiCounts';
import { lockingApiCounts } from '../excel-addin/host/lockingApiCounts';
import { excelReportBenchLines } from '../excel-addin/host/reportApiCounts';
import { sheetsColouringApiCounts } from '../sheets-addon/host/apiCounts';
import { lockingApiCounts as sheetsLockingApiCounts } from '../sheets-addon/host/lockingApiCounts';
import { sheetsReportApiCounts } from '../sheets-addon/host/reportApiCounts';
import { attainment8Benchmarks } from './attainment8Bench';
import { bundleBenchmarks } from './bundleBench';
import { coreBenchmarks } from './coreBench';
import { printLine, type BenchLine } from './measure';
import { leadersReportBenchmarks } from './leadersReportBench';
import { reportBenchmarks } from './reportBench';
import { rulesBenchmarks } from './rulesBench';
import { yearGroupBenchmarks } from './yearGroupBench';

const sheetsColouring = sheetsColouringApiCounts().map(({ pupils, calls }) => ({
  bench: `sheets colour sheet: SpreadsheetApp calls, ${pupils} pupils x 12 grade columns`,
  calls,
}));
const lines: BenchLine[] = [
  ...coreBenchmarks(),
  ...attainment8Benchmarks(),
  ...rulesBenchmarks(),
  ...bundleBenchmarks(),
  ...(await excelColouringBenchLines()),
  ...(await gradeChecksApiCounts()),
  ...(await lockingApiCounts()),
  ...sheetsLockingApiCounts(),
  ...sheetsColouring,
  ...reportBenchmarks(),
  ...leadersReportBenchmarks(),
  ...yearGroupBenchmarks(),
  ...(await excelReportBenchLines()),
  ...sheetsReportApiCounts().map(({ pupils, calls }) => ({
    bench: `sheets build report: SpreadsheetApp calls, ${pupils} pupils (read + write)`,
    calls,
  })),
];
for (const line of lines) printLine(line);
