/**
 * Apps Script calls that "Colour this sheet" costs on a 200-pupil and a 2,000-pupil wide tracker
 * with 12 grade columns: the built Code.js on the recording fake, read then apply, exactly as
 * the sidebar drives it. The counts must be equal: no call may be made per pupil.
 * Needs dist/sheets (npm run build); npm run bench prints these.
 */
import { planColouring, type ColouringPlan } from '../../../core/colouring/plan';
import type { SheetTop } from '../../../core/panel/host';
import { detectLayout } from '../../../core/layout';
import { DEFAULT_RULE_SETTINGS } from '../../../core/rules';
import { loadHost } from './hostBundle';
import { wideTracker } from './trackers';

export interface ColouringCost {
  pupils: number;
  /** Every SpreadsheetApp, Sheet, Range, rule and builder call for the whole click. */
  calls: number;
  readCalls: number;
  applyCalls: number;
  rulesAdded: number;
}

/** Reads the active sheet and plans its colours with the core, as the panel does. */
export function planFor(top: SheetTop): ColouringPlan {
  const outcome = planColouring(top, detectLayout(top.topRows), DEFAULT_RULE_SETTINGS);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.plan;
}

export function colouringCost(pupils: number): ColouringCost {
  const host = loadHost([{ name: `Year 10 (${pupils})`, values: wideTracker(pupils) }]);
  const top = host.run<SheetTop>('activeSheet');
  const readCalls = host.fake.calls.length;
  const plan = planFor(top);
  host.fake.resetCalls();
  const { added } = host.run<{ added: number }>('applyColouring', plan);
  const applyCalls = host.fake.calls.length;
  return { pupils, calls: readCalls + applyCalls, readCalls, applyCalls, rulesAdded: added };
}

/** For npm run bench: one entry per sheet size. */
export const sheetsColouringApiCounts = (): { pupils: number; calls: number }[] =>
  [200, 2000].map((pupils) => ({ pupils, calls: colouringCost(pupils).calls }));
