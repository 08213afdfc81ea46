/** A stand-in for google.script.run, as Google documents it, for the sidebar's Host tests. */
import type { ScriptRun } from '../../../sheets-addon/sidebar/scriptRunHost';

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
