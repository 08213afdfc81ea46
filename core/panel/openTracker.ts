/**
 * The one read every action on the whole tracker starts from (the report, class sheets, the pupil
 * report sheet, who still has to enter): the sheet the panel shows, with its layout checked against
 * what the read found. A module of its own, so an action that needs only the read does not load the
 * report with it.
 */
import { ROWS_READ, validateLayout, type Layout } from '../layout';
import { openSheetMoved, usableLayout } from './actions';
import type { PanelSession } from './session';
import { messageOf, type StatusArea } from './status';

/** The tracker as one read found it, with the layout checked against it. */
export interface OpenTracker {
  name: string;
  layout: Layout;
  values: unknown[][];
  topRows: unknown[][];
  /** The last used row, counted from 1. */
  lastRow: number;
  sheetNames: string[];
}

/**
 * The sheet the panel shows, read once, with the panel's layout checked against it, or null once the
 * reason is said. The panel may be showing another sheet than the one open (Sheets tells it
 * nothing), and rows or columns may have moved since the layout was read.
 */
export async function openTracker(session: PanelSession, status: StatusArea, again: string): Promise<OpenTracker | null> {
  const layout = usableLayout(session, status);
  if (!layout) return null;
  const name = session.requireState().sheet.name;
  let read;
  try {
    read = await session.host.readValues(name);
  } catch (problem) {
    status.line(`Could not read '${name}': ${messageOf(problem)}`, 'problem');
    return null;
  }
  if (read.activeSheetName !== name) return openSheetMoved(session, status, read.activeSheetName, name, again);
  const topRows = read.values.slice(0, ROWS_READ);
  const check = validateLayout(layout, topRows);
  if (!check.ok) {
    status.line(`${name} has changed since its layout was read: ${check.errors.join(' ')} Nothing was changed.`, 'problem');
    return null;
  }
  return { name, layout: check.layout, values: read.values, topRows, lastRow: read.values.length, sheetNames: read.sheetNames };
}
