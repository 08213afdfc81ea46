/**
 * The server functions the sidebar calls through google.script.run: one per method of the
 * shared panel's Host, same name, same arguments, answering synchronously (maxSheetName is a
 * constant the sidebar knows itself, so it needs no server call). Shared by the
 * server (which implements it) and the sidebar (which calls it), so the two cannot drift.
 */
import type { Host } from '../../core/panel/host';

export const SERVER_FUNCTIONS = [
  'activeSheet', 'allSheets', 'loadSettings', 'saveSettings', 'applyColouring', 'removeColouring', 'addSheet',
  'readValues', 'addReportSheet', 'readClassSheetFacts', 'writeClassSheets',
] as const;

export type ServerFunctionName = (typeof SERVER_FUNCTIONS)[number];

/** Each Host method as Apps Script runs it: what the promise would resolve to, returned directly. */
export type SheetsServer = { [Name in ServerFunctionName]: (...args: Parameters<Host[Name]>) => Awaited<ReturnType<Host[Name]>> };
