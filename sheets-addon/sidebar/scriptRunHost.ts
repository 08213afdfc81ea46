/**
 * The Sheets side of the shared panel's Host: each server method calls the server function of the
 * same name through google.script.run and turns its two callbacks into a promise. The methods are
 * built from SERVER_ANSWERS, so a new Host method needs nothing here. A server error becomes a
 * rejected promise carrying the server's own message, which already says what to fix.
 */
import type { Host } from '../../core/panel/host';
import { SHEET_NAME_LIMIT } from '../../core/workbook/sheetNames';
import { SERVER_ANSWERS, SERVER_FUNCTIONS, type ServerFunctionName, type SheetsServer } from '../host/serverApi';

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

export function createScriptRunHost(run: ScriptRun): Host {
  function call(name: ServerFunctionName, args: unknown[]): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const runner = run.withSuccessHandler(resolve).withFailureHandler((error) => reject(new Error(serverMessage(error))));
      (runner[name] as (...callArgs: unknown[]) => void)(...args);
    });
  }
  // A void method resolves to undefined whatever google.script.run hands back for "no answer".
  const method = (name: ServerFunctionName) =>
    SERVER_ANSWERS[name] === 'nothing'
      ? async (...args: unknown[]) => void (await call(name, args))
      : (...args: unknown[]) => call(name, args);
  // Each entry has its Host method's arguments and answer: SheetsServer is built from Host, and the server is typed by it.
  const server = Object.fromEntries(SERVER_FUNCTIONS.map((name) => [name, method(name)])) as unknown as Pick<Host, ServerFunctionName>;
  return { kind: 'sheets', maxSheetName: SHEET_NAME_LIMIT.sheets, ...server };
}
