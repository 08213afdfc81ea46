/** npm run bench: every measurement as one JSON line. Targets are in the issues; tests never time anything. */
import { bundleBenchmarks } from './bundleBench';
import { coreBenchmarks } from './coreBench';
import { printLine } from './measure';

for (const line of [...coreBenchmarks(), ...bundleBenchmarks()]) printLine(line);
