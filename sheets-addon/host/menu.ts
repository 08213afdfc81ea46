/// <reference types="google-apps-script" />
/**
 * The add-on menu (Extensions > Tracklight). Apps Script calls these by name, so the build
 * gives each a top-level stub (see `entryPoints` in main.ts).
 */
import { DEFINITIONS } from '../../core/functions';
import { signatureText } from '../../core/registry/signature';

/**
 * Runs in every auth mode. In AuthMode.NONE (installed, not yet used in this spreadsheet) an
 * add-on may only build its menu, so this builds the menu and touches nothing else. Anything
 * added here later that reads the spreadsheet must first check `event.authMode`.
 */
export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Open Tracklight', 'openTracklight')
    .addItem('Function list', 'showFunctionList')
    .addToUi();
}

/** Sheets runs onInstall, not onOpen, in the file where the add-on is first installed. */
export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/** The file the build writes into dist/sheets: the shared panel, its script and styles inlined. */
export const SIDEBAR_FILE = 'Sidebar';

/**
 * Opens the shared side panel. One self-contained HTML file, served as it is: no template, so
 * nothing in the inlined script can be mistaken for a scriptlet.
 */
export function openTracklight(): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle('Tracklight'));
}

/** The spreadsheet functions and how to use them, for anyone who only wants the formulas. */
export function showFunctionList(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert('Tracklight functions', functionListText(), ui.ButtonSet.OK);
}

/** Each function as `ON_TRACK(current, target, [tolerance])` and its description, then how to use them. */
function functionListText(): string {
  const entries = DEFINITIONS.map((definition) => `${signatureText(definition)}\n${definition.description}`);
  const advice =
    'Give each function whole ranges, e.g. =ON_TRACK(F2:H300, E2:E300) in one cell: the answers ' +
    'fill the rows below. One formula per column is far faster than one per pupil.';
  return `${entries.join('\n\n')}\n\n${advice}`;
}
