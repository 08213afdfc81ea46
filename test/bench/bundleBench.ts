/**
 * Issue 3's measurements: one ON_TRACK call for a 2,000-pupil year group through each built bundle,
 * and bundle sizes. Issue 14's: what the Excel page loads as it opens and on demand, and what
 * loading the add-on's scripts costs a Sheets custom-function run against the call it is loaded for.
 */
import { readFileSync, statSync } from 'node:fs';
import vm from 'node:vm';
import { excelDist, loadExcelFunctions, shippedScripts, startupScripts, trackerRows } from '../excel-addin/excelBundle';
import { loadSheetsAddOn, SCRIPT_FILES, sheetsDist } from '../sheets-addon/sheetsBundle';
import { median, medianMs, timedLine, type BenchLine } from './measure';

const PUPILS = 2_000;
const COLLECTIONS = 3;

// Sheets passes empty cells as "".
const blankAsText = (rows: unknown[][]) => rows.map((row) => row.map((cell) => cell ?? ''));

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * The add-on loaded as Apps Script loads it for a custom-function run: every script file (Code.js,
 * and Deferred.js with the code such a run rarely needs as text) compiled and its top level run in
 * a fresh node:vm context, then the first ON_TRACK of a 300 x 3 year group in that context. The
 * ratio is (load) / (first call), timed in CPU time, the median of many rounds. A fresh compile
 * every round (each round's sources differ by a comment) is a true cold start; V8 otherwise reuses
 * the compiled scripts across contexts, which Apps Script may or may not do, so both are reported.
 */
function sheetsColdStart(freshCompile: boolean): BenchLine {
  const scripts = SCRIPT_FILES.map((file) => ({ file, code: readFileSync(`${sheetsDist}/${file}`, 'utf8') }));
  const rows = trackerRows(300, null);
  const current = blankAsText(rows.current);
  const target = blankAsText(rows.target);
  const loads: number[] = [];
  const ratios: number[] = [];
  for (let round = 0; round < 45; round += 1) {
    const context = vm.createContext({});
    const start = cpuMs();
    for (const { file, code } of scripts) {
      vm.runInContext(freshCompile ? `${code}\n// round ${round}` : code, context, { filename: file });
    }
    const loaded = cpuMs();
    (context.ON_TRACK as (...args: unknown[]) => unknown)(current, target);
    const called = cpuMs();
    // The first rounds settle this process (its own code compiled and optimised), not the add-on.
    if (round < 5) continue;
    loads.push(loaded - start);
    ratios.push((loaded - start) / Math.max(called - loaded, 0.001));
  }
  const how = freshCompile ? 'compiled afresh' : "with V8's compile cache";
  return {
    bench: `Sheets Code.js cold start (${how}, with Deferred.js) vs its first ON_TRACK 300x3`,
    median_ms: Number(median(loads).toFixed(3)),
    ratio: median(ratios),
  };
}

export function bundleBenchmarks(): BenchLine[] {
  const excelRows = trackerRows(PUPILS, null);
  const onTrackInExcel = loadExcelFunctions().get('ON_TRACK')!;
  const excelMs = medianMs(() => onTrackInExcel(excelRows.current, excelRows.target, null));

  const sheets = loadSheetsAddOn();
  const sheetsCurrent = blankAsText(excelRows.current);
  const sheetsTarget = blankAsText(excelRows.target);
  const sheetsMs = medianMs(() => sheets.call('ON_TRACK', sheetsCurrent, sheetsTarget));

  const bytes = (file: string) => statSync(file).size;
  const excelBytes = (files: string[]) => files.reduce((sum, file) => sum + bytes(excelDist + file), 0);
  const startup = startupScripts();
  const paneFirstLoad = startup.filter((file) => file !== 'functions.js');
  return [
    timedLine('Excel bundle ON_TRACK 2000x3', PUPILS * COLLECTIONS, excelMs),
    timedLine('Sheets bundle ON_TRACK 2000x3', PUPILS * COLLECTIONS, sheetsMs),
    { bench: 'Excel functions.js bytes', bytes: bytes(`${excelDist}functions.js`) },
    { bench: 'Excel taskpane.js bytes', bytes: bytes(`${excelDist}taskpane.js`) },
    { bench: 'Excel task pane at first load bytes (taskpane.js and the chunks it imports at once)', bytes: excelBytes(paneFirstLoad) },
    {
      bench: 'Excel page at start-up bytes (taskpane.html, taskpane.css, functions.js, the task pane at first load; office.js aside)',
      bytes: excelBytes(['taskpane.html', 'taskpane.css', ...startup]),
    },
    {
      bench: 'Excel task pane on demand bytes (chunks loaded when first asked for)',
      bytes: excelBytes(shippedScripts().filter((file) => !startup.includes(file))),
    },
    { bench: 'Sheets Code.js bytes', bytes: bytes(`${sheetsDist}/Code.js`) },
    {
      bench: "Sheets Deferred.js bytes (the sidebar's server and zod, as text compiled on first use)",
      bytes: bytes(`${sheetsDist}/Deferred.js`),
    },
    { bench: 'Sheets Sidebar.html bytes', bytes: bytes(`${sheetsDist}/Sidebar.html`) },
    sheetsColdStart(true),
    sheetsColdStart(false),
  ];
}
