/**
 * A sheet Tracklight has locked is protected in Excel, so colouring and grade checks cannot change it.
 * On the Excel fake: the refusal names Tracklight's lock and its collections and says to unlock them in
 * the panel first, never to unprotect the sheet (which would leave the lock's record behind); the
 * sheet read says which collections lock it, so the core's plans refuse in the same words; nothing is
 * changed; and a sheet the school protects itself is still told to be unprotected.
 */
import { describe, expect, it } from 'vitest';
import { planColouring } from '../../../core/colouring/plan';
import { detectLayout } from '../../../core/layout';
import { DEFAULT_RULE_SETTINGS } from '../../../core/rules';
import { planGradeChecks } from '../../../core/validation/gradeChecksPlan';
import { gradeChecksPlanFor } from './gradeChecksApiCounts';
import { lockPlanFor } from './lockingApiCounts';
import { excelHostOn } from './support';
import { planFor, wideTracker } from './trackers';

const SHEET = 'Year 10';
const UNPROTECT = 'Unprotect the sheet';

/** The tracker coloured and checked, with its plans made while it was open to change. */
async function checkedTracker(options: { isProtected?: boolean } = {}) {
  const world = excelHostOn([{ name: SHEET, values: wideTracker(40) }]);
  const top = await world.host.activeSheet();
  const colours = planFor(top);
  const checks = gradeChecksPlanFor(top);
  await world.host.applyColouring(colours);
  await world.host.applyGradeChecks(checks);
  const sheet = world.workbook.sheetNamed(SHEET);
  if (options.isProtected) sheet.isProtected = true;
  const state = () => structuredClone({ values: sheet.values(), rules: sheet.conditionalFormats, validation: sheet.dataValidation });
  return { ...world, top, colours, checks, state };
}

/** Every way colouring or grade checks can be refused by the host, one after another, each with its message. */
async function hostRefusals(world: Awaited<ReturnType<typeof checkedTracker>>): Promise<string[]> {
  const { host, colours, checks } = world;
  const attempts = [
    () => host.applyColouring(colours),
    () => host.removeColouring(SHEET),
    () => host.applyGradeChecks(checks),
    () => host.removeGradeChecks(SHEET),
  ];
  const messages: string[] = [];
  for (const attempt of attempts)
    messages.push(
      await attempt().then(
        () => 'not refused',
        (problem: Error) => problem.message,
      ),
    );
  return messages;
}

describe("Excel: a sheet protected by Tracklight's own lock", () => {
  it('refuses to colour or check it in words that name the lock and say to unlock it in the panel, changing nothing', async () => {
    const world = await checkedTracker();
    await world.host.lockCollection!(lockPlanFor(world.top, 'RP1'));
    const before = world.state();
    const messages = await hostRefusals(world);
    expect(messages).toHaveLength(4);
    for (const message of messages) {
      expect(message).toMatch(new RegExp(`^'${SHEET}' is locked by Tracklight for RP1, so Tracklight cannot `));
      expect(message).toContain('Unlock RP1 in the Tracklight panel first (Lock a finished collection)');
      expect(message).toContain('lock it again afterwards');
      expect(message).not.toContain(UNPROTECT);
      expect(message).toMatch(/Nothing was changed\.$/);
    }
    // Each names what it could not do.
    expect(messages.map((message) => /so (Tracklight cannot [^.]+)\./.exec(message)?.[1])).toEqual([
      'Tracklight cannot add colours to it',
      'Tracklight cannot remove its colours',
      'Tracklight cannot add grade checks to it',
      'Tracklight cannot remove its grade checks',
    ]);
    expect(world.state()).toEqual(before);
  });

  it('names every collection locked, and reads them with the sheet so the plans refuse in the same words', async () => {
    const world = await checkedTracker();
    await world.host.lockCollection!(lockPlanFor(world.top, 'RP1'));
    await world.host.lockCollection!(lockPlanFor(world.top, 'RP3'));
    const read = await world.host.activeSheet();
    expect([read.isProtected, read.lockedBy]).toEqual([true, ['RP1', 'RP3']]);
    const [addColours, , addChecks] = await hostRefusals(world);
    expect(addColours).toMatch(
      / is locked by Tracklight for RP1 and RP3, .* Unlock RP1 and RP3 in the Tracklight panel first .* lock them again afterwards\./,
    );

    const layout = detectLayout(read.topRows);
    const colouring = planColouring(read, layout, DEFAULT_RULE_SETTINGS);
    const checking = planGradeChecks(read, layout, undefined);
    expect([colouring.ok, checking.ok]).toEqual([false, false]);
    expect(!colouring.ok && colouring.message).toBe(addColours);
    expect(!checking.ok && checking.message).toBe(addChecks);
    // A line that names the sheet itself gives the same reason as a clause.
    expect(!colouring.ok && colouring.reason).toBe('is locked by Tracklight for RP1 and RP3, so Tracklight cannot add colours to it');

    // Once unlocked, nothing more is said about a lock, and the sheet is open to change again.
    await world.host.unlockCollection!(SHEET, 'RP1');
    await world.host.unlockCollection!(SHEET, 'RP3');
    const open = await world.host.activeSheet();
    expect([open.isProtected, open.lockedBy]).toEqual([false, undefined]);
    expect(await hostRefusals(world)).toEqual(['not refused', 'not refused', 'not refused', 'not refused']);
  });

  it("still tells a sheet the school protects to be unprotected, with no word of Tracklight's lock", async () => {
    const world = await checkedTracker({ isProtected: true });
    const read = await world.host.activeSheet();
    expect([read.isProtected, read.lockedBy]).toEqual([true, undefined]);
    const before = world.state();
    for (const message of await hostRefusals(world)) {
      expect(message).toMatch(new RegExp(`^'${SHEET}' is protected, so Tracklight cannot `));
      expect(message).toContain(UNPROTECT);
      expect(message).not.toMatch(/locked by Tracklight|Unlock/);
    }
    expect(world.state()).toEqual(before);
  });
});
