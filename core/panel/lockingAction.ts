/**
 * "Lock this collection" and "Unlock": the plan is worked out in the core first (core/locking), the
 * host locks all of it or nothing, and the result is one line. A sheet the school protects itself is
 * never protected or unprotected by Tracklight: the line says so and what to do instead.
 */
import { planLock, type LockState } from '../locking/lockPlan';
import { readShownSheetAgain } from './actions';
import type { PanelSession } from './session';
import { messageOf, type StatusArea } from './status';

export const LOCKING_NOT_HERE = 'Locking a collection is not available in this spreadsheet yet. Nothing was changed.';

/** "Locked by Tracklight: RP1, RP2." for the panel's list of what is locked now. */
export const lockedLine = (state: LockState): string =>
  state.locked.length === 0 ? 'No collection on this sheet is locked by Tracklight.' : `Locked by Tracklight: ${state.locked.join(', ')}.`;

/** Where each spreadsheet keeps its own protection, for the school's protection line. */
const PROTECT_MENU: Record<string, string> = { excel: 'Review > Protect Sheet', sheets: 'Data > Protect sheets and ranges' };

const schoolProtects = (sheetName: string, doing: string, kind: string) =>
  `'${sheetName}' has protection of the school's own, so Tracklight does not ${doing} on it: ` +
  `whoever set that protection can protect these grades too (${PROTECT_MENU[kind] ?? PROTECT_MENU.sheets}). Nothing was changed.`;

/** Excel's sheet protection refuses a change; Sheets' warning-only protection asks first. */
const lockedMeans = (kind: string) =>
  kind === 'excel' ? 'its grades cannot be changed until it is unlocked' : 'anyone changing one of its grades is warned first';

/** Then the panel's list: called with the state after every lock or unlock. */
export type LocksShown = (state: LockState) => void;

export async function lockCollection(session: PanelSession, status: StatusArea, collection: string, shown: LocksShown): Promise<void> {
  status.begin(`Locking ${collection} on '${session.requireState().sheet.name}'...`);
  const host = session.host;
  if (!host.lockCollection) return status.line(LOCKING_NOT_HERE, 'problem');
  const read = await readShownSheetAgain(session, status, 'Lock this collection');
  if (!read) return;
  const { sheet, layout } = read;
  const outcome = planLock(sheet, layout, collection);
  if (!outcome.ok) return status.line(outcome.message, 'problem');
  try {
    const state = await host.lockCollection(outcome.plan);
    shown(state);
    if (state.schoolProtects) return status.line(schoolProtects(sheet.name, 'lock collections', host.kind), 'problem');
    status.line(
      `${sheet.name}: ${collection} is locked (${outcome.plan.ranges.join(', ')}): ${lockedMeans(host.kind)}. ` +
        'Unlock puts the sheet back as it was.',
      'done',
      [lockedLine(state)],
    );
  } catch (problem) {
    status.line(`${sheet.name}: could not lock ${collection}: ${messageOf(problem)}`, 'problem');
  }
}

export async function unlockCollection(session: PanelSession, status: StatusArea, collection: string, shown: LocksShown): Promise<void> {
  const { sheet } = session.requireState();
  status.begin(`Unlocking ${collection} on '${sheet.name}'...`);
  const host = session.host;
  if (!host.unlockCollection || !host.readLocks) return status.line(LOCKING_NOT_HERE, 'problem');
  try {
    const before = await host.readLocks(sheet.name);
    if (!before.locked.includes(collection)) {
      shown(before);
      return status.line(`${sheet.name}: ${collection} is not locked by Tracklight, so there is nothing to unlock.`, 'info', [
        lockedLine(before),
      ]);
    }
    const state = await host.unlockCollection(sheet.name, collection);
    shown(state);
    status.line(`${sheet.name}: ${collection} is unlocked. Every value, rule and check is as it was.`, 'done', [lockedLine(state)]);
  } catch (problem) {
    status.line(`${sheet.name}: could not unlock ${collection}: ${messageOf(problem)}`, 'problem');
  }
}
