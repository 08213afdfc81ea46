/** A stand-in for google.script.run, as Google documents it, for the sidebar's Host tests. */
import vm from 'node:vm';
import type { Host } from '../../../core/panel/host';
import type { ServerFunctionName } from '../../../sheets-addon/host/serverApi';
import { createScriptRunHost, type ScriptRun } from '../../../sheets-addon/sidebar/scriptRunHost';
import { runScripts } from '../sheetsBundle';

/**
 * The server function names the build writes into Sidebar.html: read, as the build reads them,
 * from the built Code.js run with no globals at all.
 */
export function builtServerFunctionNames(): ServerFunctionName[] {
  const context = vm.createContext({});
  runScripts(context);
  return (context as { Tracklight: { serverFunctionNames: ServerFunctionName[] } }).Tracklight.serverFunctionNames;
}

/** The sidebar's Host over `run`, calling the server functions the built add-on has, as Sidebar.html does. */
export const sidebarHost = (run: ScriptRun): Host => createScriptRunHost(run, builtServerFunctionNames());

/**
 * Each with...Handler returns a runner; each call is answered on a later turn by `answer`, and a
 * throw reaches the failure handler. Every call is recorded by name, with its arguments.
 */
export function fakeScriptRun(answer: (name: string, args: unknown[]) => unknown): {
  run: ScriptRun;
  calls: { name: string; args: unknown[] }[];
} {
  const calls: { name: string; args: unknown[] }[] = [];
  const runner = (success?: (value: unknown) => void, failure?: (error: unknown) => void): ScriptRun =>
    new Proxy({} as ScriptRun, {
      get(_, key: string) {
        if (key === 'withSuccessHandler') return (handler: (value: unknown) => void) => runner(handler, failure);
        if (key === 'withFailureHandler') return (handler: (error: unknown) => void) => runner(success, handler);
        return (...args: unknown[]) => {
          calls.push({ name: key, args });
          setTimeout(() => {
            try {
              success?.(answer(key, args));
            } catch (error) {
              failure?.(error);
            }
          });
        };
      },
    });
  return { run: runner(), calls };
}
