/**
 * The Sheets add-on's bundle entry. It only exposes values: esbuild wraps it as
 * `var Tracklight = (() => { ... })()`, and the build writes the top-level functions Apps Script
 * needs (one JSDoc'd stub per custom function, one per entry point) that delegate to it.
 */
import { functions as coreFunctions, type FunctionName } from '../../core';
import { onInstall, onOpen, openTracklight, showFunctionList } from './menu';
import { sidebarServer } from './sidebarServer';
import { forSheets, type SheetsResult } from './sheetsResult';

/** The core registry, so the build writes every stub's JSDoc from exactly what this bundle runs. */
export const registry = coreFunctions;

/** What each custom-function stub calls: the core function with its answer translated for Sheets. */
export const functions = Object.fromEntries(
  Object.entries(coreFunctions).map(([name, coreFunction]) => [name, forSheets(coreFunction)]),
) as Record<FunctionName, (...args: unknown[]) => SheetsResult>;

/**
 * Functions Apps Script calls by name: simple triggers, menu items and the sidebar's
 * google.script.run calls. Each gets a top-level stub without JSDoc, so none is ever offered as
 * a formula. google.script.run can call any top-level function whose name does not end in _,
 * so everything here is safe for any user of the spreadsheet to call.
 */
export const entryPoints = { onOpen, onInstall, openTracklight, showFunctionList, ...sidebarServer };

/** The functions the sidebar's Host calls; the build writes these names into Sidebar.html. */
export const serverFunctionNames = Object.keys(sidebarServer);
