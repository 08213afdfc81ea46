/**
 * "Report on several sheets", without DOM: which other sheets the report may take in, ticking them
 * (saved with the report settings as combineSheets), and reading the ticked ones for a report. Each
 * ticked sheet costs one host read, so a click on Excel grows by one sync per sheet and no more. A
 * ticked sheet is read through the layout saved for it when that still fits, else the one detected,
 * exactly as the panel would show it (sheetReading.ts).
 */
import { ROWS_READ, type Layout } from '../layout';
import { combineSheets } from '../report/combineSheets';
import { checkReportSettings } from '../report/settings';
import type { PanelSession } from './session';
import { emptySheetMessage, readSheet } from './sheetReading';
import { messageOf } from './status';
import type { StatusReport } from './statusLog';

/** One sheet the report could take in, as the list shows it. */
export interface SheetChoice {
  name: string;
  ticked: boolean;
  /** Ticked before, but no longer in the workbook (renamed or deleted). */
  missing: boolean;
}

/** The tracker the report is built from, as reports.ts has read it. */
export interface SourceTracker {
  name: string;
  layout: Layout;
  values: unknown[][];
  sheetNames: string[];
}

export interface CombinedSource {
  layout: Layout;
  rows: unknown[][];
  /** The ticked sheets taken in, in the order ticked. */
  others: string[];
  warnings: string[];
}

/** The sheets ticked now (as saved), less the one the report is built from, which is always in it. */
export function tickedSheets(session: PanelSession, sheetName: string): string[] {
  const checked = checkReportSettings(session.reportSettingsInput());
  return checked.ok ? checked.settings.combineSheets.filter((name) => name !== sheetName) : [];
}

/** Every other sheet of the workbook, in tab order, then any ticked sheet that has gone, so it can be unticked. */
export function sheetChoices(sheetNames: readonly string[], sheetName: string, ticked: readonly string[]): SheetChoice[] {
  const tickedSet = new Set(ticked);
  const present = new Set(sheetNames);
  return [
    ...sheetNames.filter((name) => name !== sheetName).map((name) => ({ name, ticked: tickedSet.has(name), missing: false })),
    ...ticked.filter((name) => !present.has(name) && name !== sheetName).map((name) => ({ name, ticked: true, missing: true })),
  ];
}

/** Ticks or unticks one sheet and saves the list. Returns the problem to show, or null. */
export function tickSheet(session: PanelSession, sheetName: string, name: string, ticked: boolean): string | null {
  const others = tickedSheets(session, sheetName).filter((other) => other !== name);
  return session.setReportSettings({ combineSheets: ticked ? [...others, name] : others });
}

/** Reads the workbook's sheet names (with the sheet the panel shows) for the list of choices. */
export async function listSheetChoices(session: PanelSession): Promise<SheetChoice[]> {
  const sheetName = session.requireState().sheet.name;
  const { sheetNames } = await session.host.readValues(sheetName);
  return sheetChoices(sheetNames, sheetName, tickedSheets(session, sheetName));
}

type SheetRead = { name: string; layout: Layout; rows: unknown[][] } | { problem: string };

/** One ticked sheet, read once and its layout worked out; or why it cannot be used. */
async function readTicked(session: PanelSession, name: string): Promise<SheetRead> {
  let values: unknown[][];
  try {
    ({ values } = await session.host.readValues(name));
  } catch (problem) {
    return { problem: `Could not read '${name}': ${messageOf(problem)}` };
  }
  const state = readSheet(
    { name, topRows: values.slice(0, ROWS_READ), lastRow: values.length, isProtected: false },
    session.settings.layouts[name],
    undefined,
  );
  if (state.empty) return { problem: emptySheetMessage(name) };
  if (state.keptBecause !== null) return { problem: state.keptBecause };
  if (state.layout.dataStartRow === null || !state.layout.columns.some((column) => column.role === 'grade'))
    return { problem: `Tracklight finds no grade columns on '${name}': open it and set its layout, or untick it.` };
  return { name, layout: state.layout, rows: values };
}

/**
 * The tracker and the ticked sheets as one wide tracker, or null once the reason is said. A ticked sheet
 * that has gone is named before any other sheet is read, and nothing is built.
 */
export async function readCombinedSource(
  session: PanelSession,
  status: StatusReport,
  tracker: SourceTracker,
): Promise<CombinedSource | null> {
  const others = tickedSheets(session, tracker.name);
  const refuse = (reason: string) => (status.line(`${reason} Nothing was changed.`, 'problem'), null);
  if (others.length === 0)
    return refuse(`No other sheet is ticked under Report on several sheets: tick the sheets to report on with '${tracker.name}'.`);
  const gone = others.filter((name) => !tracker.sheetNames.includes(name));
  if (gone.length > 0) {
    const names = gone.map((name) => `'${name}'`).join(', ');
    return refuse(
      `${names} ${gone.length === 1 ? 'is' : 'are'} no longer in this workbook (renamed or deleted): ` +
        'untick it under Report on several sheets, or tick the sheet by its new name.',
    );
  }
  const reads = await Promise.all(others.map((name) => readTicked(session, name)));
  const problems = reads.flatMap((read) => ('problem' in read ? [read.problem] : []));
  if (problems.length > 0) return refuse(problems.join(' '));
  const sheets = reads.flatMap((read) => ('problem' in read ? [] : [read]));
  const combined = combineSheets([{ name: tracker.name, layout: tracker.layout, rows: tracker.values }, ...sheets]);
  return { ...combined, others };
}
