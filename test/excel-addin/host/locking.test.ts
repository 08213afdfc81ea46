/**
 * Locking a finished collection on the Excel fake: exactly what is protected (sheet protection with
 * every allow option, only the locked collections' cells locked), a second collection added to it,
 * the school's own protection untouched and said, the last unlock restoring every value, rule,
 * validation and locked flag exactly, twice changing nothing more, and calls equal at 200 and 2,000.
 */
import { describe, expect, it } from 'vitest';
import { EXCEL_LOCKS_KEY } from '../../../core/locking/excelLockRecord';
import { parseAddress } from '../../fakes/excelFakeA1';
import { lockedFlags, PROTECTION_OPTIONS, protectionOptions, seedLocked } from '../../fakes/excelFakeProtection';
import { lockingApiCounts, lockingCost, lockPlanFor } from './lockingApiCounts';
import { excelHostOn } from './support';
import { schoolRules, wideTracker } from './trackers';

const SHEET = 'Year 10';
const USED = parseAddress('A1:U43');
const ALL_ALLOWED = Object.fromEntries(PROTECTION_OPTIONS.map((name) => [name, true]));

async function tracker(options: { isProtected?: boolean } = {}) {
  const world = excelHostOn([
    { name: SHEET, values: wideTracker(40), conditionalFormats: schoolRules(40), dataValidation: { 'B4:B43': 'list:Y,N' }, ...options },
  ]);
  const sheet = world.workbook.sheetNamed(SHEET);
  // The school had unlocked its notes column by hand, long before Tracklight.
  if (!options.isProtected) seedLocked(sheet, parseAddress('E4:E43'), false);
  const top = await world.host.activeSheet();
  const state = () =>
    structuredClone({
      values: sheet.values(),
      rules: sheet.conditionalFormats,
      validation: sheet.dataValidation,
      flags: lockedFlags(sheet, USED),
      isProtected: sheet.isProtected,
    });
  return { ...world, sheet, state, plan: (collection: string) => lockPlanFor(top, collection) };
}

/** The A1 cells of `rect` that are locked. */
const lockedCells = (flags: boolean[][]) =>
  flags.flatMap((row, r) => row.flatMap((locked, c) => (locked ? [`${String.fromCharCode(65 + c)}${r + 1}`] : [])));

describe('Excel collection locks', () => {
  it("protects the sheet with every allow option on, and locks only the collection's pupil cells", async () => {
    const { host, sheet, state, plan, office } = await tracker();
    const before = state();
    expect(await host.lockCollection!(plan('RP1'))).toEqual({ locked: ['RP1'], schoolProtects: false });
    expect(sheet.isProtected).toBe(true);
    expect(protectionOptions(sheet)).toEqual(ALL_ALLOWED);
    const locked = lockedCells(lockedFlags(sheet, USED));
    expect(locked).toHaveLength(4 * 40);
    expect(new Set(locked.map((cell) => cell[0]))).toEqual(new Set(['G', 'K', 'O', 'S']));
    expect({ ...state(), flags: before.flags, isProtected: false }).toEqual(before);
    // The record is Tracklight's mark: the phrase, the used range's flags as they were, and what is locked.
    const records = Object.values(JSON.parse(office.document.saved[EXCEL_LOCKS_KEY]!) as Record<string, unknown>);
    expect(records).toEqual([
      {
        mark: '[Tracklight lock]',
        usedRange: 'A1:U43',
        rows: 43,
        columns: 21,
        flags: expect.any(String),
        collections: { RP1: plan('RP1').ranges },
      },
    ]);
    expect(await host.readLocks!(SHEET)).toEqual({ locked: ['RP1'], schoolProtects: false });
  });

  it('adds a second collection to its protection, and changes nothing more when locked twice', async () => {
    const { host, sheet, plan } = await tracker();
    await host.lockCollection!(plan('RP1'));
    await host.lockCollection!(plan('RP2'));
    const once = lockedFlags(sheet, USED);
    expect(await host.lockCollection!(plan('RP2'))).toEqual({ locked: ['RP1', 'RP2'], schoolProtects: false });
    expect(lockedFlags(sheet, USED)).toEqual(once);
    expect(lockedCells(once)).toHaveLength(8 * 40);
  });

  it('unlocks one collection, and the last unlock unprotects and restores every locked flag exactly', async () => {
    const { host, sheet, state, plan, office } = await tracker();
    const before = state();
    await host.lockCollection!(plan('RP1'));
    await host.lockCollection!(plan('RP3'));
    expect(await host.unlockCollection!(SHEET, 'RP1')).toEqual({ locked: ['RP3'], schoolProtects: false });
    expect(sheet.isProtected).toBe(true);
    expect(new Set(lockedCells(lockedFlags(sheet, USED)).map((cell) => cell[0]))).toEqual(new Set(['I', 'M', 'Q', 'U']));
    expect(await host.unlockCollection!(SHEET, 'RP3')).toEqual({ locked: [], schoolProtects: false });
    expect(state()).toEqual(before);
    expect(protectionOptions(sheet)).toEqual(Object.fromEntries(Object.keys(ALL_ALLOWED).map((name) => [name, false])));
    expect(JSON.parse(office.document.saved[EXCEL_LOCKS_KEY]!)).toEqual({});
    expect(await host.unlockCollection!(SHEET, 'RP3')).toEqual({ locked: [], schoolProtects: false });
    expect(state()).toEqual(before);
  });

  it('never protects or unprotects a sheet the school protects, and says so', async () => {
    const { host, sheet, state, plan, workbook } = await tracker({ isProtected: true });
    const before = state();
    workbook.resetCounts();
    expect(await host.lockCollection!(plan('RP1'))).toEqual({ locked: [], schoolProtects: true });
    expect(await host.unlockCollection!(SHEET, 'RP1')).toEqual({ locked: [], schoolProtects: true });
    expect(await host.readLocks!(SHEET)).toEqual({ locked: [], schoolProtects: true });
    expect(state()).toEqual(before);
    expect(sheet.isProtected).toBe(true);
  });

  it('makes the same calls and syncs at 200 and 2,000 pupils', async () => {
    expect(await lockingCost(200)).toEqual(await lockingCost(2000));
    const lines = await lockingApiCounts();
    expect(lines.map(({ calls }) => calls).slice(0, 2)).toEqual(lines.map(({ calls }) => calls).slice(2));
  });
});
