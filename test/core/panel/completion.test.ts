/**
 * "Who still has to enter" through the panel's action, over every host (the Excel host on the Excel
 * fake, the built Sheets add-on on the Sheets fake, the preview): the counts shown, a missing pupil's
 * link selecting exactly their cell (read back from what each fake recorded as selected), the chase
 * list's text, and that nothing in the workbook is written.
 */
import { describe, expect, it } from 'vitest';
import { chaseListText, groupCount } from '../../../core/completion';
import { goToCell } from '../../../core/panel/cellLink';
import { copyText, showCompletion, type CompletionShown } from '../../../core/panel/completion';
import { WORLDS, panelOn, type Cell } from '../../support/worlds';
import { THREE_CLASSES, THREE_CLASSES_CHASE_LIST } from '../completion/threeClasses';

const TRACKER = 'Year 10';
const NOTES = 'Notes';

describe.each(['excel', 'sheets', 'preview'] as const)('who still has to enter (%s)', (kind) => {
  async function counted() {
    const world = WORLDS[kind]([
      { name: TRACKER, values: THREE_CLASSES as Cell[][] },
      { name: NOTES, values: [['Parents evening', 'Thursday']] },
    ]);
    world.activate(TRACKER);
    const recorded = await panelOn(world);
    const before = { tracker: world.cells(TRACKER), notes: world.cells(NOTES) };
    const shown: CompletionShown[] = [];
    await showCompletion(recorded.session, recorded.status, { show: (each) => void shown.push(each) }, null);
    return { world, ...recorded, before, shown: shown.at(-1)! };
  }

  it('shows each class and teacher at RP2, the latest collection with any grade, and writes nothing', async () => {
    const { world, shown, lines, before } = await counted();
    expect(shown.sheetName).toBe(TRACKER);
    expect(shown.latestChosen).toBe(true);
    expect(shown.plan.groups.map(groupCount)).toEqual([
      '10X1 (BDG): 3 of 4 entered',
      '10X2 (KLM): 1 of 3 entered',
      '10X3 (PQR): 1 of 2 entered',
      '10X3 (STU): 1 of 1 entered',
    ]);
    expect(lines.at(-1)).toBe(`done: RP2 on '${TRACKER}': 6 of 10 pupils on roll have a grade; 4 pupils in 3 classes still to enter.`);
    expect({ tracker: world.cells(TRACKER), notes: world.cells(NOTES) }).toEqual(before);
  });

  it('counts the collection chosen in the panel', async () => {
    const { session, status } = await counted();
    const shown: CompletionShown[] = [];
    await showCompletion(session, status, { show: (each) => void shown.push(each) }, 'RP1');
    expect(shown[0]!.plan.groups.map((group) => [groupCount(group), group.missing.map((pupil) => pupil.cell)])).toEqual([
      ['10X1 (BDG): 3 of 4 entered', ['F5']],
      ['10X2 (KLM): 2 of 3 entered', ['F8']],
      ['10X3 (PQR): 2 of 2 entered', []],
      ['10X3 (STU): 1 of 1 entered', []],
    ]);
    expect(shown[0]!.latestChosen).toBe(false);
  });

  it("a missing pupil's link selects exactly their cell, bringing the tracker back to the front", async () => {
    const { world, session, status, lines, shown, before } = await counted();
    expect(world.selection()).toBeNull();
    const green = shown.plan.groups[1]!.missing[1]!;
    expect(green).toEqual({ name: 'Green, Hal', row: 8, cell: 'G8' });
    // The user has opened another sheet since the list was shown.
    world.activate(NOTES);
    const linesBefore = lines.length;
    await goToCell(session, status, shown.sheetName, green.cell);
    expect(world.selection()).toEqual({ sheet: TRACKER, cell: 'G8' });
    expect((await world.host.activeSheet()).name).toBe(TRACKER);
    expect(lines).toHaveLength(linesBefore);
    expect({ tracker: world.cells(TRACKER), notes: world.cells(NOTES) }).toEqual(before);
  });

  it('names the cell and sheet when the tracker has gone, and selects nothing', async () => {
    const { world, session, status, lines, shown } = await counted();
    world.activate(NOTES);
    world.deleteSheet(TRACKER);
    await goToCell(session, status, shown.sheetName, 'G8');
    expect(world.selection()).toBeNull();
    expect(lines.at(-1)).toMatch(new RegExp(`^problem: Could not go to G8 on '${TRACKER}': .*'${TRACKER}'`));
  });

  it('gives the chase list by teacher as plain text, and copies it where the clipboard allows', async () => {
    const { shown } = await counted();
    const text = chaseListText(shown.plan, shown.sheetName);
    expect(text).toBe(THREE_CLASSES_CHASE_LIST);
    const copied: string[] = [];
    expect(await copyText(text, { writeText: async (each) => void copied.push(each) })).toBe('copied');
    expect(copied).toEqual([THREE_CLASSES_CHASE_LIST]);
    expect(await copyText(text, undefined)).toBe('not copied');
    expect(
      await copyText(text, { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) }),
    ).toBe('not copied');
  });
});
