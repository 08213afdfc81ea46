/**
 * The server functions the sidebar calls through google.script.run: one per method every Host must
 * have, same name, same arguments, answering synchronously. Shared by the server (which implements
 * them) and the sidebar (which builds its Host from them), so the two cannot drift. The Host's other
 * members stay in the sidebar: its kind, the name limit (a constant it knows), and the optional
 * methods, which Sheets leaves out (it cannot tell a sidebar that the user opened another sheet).
 */
import type { Host } from '../../core/panel/host';

/** The Host's required methods. */
export type ServerFunctionName = {
  [Name in keyof Host]-?: undefined extends Host[Name] ? never : Host[Name] extends (...args: never[]) => unknown ? Name : never;
}[keyof Host];

type Method<Name extends ServerFunctionName> = Extract<Host[Name], (...args: never[]) => unknown>;

/** Whether the Host method's promise resolves to the server's answer, or to nothing (a void method). */
type Answer<Name extends ServerFunctionName> = Awaited<ReturnType<Method<Name>>> extends void ? 'nothing' : 'answer';

/** Every server function; the compiler checks each Host method is listed, and rightly as 'nothing' or 'answer'. */
export const SERVER_ANSWERS: { readonly [Name in ServerFunctionName]: Answer<Name> } = {
  activeSheet: 'answer',
  allSheets: 'answer',
  loadSettings: 'answer',
  saveSettings: 'nothing',
  applyColouring: 'answer',
  removeColouring: 'answer',
  addSheet: 'nothing',
  readValues: 'answer',
  addReportSheet: 'nothing',
  readClassSheetFacts: 'answer',
  writeClassSheets: 'answer',
};

export const SERVER_FUNCTIONS = Object.keys(SERVER_ANSWERS) as ServerFunctionName[];

/** Each Host method as Apps Script runs it: what the promise would resolve to, returned directly. */
export type SheetsServer = { [Name in ServerFunctionName]: (...args: Parameters<Method<Name>>) => Awaited<ReturnType<Method<Name>>> };
