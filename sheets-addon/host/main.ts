/**
 * The Sheets add-on's bundle entry. It only exposes values: esbuild wraps it as
 * `var Tracklight = (() => { ... })()`, and the build writes the top-level functions Apps Script
 * needs (one JSDoc'd stub per custom function, one per entry point) that delegate to it.
 */
// The functions straight from core/functions, not the core's index, whose other exports (the
// traffic-light rules and their schemas) would then load with every custom-function run.
import { functions as coreFunctions, type FunctionName } from '../../core/functions';
import { onInstall, onOpen, openTracklight, showFunctionList } from './menu';
import type { ServerFunctionName, SheetsServer } from './serverApi';
import { forSheets, type SheetsResult } from './sheetsResult';

/** The core registry, so the build writes every stub's JSDoc from exactly what this bundle runs. */
export const registry = coreFunctions;

/** What each custom-function stub calls: the core function with its answer translated for Sheets. */
export const functions = Object.fromEntries(
  Object.entries(coreFunctions).map(([name, coreFunction]) => [name, forSheets(coreFunction)]),
) as Record<FunctionName, (...args: unknown[]) => SheetsResult>;

/**
 * The sidebar's server functions by name; TypeScript checks that this is exactly the Host's.
 * Apps Script compiles the whole project for every custom-function run, so the functions
 * themselves (sidebarServer.ts, with the layouts, the plans and every zod schema that checks what
 * the sidebar sends) are not in Code.js: they are text in Deferred.js, compiled on the sidebar's
 * first call (sheets-addon/build/compileOnFirstUse.mjs), never in a custom-function run. require(),
 * not import, keeps that first use inside loadServer: esbuild runs a required module only when it
 * is first required.
 */
const SERVER_FUNCTIONS: Record<ServerFunctionName, true> = {
  activeSheet: true,
  allSheets: true,
  loadSettings: true,
  saveSettings: true,
  applyColouring: true,
  removeColouring: true,
  applyGradeChecks: true,
  removeGradeChecks: true,
  addSheet: true,
  readValues: true,
  addReportSheet: true,
  readClassSheetFacts: true,
  writeClassSheets: true,
  selectCell: true,
  readLocks: true,
  lockCollection: true,
  unlockCollection: true,
  readPupilSheetFacts: true,
  writePupilSheet: true,
};
const SERVER_FUNCTION_NAMES = Object.keys(SERVER_FUNCTIONS) as ServerFunctionName[];

const loadServer = (): SheetsServer =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- require, not import, is what esbuild runs on first use (above)
  (require('./sidebarServer') as typeof import('./sidebarServer')).sidebarServer;

type Call = (...args: unknown[]) => unknown;
/** Each server function, loading the server on its first call. */
const serverFunctions = Object.fromEntries(
  SERVER_FUNCTION_NAMES.map((name) => [name, (...args: unknown[]) => (loadServer()[name] as Call)(...args)]),
) as unknown as SheetsServer;

/**
 * Functions Apps Script calls by name: simple triggers, menu items and the sidebar's
 * google.script.run calls. Each gets a top-level stub without JSDoc, so none is ever offered as
 * a formula. google.script.run can call any top-level function whose name does not end in _,
 * so everything here is safe for any user of the spreadsheet to call.
 */
export const entryPoints = { onOpen, onInstall, openTracklight, showFunctionList, ...serverFunctions };

/** The functions the sidebar's Host calls; the build writes these names into Sidebar.html. */
export const serverFunctionNames = SERVER_FUNCTION_NAMES;
