/**
 * The Sheets side of the shared panel's Host: each server method calls the server function of the
 * same name through google.script.run and turns its two callbacks into a promise. The methods are
 * built from the server's own list of names (the build writes it into Sidebar.html), so a new Host
 * method needs nothing here. A server error becomes a rejected promise carrying the server's own
 * message, which already says what to fix.
 */
import type { Host } from '../../core/panel/host';
import { SHEET_NAME_LIMIT } from '../../core/workbook/sheetNames';
import type { ServerFunctionName, SheetsServer } from '../host/serverApi';

/** The part of google.script.run the sidebar uses (Google ships no types for the client side). */
export type ScriptRun = {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRun;
  withFailureHandler(handler: (error: unknown) => void): ScriptRun;
} & { [Name in ServerFunctionName]: (...args: Parameters<SheetsServer[Name]>) => void };

/** Apps Script may put its own label in front of the message thrown on the server. */
export function serverMessage(error: unknown): string {
  const message =
    error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)
      ? String((error as { message: unknown }).message)
      : String(error);
  return (
    message.replace(/^(?:Exception|Error):\s*/, '') ||
    'Google Sheets did not say what went wrong. Try again; if it keeps happening, reload the spreadsheet.'
  );
}

export function createScriptRunHost(run: ScriptRun, serverFunctions: readonly ServerFunctionName[]): Host {
  const call =
    (name: ServerFunctionName) =>
    (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const runner = run.withSuccessHandler(resolve).withFailureHandler((error) => reject(new Error(serverMessage(error))));
        (runner[name] as (...callArgs: unknown[]) => void)(...args);
      });
  // Each entry has its Host method's arguments and answer: SheetsServer is built from Host, and the server is typed by it.
  // A void method's promise resolves to whatever google.script.run hands back for "no answer"; the panel never reads it.
  const server = Object.fromEntries(serverFunctions.map((name) => [name, call(name)])) as unknown as Pick<Host, ServerFunctionName>;
  return { kind: 'sheets', maxSheetName: SHEET_NAME_LIMIT.sheets, ...server };
}
