/**
 * Loads the built add-on (dist/sheets/Code.js and Deferred.js) the way Apps Script does: plain
 * scripts in one fresh global scope. The only globals are recording fakes of the Apps Script services the add-on may
 * touch; a fake throws on any member it does not have, so a stray call fails the test that made it.
 * There is no require, process, fetch or console in that scope.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const sheetsDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/sheets');
export const readBuilt = (file: string) => readFileSync(path.join(sheetsDist, file), 'utf8');

/**
 * The add-on's script files. Apps Script compiles and runs every one of them before each call, a
 * custom function's included; Deferred.js only defines one string, so their order does not matter.
 */
export const SCRIPT_FILES = ['Code.js', 'Deferred.js'] as const;

/** All the add-on's code, for checks of what any of it may name. */
export const allScripts = () => SCRIPT_FILES.map(readBuilt).join('\n');

/** Loads the add-on into `context` as Apps Script does: every script file, in one global scope. */
export function runScripts(context: vm.Context, files: readonly string[] = SCRIPT_FILES): void {
  for (const file of files) vm.runInContext(readBuilt(file), context, { filename: file });
}

export type Call = { member: string; args: unknown[] };

/** A fake service: records every member read and call, and throws on members it does not have. */
function recording(name: string, members: Record<string, unknown>, calls: Call[]): any {
  return new Proxy(members, {
    get(target, key) {
      if (typeof key === 'symbol') return Reflect.get(target, key);
      const member = `${name}.${key}`;
      if (!(key in target)) {
        calls.push({ member: `${member} (missing)`, args: [] });
        throw new TypeError(`${member} is not provided by the test fake: the add-on touched something it should not.`);
      }
      const value = target[key];
      if (typeof value !== 'function') {
        calls.push({ member, args: [] });
        return value;
      }
      return (...args: unknown[]) => {
        calls.push({ member, args });
        return value(...args);
      };
    },
  });
}

export const AUTH_MODE = { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' } as const;

export function loadSheetsAddOn() {
  const calls: Call[] = [];
  const menu: any = recording('Menu', { addItem: () => menu, addSeparator: () => menu, addToUi: () => undefined }, calls);
  const ui = recording('Ui', { createAddonMenu: () => menu, alert: () => 'OK', ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL' } }, calls);
  const globals = {
    SpreadsheetApp: recording('SpreadsheetApp', { getUi: () => ui }, calls),
    ScriptApp: recording('ScriptApp', { AuthMode: AUTH_MODE }, calls),
    Logger: recording('Logger', { log: () => undefined }, calls),
  };
  const scope = vm.createContext({ ...globals });
  runScripts(scope);
  return {
    scope: scope as Record<string, any>,
    calls,
    /** Calls a top-level function by name, as Sheets or a menu click would. */
    call: (name: string, ...args: unknown[]) => (scope[name] as (...a: unknown[]) => unknown)(...args),
    /** Sheets passes date cells as Date objects of the script's own realm. */
    SheetsDate: vm.runInContext('Date', scope) as DateConstructor,
    SheetsError: vm.runInContext('Error', scope) as ErrorConstructor,
  };
}
