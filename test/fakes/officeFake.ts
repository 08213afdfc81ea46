/**
 * A fake of the part of the common Office API a host uses for document settings:
 * Office.context.document.settings (get, set, remove, saveAsync) and Office.AsyncResultStatus.
 * Like Office, set and remove change only an in-memory copy; saveAsync writes it into the
 * document as JSON and reports through its callback, later, never synchronously. The saved
 * document can be reopened in a new fake to prove a round trip. Office.context.requirements
 * answers isSetSupported for the ExcelApi versions up to `excelApi` (default 1.12).
 */

export const ASYNC_RESULT_STATUS = { Succeeded: 'succeeded', Failed: 'failed' } as const;

interface FakeAsyncResult {
  status: (typeof ASYNC_RESULT_STATUS)[keyof typeof ASYNC_RESULT_STATUS];
  value: undefined;
  error?: { name: string; message: string; code: number };
}
type Callback = (result: FakeAsyncResult) => void;

export interface OfficeFake {
  /** Stands in for the global `Office`: pass it to the host (cast to the host's parameter type). */
  office: {
    context: { document: { settings: FakeSettings }; requirements: { isSetSupported(name: string, minVersion?: string): boolean } };
    AsyncResultStatus: typeof ASYNC_RESULT_STATUS;
  };
  /** The settings as saved in the document file: name -> JSON text. */
  document: { saved: Record<string, string> };
  calls: string[];
}

interface FakeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(optionsOrCallback?: unknown, callback?: Callback): void;
}

/**
 * `saved` is a document's settings as a previous save left them (name -> JSON text);
 * `failSaveWith` makes every saveAsync fail with that message, as a read-only or locked file does.
 */
export function createOfficeFake(options: { saved?: Record<string, string>; failSaveWith?: string; excelApi?: string } = {}): OfficeFake {
  const document = { saved: { ...options.saved } };
  const calls: string[] = [];
  // Office reads the saved JSON into memory when the add-in starts.
  const inMemory = new Map<string, unknown>(Object.entries(document.saved).map(([name, json]) => [name, JSON.parse(json)]));

  const settings: FakeSettings = {
    get(name) {
      calls.push(`get ${name}`);
      return inMemory.has(name) ? structuredClone(inMemory.get(name)) : null;
    },
    set(name, value) {
      calls.push(`set ${name}`);
      inMemory.set(name, structuredClone(value));
    },
    remove(name) {
      calls.push(`remove ${name}`);
      inMemory.delete(name);
    },
    saveAsync(optionsOrCallback, maybeCallback) {
      calls.push('saveAsync');
      const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback) as Callback | undefined;
      setTimeout(() => {
        if (options.failSaveWith !== undefined) {
          callback?.({
            status: ASYNC_RESULT_STATUS.Failed,
            value: undefined,
            error: { name: 'Settings save failed', message: options.failSaveWith, code: 5001 },
          });
          return;
        }
        document.saved = Object.fromEntries([...inMemory].map(([name, value]) => [name, JSON.stringify(value)]));
        callback?.({ status: ASYNC_RESULT_STATUS.Succeeded, value: undefined });
      }, 0);
    },
  };
  const requirements = {
    isSetSupported: (name: string, minVersion = '1.1') => name === 'ExcelApi' && versionAtLeast(options.excelApi ?? '1.12', minVersion),
  };
  return { office: { context: { document: { settings }, requirements }, AsyncResultStatus: ASYNC_RESULT_STATUS }, document, calls };
}

/** '1.12' >= '1.9': versions compare part by part as numbers. */
function versionAtLeast(have: string, want: string): boolean {
  const [a, b] = [have.split('.').map(Number), want.split('.').map(Number)];
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}
