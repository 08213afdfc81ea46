/**
 * Runs the built add-on (dist/sheets/Code.js and Deferred.js) in node:vm against the Sheets fake,
 * the way Apps Script runs it: plain scripts in one fresh global scope whose only globals are the services.
 * `run` calls a top-level function as google.script.run does: arguments and answer are copied,
 * and either may hold only what google.script.run can carry (no Date, function or class instance).
 */
import vm from 'node:vm';
import { runScripts } from '../sheetsBundle';
import { createSheetsFake, type SheetSeed } from '../../fakes/sheetsFake';

/** Throws where google.script.run would refuse or mangle a value (a Date arrives as null). */
export function assertScriptRunValue(value: unknown, where = 'value'): void {
  if (value === null || ['string', 'boolean'].includes(typeof value)) return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${where} is ${value}, which google.script.run cannot carry.`);
    return;
  }
  if (Array.isArray(value)) return value.forEach((item, index) => assertScriptRunValue(item, `${where}[${index}]`));
  if (typeof value === 'object') {
    const prototype = Object.getPrototypeOf(value);
    const plain = prototype === null || Object.getPrototypeOf(prototype) === null;
    if (!plain || Object.prototype.toString.call(value) !== '[object Object]') {
      throw new Error(
        `${where} is a ${Object.prototype.toString.call(value)} (${prototype?.constructor?.name}), which google.script.run cannot carry.`,
      );
    }
    for (const [key, item] of Object.entries(value)) if (item !== undefined) assertScriptRunValue(item, `${where}.${key}`);
    return;
  }
  throw new Error(`${where} is ${typeof value}, which google.script.run cannot carry.`);
}

const copied = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

export function loadHost(seeds: SheetSeed[], options?: Parameters<typeof createSheetsFake>[1]) {
  const fake = createSheetsFake(seeds, options);
  const scope = vm.createContext({ ...fake.globals });
  runScripts(scope);
  const topLevel = (name: string) => {
    const fn = (scope as Record<string, unknown>)[name];
    if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}.`);
    return fn as (...args: unknown[]) => unknown;
  };
  return {
    fake,
    scope: scope as Record<string, unknown>,
    /** A menu item or trigger: called directly. */
    call: (name: string, ...args: unknown[]) => topLevel(name)(...args),
    /** A sidebar call through google.script.run. */
    run<T = unknown>(name: string, ...args: unknown[]): T {
      args.forEach((arg, index) => assertScriptRunValue(arg, `${name} argument ${index + 1}`));
      const answer = topLevel(name)(...args.map(copied));
      if (answer !== undefined) assertScriptRunValue(answer, `${name}'s answer`);
      return copied(answer) as T;
    },
  };
}
