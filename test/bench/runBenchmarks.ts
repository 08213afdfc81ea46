/** npm run bench: every measurement as one JSON line. Targets are in the issues; tests never time anything. */
import { excelColouringBenchLines } from '../excel-host/apiCounts';
import { bundleBenchmarks } from './bundleBench';
import { coreBenchmarks } from './coreBench';
import { printLine, type BenchLine } from './measure';
import { reportBenchmarks } from './reportBench';

const lines: BenchLine[] = [...coreBenchmarks(), ...bundleBenchmarks(), ...(await excelColouringBenchLines()), ...reportBenchmarks()];
for (const line of lines) printLine(line);
