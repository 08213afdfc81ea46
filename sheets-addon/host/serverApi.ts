/**
 * The server functions the sidebar calls through google.script.run: one per method every Host must
 * have, same name, same arguments, answering synchronously. The types come from Host, so a new Host
 * method is a compile error until sidebarServer.ts and main.ts's list of names have it; the names
 * the sidebar calls are written into Sidebar.html by the build, from the built server's own list,
 * so the two cannot drift. The Host's other members stay in the sidebar: its
 * kind, the name limit (a constant it knows), and the optional methods Sheets leaves out (it cannot
 * tell a sidebar that the user opened another sheet). An optional method Sheets can do is named in
 * SheetsOptionalName, and is then as required of sidebarServer.ts as the others.
 */
import type { Host } from '../../core/panel/host';

/** The Host's required methods. */
type RequiredName = {
  [Name in keyof Host]-?: undefined extends Host[Name] ? never : Host[Name] extends (...args: never[]) => unknown ? Name : never;
}[keyof Host];

/** The optional Host methods Sheets has. */
type SheetsOptionalName = 'selectCell' | 'readLocks' | 'lockCollection' | 'unlockCollection' | 'readPupilSheetFacts' | 'writePupilSheet';

export type ServerFunctionName = RequiredName | SheetsOptionalName;

type Method<Name extends ServerFunctionName> = Extract<Host[Name], (...args: never[]) => unknown>;

/** Each Host method as Apps Script runs it: what the promise would resolve to, returned directly. */
export type SheetsServer = { [Name in ServerFunctionName]: (...args: Parameters<Method<Name>>) => Awaited<ReturnType<Method<Name>>> };
