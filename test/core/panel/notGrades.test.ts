/**
 * The colouring action's lines for cells that are not grades, worked out on a hand-made tracker: one
 * line per column the colours read, each carrying the address of that column's topmost such cell, so
 * the panel can go to it. No-grade marks (blank, ABS, X) are never counted, and a typo typed later
 * further up the sheet is still the one gone to.
 */
import { describe, expect, it } from 'vitest';
import { defaultGradeScale } from '../../../core/grades/gradeScale';
import { detectLayout } from '../../../core/layout';
import { notGradeLines } from '../../../core/panel/notGrades';
import { columnLetter } from '../../../core/workbook/a1';

const HEADINGS = ['Name', 'Class', 'Target', 'RP1', 'RP2'];
const [TARGET, RP1, RP2] = ['Target', 'RP1', 'RP2'].map((heading) => HEADINGS.indexOf(heading)) as [number, number, number];

/** Two title rows, the headings, then `pupils` rows of good grades; `typos` put [0-based row, column, text] in. */
function tracker(pupils: number, typos: [number, number, unknown][]): unknown[][] {
  const rows: unknown[][] = [['Year 9 maths'], [], HEADINGS];
  for (let pupil = 0; pupil < pupils; pupil += 1) rows.push([`Pupil ${pupil + 1}`, '9A', 6, '5+', 6]);
  for (const [row, column, text] of typos) rows[row]![column] = text;
  return rows;
}

const address = (row: number, column: number) => `${columnLetter(column)}${row + 1}`;

describe('the lines for cells that are not grades', () => {
  it("gives each column's line the address of its topmost cell that is not a grade", () => {
    const typos: [number, number, unknown][] = [
      [12, RP1, '5++'],
      [6, RP1, '4//3'],
      [9, RP2, 'TBC'],
      [4, TARGET, 'six'],
    ];
    const rows = tracker(12, typos);
    const layout = detectLayout(rows);
    expect(layout.pairs.map((pair) => [pair.grade, pair.target])).toEqual([
      [RP1, TARGET],
      [RP2, TARGET],
    ]);
    const lines = notGradeLines(layout, rows, defaultGradeScale);
    // In the columns' order across the sheet; RP1's second typo, higher up, is the one gone to.
    expect(lines.map((line) => line.cell)).toEqual([address(4, TARGET), address(6, RP1), address(9, RP2)]);
    expect(lines[1]!.text).toBe(
      `RP1 (column ${columnLetter(RP1)}): 2 cells are not a grade (first in row 7: '4//3'), ` +
        'so they stay uncoloured until they are corrected.',
    );
    // Each line's row, as it says it, is its cell's row.
    for (const line of lines) expect(line.text).toContain(`(first in row ${line.cell.replace(/^[A-Z]+/, '')}: `);
  });

  it('counts no blank or no-grade mark, so a column with only those has no line', () => {
    const rows = tracker(8, [
      [3, RP1, 'ABS'],
      [4, RP1, null],
      [5, RP1, 'X'],
      [7, RP2, 'ABS'],
      [8, RP2, '55'],
    ]);
    const lines = notGradeLines(detectLayout(rows), rows, defaultGradeScale);
    expect(lines.map((line) => line.cell)).toEqual([address(8, RP2)]);
  });

  it('has no line for a sheet whose grades are all grades', () => {
    const rows = tracker(8, []);
    expect(notGradeLines(detectLayout(rows), rows, defaultGradeScale)).toEqual([]);
  });
});
