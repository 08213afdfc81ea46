/**
 * "Lock this collection" and "Unlock" as the panel runs them, over every host: the Excel host on its
 * fake, the Sheets sidebar over the built Code.js, and the preview. Locking twice changes nothing
 * more; unlock gives back every value and validation;
 * a sheet the school protects is never locked or unlocked, and the line says why; colouring or
 * checking a sheet Excel's lock protects names the lock and says to unlock it first.
 */
import { describe, expect, it } from 'vitest';
import { colourThisSheet } from '../../../core/panel/actions';
import { checkGradesAsTyped } from '../../../core/panel/gradeChecksAction';
import { lockCollection, unlockCollection } from '../../../core/panel/lockingAction';
import type { LockState } from '../../../core/locking/lockPlan';
import { sampleTracker } from '../../excel-addin/host/reportApiCounts';
import { panelOn, WORLDS, type Cell } from '../../support/worlds';

const TRACKER = 'Year 10';
const rows = sampleTracker(40) as Cell[][];
const SCHOOL = { 'B2:B41': 'list:Y,N' };

async function lockingWorld(kind: 'excel' | 'sheets' | 'preview') {
  const world = WORLDS[kind]([{ name: TRACKER, values: rows, validation: SCHOOL }]);
  const { session, status, lines } = await panelOn(world);
  const shown: LockState[] = [];
  const remember = (state: LockState) => void shown.push(state);
  return {
    world,
    lines,
    shown,
    session,
    status,
    lock: (collection: string) => lockCollection(session, status, collection, remember),
    unlock: (collection: string) => unlockCollection(session, status, collection, remember),
  };
}

describe.each(['excel', 'sheets', 'preview'] as const)('locking a collection from the panel (%s)', (kind) => {
  it('locks, shows what is locked, changes nothing more when locked twice, and unlocks back to the sheet as it was', async () => {
    const { world, lines, shown, lock, unlock } = await lockingWorld(kind);
    const cells = world.cells(TRACKER);
    const validation = world.validation(TRACKER);
    const before = await world.host.readLocks!(TRACKER);
    expect(before).toEqual({ locked: [], schoolProtects: false });

    await lock('RP1');
    const means =
      kind === 'excel' ? 'its grades cannot be changed until it is unlocked' : 'anyone changing one of its grades is warned first';
    expect(lines[0]).toMatch(new RegExp(`^done: ${TRACKER}: RP1 is locked \\(.+\\): ${means}\\.`));
    expect(lines[1]).toBe('  - Locked by Tracklight: RP1.');
    await lock('RP1');
    await lock('RP2');
    expect(shown.at(-1)).toEqual({ locked: ['RP1', 'RP2'], schoolProtects: false });

    await unlock('RP1');
    expect(lines[0]).toBe(`done: ${TRACKER}: RP1 is unlocked. Every value, rule and check is as it was.`);
    expect(lines[1]).toBe('  - Locked by Tracklight: RP2.');
    await unlock('RP2');
    await unlock('RP2');
    expect(lines[0]).toBe(`info: ${TRACKER}: RP2 is not locked by Tracklight, so there is nothing to unlock.`);
    expect(await world.host.readLocks!(TRACKER)).toEqual(before);
    expect(world.cells(TRACKER)).toEqual(cells);
    expect(world.validation(TRACKER)).toEqual(validation);
  });

  it('never locks a sheet the school protects, and says why', async () => {
    const { world, lines, lock } = await lockingWorld(kind);
    world.protect(TRACKER);
    await lock('RP1');
    expect(lines[0]).toMatch(/^problem: 'Year 10' has protection of the school's own, so Tracklight does not lock collections on it/);
    expect((await world.host.readLocks!(TRACKER)).locked).toEqual([]);
  });

  it("colours and checks a sheet whose lock only warns; in Excel names Tracklight's lock, to undo first", async () => {
    const { world, lines, lock, session, status } = await lockingWorld(kind);
    await lock('RP1');
    const rules = world.rules(TRACKER);
    const validation = world.validation(TRACKER);
    await colourThisSheet(session, status);
    const coloured = [...lines];
    await checkGradesAsTyped(session, status);
    const checked = [...lines];
    if (kind === 'excel') {
      // Excel's sheet protection refuses both; the lines name the lock, never "Unprotect the sheet".
      for (const [line, couldNot] of [
        [coloured, 'add colours to it'],
        [checked, 'add grade checks to it'],
      ] as const)
        expect(line).toEqual([
          `problem: '${TRACKER}' is locked by Tracklight for RP1, so Tracklight cannot ${couldNot}. ` +
            'Unlock RP1 in the Tracklight panel first (Lock a finished collection), then try again, and lock it again afterwards. ' +
            'Nothing was changed.',
        ]);
      expect([world.rules(TRACKER), world.validation(TRACKER)]).toEqual([rules, validation]);
    } else {
      expect(coloured).toEqual([expect.stringMatching(new RegExp(`^done: ${TRACKER}: coloured `))]);
      expect(checked).toEqual([expect.stringMatching(new RegExp(`^done: ${TRACKER}: \\d+ grade columns now offer a list`))]);
    }
  });

  it('refuses a collection the sheet does not have', async () => {
    const { lines, lock } = await lockingWorld(kind);
    await lock('Mock');
    expect(lines[0]).toMatch(/no grade columns for the collection 'Mock'.*Nothing was changed\.$/);
  });
});
