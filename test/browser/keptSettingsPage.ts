/**
 * The page keptSettings.test.ts opens in Chromium: the real shared panel, mounted on a real host
 * whose saved settings the test chooses. Bundled by the test with esbuild.
 *   openExcelPanel: the Excel host on the recording Excel and Office fakes, the settings seeded.
 *   openSheetsPanel: the sidebar's google.script.run Host, each call answered by the test (the
 *   built Code.js on the Sheets fake in Node) through the exposed function __appsScript.
 */
import { mountPanel } from '../../core/panel';
import type { ServerFunctionName } from '../../sheets-addon/host/serverApi';
import { createScriptRunHost, type ScriptRun } from '../../sheets-addon/sidebar/scriptRunHost';
import { excelHostOn } from '../excel-addin/host/support';
import { createOfficeFake, type OfficeFake } from '../fakes/officeFake';

type AppsScriptBridge = (name: string, args: string) => Promise<string>;

declare global {
  interface Window {
    openExcelPanel(sheets: { name: string; values: unknown[][] }[], saved: Record<string, string>): Promise<void>;
    /** `serverFunctions`: the names the build writes into Sidebar.html, from the built Code.js. */
    openSheetsPanel(serverFunctions: ServerFunctionName[]): Promise<void>;
    /** The Excel workbook's saved document settings, as Office would write them into the file. */
    excelSaved(): Record<string, string>;
    __appsScript: AppsScriptBridge;
  }
}

const root = () => document.getElementById('panel-root')!;
let office: OfficeFake | null = null;

window.openExcelPanel = (sheets, saved) => {
  office = createOfficeFake({ saved });
  const { host } = excelHostOn(sheets as Parameters<typeof excelHostOn>[0], { office });
  return mountPanel(root(), host);
};

window.excelSaved = () => structuredClone(office!.document.saved);

/** google.script.run as Google documents it: each call answered later, through the test. */
function bridgedScriptRun(success?: (value: unknown) => void, failure?: (error: unknown) => void): ScriptRun {
  return new Proxy({} as ScriptRun, {
    get(_, name: string) {
      if (name === 'withSuccessHandler') return (handler: (value: unknown) => void) => bridgedScriptRun(handler, failure);
      if (name === 'withFailureHandler') return (handler: (error: unknown) => void) => bridgedScriptRun(success, handler);
      return (...args: unknown[]) => {
        void window.__appsScript(name, JSON.stringify(args)).then((reply) => {
          const answer = JSON.parse(reply) as { ok: boolean; value?: unknown; message?: string };
          if (answer.ok) success?.(answer.value);
          else failure?.(new Error(answer.message));
        });
      };
    },
  });
}

window.openSheetsPanel = (serverFunctions) => mountPanel(root(), createScriptRunHost(bridgedScriptRun(), serverFunctions));
