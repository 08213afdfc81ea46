/**
 * Locking a finished collection through the built Code.js on the Sheets fake: exactly what is
 * protected (warning only, carrying the mark), the school's own protection left alone and said,
 * unlock restores every protection, value and validation exactly, twice changes nothing more, and
 * the calls to the spreadsheet do not grow with the pupils.
 */
import { describe, expect, it } from 'vitest';
import type { LockState } from '../../../core/locking/lockPlan';
import type { SheetTop } from '../../../core/panel/host';
import type { RangeProtectionSeed } from '../../fakes/sheetsFakeProtection';
import { loadHost } from './hostBundle';
import { lockingApiCounts, lockingCalls, lockPlanFor } from './lockingApiCounts';
import { wideTracker } from './trackers';

const SHEET = 'Year 10';
const RP1 = ['F4:F43', 'J4:J43', 'N4:N43', 'R4:R43'];

function tracker(pupils = 40, rangeProtections: RangeProtectionSeed[] = []) {
  const server = loadHost([{ name: SHEET, values: wideTracker(pupils), validation: { 'B4:B43': 'list:Y,N' }, rangeProtections }]);
  const plan = (collection: string) => lockPlanFor(server.run<SheetTop>('activeSheet'), collection);
  const lock = (collection: string) => server.run<LockState>('lockCollection', plan(collection));
  const unlock = (collection: string) => server.run<LockState>('unlockCollection', SHEET, collection);
  return { server, plan, lock, unlock, protections: () => server.fake.state(SHEET).rangeProtections };
}

describe('Sheets collection locks', () => {
  it("protects each of the collection's ranges, warning only, described with the mark; nothing else changes", () => {
    const { server, plan, lock, protections } = tracker();
    expect(plan('RP1').ranges).toEqual(RP1);
    const before = server.fake.state(SHEET);
    expect(lock('RP1')).toEqual({ locked: ['RP1'], schoolProtects: false });
    expect(protections()).toEqual(RP1.map((range) => ({ range, description: '[Tracklight lock] RP1', warningOnly: true })));
    expect(server.fake.calls.filter((call) => call.member === 'Range.protect')).toHaveLength(4);
    expect({ ...server.fake.state(SHEET), rangeProtections: [] }).toEqual(before);
    expect(server.run('readLocks', SHEET)).toEqual({ locked: ['RP1'], schoolProtects: false });
  });

  it('changes nothing more when locked twice, and adds a second collection beside the first', () => {
    const { lock, protections } = tracker();
    lock('RP1');
    const once = protections();
    expect(lock('RP1')).toEqual({ locked: ['RP1'], schoolProtects: false });
    expect(protections()).toEqual(once);
    expect(lock('RP2')).toEqual({ locked: ['RP1', 'RP2'], schoolProtects: false });
    expect(protections()).toHaveLength(8);
  });

  it('unlock takes away only that collection, and the last unlock puts the sheet back exactly as it was', () => {
    const school = [{ range: 'A4:A43', description: 'UPNs: office only' }];
    const { server, lock, unlock, protections } = tracker(40, school);
    const before = server.fake.state(SHEET);
    lock('RP1');
    lock('RP3');
    expect(unlock('RP1')).toEqual({ locked: ['RP3'], schoolProtects: true });
    expect(protections().map(({ description }) => description)).toEqual(['UPNs: office only', ...RP1.map(() => '[Tracklight lock] RP3')]);
    expect(unlock('RP3')).toEqual({ locked: [], schoolProtects: true });
    expect(server.fake.state(SHEET)).toEqual(before);
    expect(unlock('RP3')).toEqual({ locked: [], schoolProtects: true });
  });

  it("never protects over the school's own range protection or a protected sheet, and says so", () => {
    const school = [{ range: 'J10:J12', description: 'RP1 moderated' }];
    const { lock, protections } = tracker(40, school);
    expect(lock('RP1')).toEqual({ locked: [], schoolProtects: true });
    expect(protections()).toEqual([{ range: 'J10:J12', description: 'RP1 moderated', warningOnly: false }]);
    // A range of the school's elsewhere does not stop a lock that does not overlap it.
    expect(lock('RP2')).toEqual({ locked: ['RP2'], schoolProtects: false });

    const locked = tracker();
    const sent = locked.plan('RP1');
    locked.server.fake.setProtection(SHEET, 'editable');
    expect(locked.server.run('lockCollection', sent)).toEqual({ locked: [], schoolProtects: true });
    expect(locked.protections()).toEqual([]);
  });

  it('makes the same calls to the spreadsheet at 200 and 2,000 pupils', () => {
    expect(lockingCalls(200)).toEqual(lockingCalls(2000));
    const [small, big] = lockingApiCounts();
    expect(small!.calls).toBe(big!.calls);
  });
});
