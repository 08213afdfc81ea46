/**
 * A fresh node:vm realm that counts the zod objects built in it: zod gives every schema (and every
 * check) a `_zod` property with Object.defineProperty as it builds it, and a bundle run in this
 * realm uses this realm's Object. Tells "no schema is built when the script loads" from "one is".
 */
import vm from 'node:vm';

export function zodCountingContext(globals: Record<string, unknown> = {}): vm.Context & { zodObjectsBuilt: number } {
  const context = vm.createContext({ ...globals });
  vm.runInContext(
    `(() => {
      const define = Object.defineProperty;
      globalThis.zodObjectsBuilt = 0;
      Object.defineProperty = function (target, key, descriptor) {
        if (key === '_zod') globalThis.zodObjectsBuilt += 1;
        return define(target, key, descriptor);
      };
    })();`,
    context,
  );
  return context as vm.Context & { zodObjectsBuilt: number };
}
