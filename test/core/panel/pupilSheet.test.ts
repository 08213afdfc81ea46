/**
 * "Make pupil report sheet" through the panel, over every host (the Excel fake, the built Sheets
 * add-on on its fake, the preview): the same sheet, kept choices on a second run, and a refusal that
 * changes nothing when a cell Tracklight wrote was edited by hand.
 */
import { describe, expect, it } from 'vitest';
import { makePupilSheet } from '../../../core/panel/pupilSheetAction';
import { TRACKER, trackerRows } from '../../support/panelSession';
import { panelOn, WORLDS, type WorldKind } from '../../support/worlds';

const REPORT = `Pupil report ${TRACKER}`;

describe.each(['excel', 'sheets', 'preview'] as const)('the pupil report sheet through the panel (%s)', (kind: WorldKind) => {
  it('adds the sheet, then updates it keeping the chosen pupil and the comment, and refuses once a formula is typed over', async () => {
    const rows = trackerRows();
    const world = WORLDS[kind]([{ name: TRACKER, values: rows }]);
    const { session, status, lines } = await panelOn(world);
    const trackerBefore = world.cells(TRACKER);
    await makePupilSheet(session, status);
    expect(lines[0]).toMatch(new RegExp(`^done: Added '${REPORT}': choose a pupil in B3`));
    expect(world.sheetNames()).toEqual([TRACKER, REPORT]);
    const made = world.cells(REPORT);
    expect(made.B3).toBeUndefined();
    expect(made.B4).toBe('=TODAY()');
    expect(String(made.B5)).toMatch(/^=IF\(\$B\$3="","",IFERROR\(IF\(INDEX\('Year 10'!/);
    expect(world.cells(TRACKER)).toEqual(trackerBefore);

    const upn = String(rows[3]![0]);
    world.type(REPORT, 'B3', upn);
    const comment = Object.keys(made).filter((cell) => made[cell] === "Teacher's comment")[0]!;
    const commentCell = `A${Number(comment.slice(1)) + 1}`;
    world.type(REPORT, commentCell, 'Works hard in lessons.');
    const chosen = world.cells(REPORT);
    // The new sheet was opened; the user goes back to the tracker to make it again.
    world.activate(TRACKER);
    await session.readActiveSheet();
    await makePupilSheet(session, status);
    expect(lines[0]).toMatch(new RegExp(`^done: Updated '${REPORT}'`));
    expect(world.cells(REPORT)).toEqual(chosen);
    expect(chosen.B3).toBe(upn);
    expect(chosen[commentCell]).toBe('Works hard in lessons.');

    world.type(REPORT, 'B5', 'typed over');
    const edited = world.cells(REPORT);
    world.activate(TRACKER);
    await session.readActiveSheet();
    await makePupilSheet(session, status);
    expect(lines.some((line) => line.startsWith(`problem: '${REPORT}' was changed by hand`))).toBe(true);
    expect(world.cells(REPORT)).toEqual(edited);
    expect(world.sheetNames()).toEqual([TRACKER, REPORT]);
  });
});
