/**
 * The Sheets side of the shared panel's Host: each method calls the server function of the same
 * name through google.script.run and turns its two callbacks into a promise. A server error
 * becomes a rejected promise carrying the server's own message, which already says what to fix.
 */
import type { Host } from '../../core/panel/host';
import { SHEET_NAME_LIMIT } from '../../core/workbook/sheetNames';
import type { ServerFunctionName, SheetsServer } from '../src/serverApi';

/** The part of google.script.run the sidebar uses (Google ships no types for the client side). */
export type ScriptRun = {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
} & { [Name in ServerFunctionName]: (...args: Parameters<SheetsServer[Name]>) => void };

/** Apps Script may put its own label in front of the message thrown on the server. */
export function serverMessage(error: unknown): string {
  const message = error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error) ? String((error as { message: unknown }).message) : String(error);
  return message.replace(/^(?:Exception|Error):\s*/, '') || 'Google Sheets did not say what went wrong. Try again; if it keeps happening, reload the spreadsheet.';
}

export function createScriptRunHost(run: ScriptRun): Host {
  function call<Name extends ServerFunctionName>(name: Name, ...args: Parameters<SheetsServer[Name]>): Promise<ReturnType<SheetsServer[Name]>> {
    return new Promise((resolve, reject) => {
      const runner = run
        .withSuccessHandler((value) => resolve(value as ReturnType<SheetsServer[Name]>))
        .withFailureHandler((error) => reject(new Error(serverMessage(error))));
      (runner[name] as (...callArgs: Parameters<SheetsServer[Name]>) => void)(...args);
    });
  }
  return {
    kind: 'sheets',
    activeSheet: () => call('activeSheet'),
    allSheets: () => call('allSheets'),
    loadSettings: () => call('loadSettings'),
    saveSettings: async (settings) => void (await call('saveSettings', settings)),
    applyColouring: (plan) => call('applyColouring', plan),
    removeColouring: (sheetName) => call('removeColouring', sheetName),
    addSheet: async (name, rows) => void (await call('addSheet', name, rows)),
    maxSheetName: SHEET_NAME_LIMIT.sheets,
    readValues: (sheetName) => call('readValues', sheetName),
    addReportSheet: async (plan) => void (await call('addReportSheet', plan)),
    readClassSheetFacts: () => call('readClassSheetFacts'),
    writeClassSheets: (plan) => call('writeClassSheets', plan),
  };
}
