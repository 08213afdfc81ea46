/**
 * Document properties for the Sheets fake: a string store that, like Apps Script's, refuses a
 * value over 9 KB and a store over 500 KB, and stores whatever it is given as a string.
 */
import type { Recorded } from './sheetsRecorder';

const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

export function documentProperties(recorded: Recorded) {
  const store = new Map<string, string>();

  function put(values: Record<string, unknown>, deleteAllOthers = false) {
    const next = new Map(deleteAllOthers ? [] : store);
    for (const [key, value] of Object.entries(values)) {
      const text = String(value);
      if (bytes(text) > VALUE_LIMIT) throw new Error(`Argument too large: value (${key} is ${bytes(text)} bytes; the limit is 9 KB)`);
      next.set(key, text);
    }
    const total = [...next].reduce((sum, [key, value]) => sum + bytes(key) + bytes(value), 0);
    if (total > STORE_LIMIT) throw new Error('You have exceeded the property storage quota.');
    store.clear();
    for (const [key, value] of next) store.set(key, value);
  }

  const api: object = recorded('Properties', {
    getProperty: (key: string) => store.get(key) ?? null,
    getProperties: () => Object.fromEntries(store),
    getKeys: () => [...store.keys()],
    setProperty: (key: string, value: unknown) => (put({ [key]: value }), api),
    setProperties: (values: Record<string, unknown>, deleteAllOthers = false) => (put(values, deleteAllOthers), api),
    deleteProperty: (key: string) => (store.delete(key), api),
    deleteAllProperties: () => (store.clear(), api),
  });
  return { api, contents: () => Object.fromEntries(store) };
}
