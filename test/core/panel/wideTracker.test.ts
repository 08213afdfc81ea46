/**
 * The panel on a real, wide tracker (13 subjects, 39 grade columns), run over every host: the Excel
 * host on the Excel fake, the built Sheets add-on on the Sheets fake, and the preview. The pairing
 * reads as one line per subject and stays correctable and saved; colouring says, per column, how many
 * cells are not grades and the first; and each sheet coloured leaves one short result line, with no
 * progress line left above it.
 */
import { describe, expect, it, vi } from 'vitest';
import { defaultGradeScale, type GradeScale } from '../../../core/grades/gradeScale';
import type { Layout } from '../../../core/layout';
import { colourEverySheet, colourThisSheet, removeColours } from '../../../core/panel/actions';
import { subjectPairings } from '../../../core/panel/pairingLines';
import { SAVED_LAYOUT_NOTE } from '../../../core/panel/sheetReading';
import { isTracklightRule } from '../../../core/rules';
import { SAMPLE_HEADER_ROW_INDEX } from '../../../core/sample';
import { trackerRows } from '../../support/panelSession';
import { panelOn, WORLDS, type Cell, type WorldKind } from '../../support/worlds';

const TRACKER = 'Year 10';
const OTHER = 'Year 11';
const NOTES = 'Notes';

const columnOf = (layout: Layout, label: string) => {
  const found = layout.columns.find((column) => column.label === label);
  if (!found) throw new Error(`No column labelled '${label}'`);
  return found;
};

/** The wide tracker with cells that are not grades typed in: the typo, each 0-based row, in one column. */
function withTypos(typos: Record<string, [number, string][]>): Cell[][] {
  const rows = trackerRows() as Cell[][];
  const headings = rows[SAMPLE_HEADER_ROW_INDEX]!;
  for (const [heading, cells] of Object.entries(typos)) for (const [row, typo] of cells) rows[row]![headings.indexOf(heading)] = typo;
  return rows;
}

describe.each(['excel', 'sheets', 'preview'] as const)('the panel on a wide tracker (%s)', (kind: WorldKind) => {
  it("shows the pairing as one line per subject, each naming its collections and that subject's own target", async () => {
    const world = WORLDS[kind]([{ name: TRACKER, values: trackerRows() }]);
    const { session } = await panelOn(world);
    const { layout } = session.requireState();
    const headings = (trackerRows()[SAMPLE_HEADER_ROW_INDEX] ?? []).map(String);
    const subjects = headings.filter((heading) => heading.endsWith(' Target')).map((heading) => heading.slice(0, -' Target'.length));
    const lines = subjectPairings(layout);

    expect(layout.pairs.length).toBe(3 * subjects.length);
    expect(lines.map((line) => line.text)).toEqual(subjects.map((subject) => `${subject}: RP1 to RP3 against ${subject} Target`));
    // Each line holds its own subject's grade columns, one dropdown each, when opened.
    expect(lines.map((line) => line.grades.map((grade) => grade.label))).toEqual(
      subjects.map((subject) => ['RP1', 'RP2', 'RP3'].map((collection) => `${subject} ${collection}`)),
    );
  });

  it('keeps every line correctable: a change shows in its line, is saved, and loads again with the layout', async () => {
    const world = WORLDS[kind]([{ name: TRACKER, values: trackerRows() }]);
    const { session } = await panelOn(world);
    const { layout } = session.requireState();
    session.setPairTarget(columnOf(layout, 'Maths RP1').index, columnOf(layout, 'History Target').index);
    session.setPairTarget(columnOf(layout, 'Maths RP3').index, null);
    expect(session.requireState().problems).toEqual([]);
    const maths = (shown: Layout) => subjectPairings(shown).find((line) => line.subject === 'Maths')?.text;
    expect(maths(session.requireState().layout)).toBe('Maths: RP1 against History Target; RP2 against Maths Target; RP3 not coloured');
    await session.save();

    const reopened = (await panelOn(world)).session.requireState();
    expect(reopened.note).toBe(SAVED_LAYOUT_NOTE);
    expect(maths(reopened.layout)).toBe('Maths: RP1 against History Target; RP2 against Maths Target; RP3 not coloured');
    expect(subjectPairings(reopened.layout).map((line) => line.text)).toEqual(
      subjectPairings(session.requireState().layout).map((l) => l.text),
    );
  });

  it("says, under the sheet's result, how many cells of each column are not grades, and the first of them", async () => {
    const mathsTypos: [number, string][] = [
      [12, '5++'],
      [7, '4//3'],
      [20, 'B+'],
    ];
    const values = withTypos({ 'Maths RP1': mathsTypos, 'History Target': [[9, 'TBC']] });
    for (const typo of ['5++', '4//3', 'B+', 'TBC']) expect(typeof defaultGradeScale.read(typo), `${typo} is not a grade`).toBe('object');
    const world = WORLDS[kind]([{ name: TRACKER, values }]);
    const { session, status, lines } = await panelOn(world);
    const { layout } = session.requireState();
    const maths = columnOf(layout, 'Maths RP1');
    const history = columnOf(layout, 'History Target');
    const subjects = new Set(layout.columns.filter((column) => column.role === 'grade').map((column) => column.subject)).size;

    await colourThisSheet(session, status);
    expect(lines).toEqual([
      `done: ${TRACKER}: coloured ${layout.pairs.length} columns in ${subjects} subjects.`,
      // The topmost typo is the first named, with the sheet row counted from 1.
      `  - Maths RP1 (column ${maths.letter}): 3 cells are not a grade (first in row 8: '4//3'), ` +
        'so they stay uncoloured until they are corrected.',
      `  - History Target (column ${history.letter}): 1 cell is not a grade (first in row 10: 'TBC'), ` +
        'so it stays uncoloured until it is corrected.',
    ]);
    // The colours went on all the same: every other cell is coloured as usual.
    expect(world.rules(TRACKER).filter((rule) => isTracklightRule(rule.formula)).length).toBeGreaterThan(0);
  });

  it("reads the cells with the session's grade scale, so a school's own scale decides what is a grade", async () => {
    const world = WORLDS[kind]([{ name: TRACKER, values: withTypos({ 'Maths RP1': [[12, 'Secure']], 'Maths RP2': [[12, '5++']] }) }]);
    const { session, status, lines } = await panelOn(world);
    const schoolScale: GradeScale = { ...defaultGradeScale, read: (value) => (value === 'Secure' ? 60 : defaultGradeScale.read(value)) };
    const asked = vi.spyOn(session, 'gradeScale').mockReturnValue(schoolScale);
    await colourThisSheet(session, status);
    expect(asked).toHaveBeenCalled();
    expect(lines.slice(1)).toEqual([
      `  - Maths RP2 (column ${columnOf(session.requireState().layout, 'Maths RP2').letter}): 1 cell is not a grade ` +
        "(first in row 13: '5++'), so it stays uncoloured until it is corrected.",
    ]);
  });

  it('colours every sheet with one short result line each, cells that are not grades under their own sheet', async () => {
    const world = WORLDS[kind]([
      { name: TRACKER, values: trackerRows() },
      { name: OTHER, values: withTypos({ 'Maths RP2': [[5, '5++']] }) },
      { name: NOTES, values: [['Parents evening', 'Thursday']] },
    ]);
    world.activate(TRACKER);
    const { session, status, lines } = await panelOn(world);
    const rp2 = columnOf(session.requireState().layout, 'Maths RP2');
    const columns = session.requireState().layout.pairs.length;

    await colourEverySheet(session, status);
    expect(lines).toEqual([
      `done: ${TRACKER}: coloured ${columns} columns.`,
      `done: ${OTHER}: coloured ${columns} columns.`,
      `  - Maths RP2 (column ${rp2.letter}): 1 cell is not a grade (first in row 6: '5++'), so it stays uncoloured until it is corrected.`,
      expect.stringMatching(new RegExp(`^info: ${NOTES}: skipped — `)),
      'done: Coloured 2 of 3 sheets.',
    ]);
  });

  it('leaves no progress line above the result of colouring or removing colours on one sheet', async () => {
    const world = WORLDS[kind]([{ name: TRACKER, values: trackerRows() }]);
    const { session, status, lines } = await panelOn(world);
    await colourThisSheet(session, status);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^done: ${TRACKER}: coloured \\d+ columns in \\d+ subjects\\.$`))]);
    await removeColours(session, status);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^done: ${TRACKER}: removed \\d+ Tracklight rules\\. `))]);
  });
});
