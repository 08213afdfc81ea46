/**
 * The Sheets add-on's bundle entry. It only exposes values: esbuild wraps it as
 * `var Tracklight = (() => { ... })()`, and the build writes the top-level functions Apps Script
 * needs (one JSDoc'd stub per custom function, one per entry point) that delegate to it.
 */
import { functions as coreFunctions, type FunctionName } from '../../core';
import { onInstall, onOpen, openTracklight } from './menu';
import { forSheets, type SheetsResult } from './sheetsResult';

/** The core registry, so the build writes every stub's JSDoc from exactly what this bundle runs. */
export const registry = coreFunctions;

/** What each custom-function stub calls: the core function with its answer translated for Sheets. */
export const functions = Object.fromEntries(
  Object.entries(coreFunctions).map(([name, coreFunction]) => [name, forSheets(coreFunction)]),
) as Record<FunctionName, (...args: unknown[]) => SheetsResult>;

/**
 * Functions Apps Script calls by name: simple triggers, menu items and, from issue 4, the
 * sidebar's google.script.run calls. Each gets a top-level stub `function name(e)`.
 */
export const entryPoints = { onOpen, onInstall, openTracklight };
