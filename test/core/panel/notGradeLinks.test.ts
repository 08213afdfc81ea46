/**
 * "Colour this sheet" names, under its result, each column's cells that are not grades, and each of
 * those lines goes to the column's first such cell: over every host (the Excel host on its fake, the
 * built Sheets add-on on the Sheets fake, the preview), the line carries the cell, and going there
 * selects exactly that cell, read back from what each fake recorded as selected.
 */
import { describe, expect, it } from 'vitest';
import { colourThisSheet } from '../../../core/panel/actions';
import { goToCell } from '../../../core/panel/cellLink';
import type { CellDetail } from '../../../core/panel/statusLog';
import { SAMPLE_HEADER_ROW_INDEX } from '../../../core/sample';
import { columnLetter } from '../../../core/workbook/a1';
import { trackerRows } from '../../support/panelSession';
import { panelOn, WORLDS, type Cell } from '../../support/worlds';

const TRACKER = 'Year 10';
const NOTES = 'Notes';
/** [0-based row, heading, typo]: Maths RP1's topmost typo is typed second. */
const TYPOS: [number, string, string][] = [
  [12, 'Maths RP1', '5++'],
  [7, 'Maths RP1', '4//3'],
  [9, 'History Target', 'TBC'],
];

function withTypos(): Cell[][] {
  const rows = trackerRows() as Cell[][];
  const headings = rows[SAMPLE_HEADER_ROW_INDEX]!;
  for (const [row, heading, typo] of TYPOS) rows[row]![headings.indexOf(heading)] = typo;
  return rows;
}

/** The topmost typo's address in each column that has one, worked out from TYPOS and the headings. */
function firstTypoCells(): Map<string, string> {
  const headings = trackerRows()[SAMPLE_HEADER_ROW_INDEX]!;
  const first = new Map<string, number>();
  for (const [row, heading] of TYPOS) first.set(heading, Math.min(row, first.get(heading) ?? Infinity));
  return new Map([...first].map(([heading, row]) => [heading, `${columnLetter(headings.indexOf(heading))}${row + 1}`]));
}

describe.each(['excel', 'sheets', 'preview'] as const)("the not-a-grade lines' links (%s)", (kind) => {
  it("carries each column's first cell that is not a grade, and going there selects exactly it", async () => {
    const world = WORLDS[kind]([
      { name: TRACKER, values: withTypos() },
      { name: NOTES, values: [['Parents evening', 'Thursday']] },
    ]);
    world.activate(TRACKER);
    const { session, status, log } = await panelOn(world);
    await colourThisSheet(session, status);
    expect(log.lines).toHaveLength(1);
    const details = log.lines[0]!.details as CellDetail[];
    const expected = firstTypoCells();
    expect(details.map(({ sheetName, cell }) => [sheetName, cell])).toEqual([...expected.values()].map((cell) => [TRACKER, cell]));
    for (const [heading, detail] of [...expected.keys()].map((heading, index) => [heading, details[index]!] as const))
      expect(detail.text.startsWith(`${heading} (column `)).toBe(true);

    // The user has opened another sheet since colouring; each line still goes to its own cell.
    const before = world.cells(TRACKER);
    for (const detail of details) {
      world.activate(NOTES);
      await goToCell(session, status, detail.sheetName, detail.cell);
      expect(world.selection()).toEqual({ sheet: TRACKER, cell: detail.cell });
      expect((await world.host.activeSheet()).name).toBe(TRACKER);
    }
    expect(log.lines).toHaveLength(1);
    expect(world.cells(TRACKER)).toEqual(before);
  });
});
