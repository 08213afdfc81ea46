/**
 * Two columns with the same heading: a report cannot tell them apart by name, so detection says so,
 * naming both columns by letter and heading and saying what to change.
 */
import { describe, expect, it } from 'vitest';
import { detectLayout, rebuildPairs, validateLayout, type Layout } from '../../../core/layout';
import { warningCodes, warningFor } from './helpers';

const repeated = (layout: Layout) => layout.warnings.filter((warning) => warning.code === 'duplicateHeading');
const lettersOf = (layout: Layout, indexes: readonly number[]) =>
  indexes.map((index) => layout.columns.find((column) => column.index === index)!.letter);

/** The layout after the user sets one column's role to Other in the panel. */
const withOther = (layout: Layout, letter: string): Layout =>
  rebuildPairs({ ...layout, columns: layout.columns.map((column) => (column.letter === letter ? { ...column, role: 'other' } : column)) });

describe('repeated headings', () => {
  it('warns about two RP1 columns, naming both by letter and heading and saying what to do', () => {
    const layout = detectLayout([
      ['Name', 'PP', 'Target', 'RP1', 'RP2', 'RP1'],
      ['Jo', 'Y', '6', '5', '6', '6'],
    ]);
    const twice = warningFor(layout, 'duplicateHeading');
    expect(twice.severity).toBe('warning');
    expect(lettersOf(layout, twice.columns)).toEqual(['D', 'F']);
    expect(twice.message).toContain("D 'RP1' and F 'RP1'");
    expect(twice.message).toMatch(/rename one/i);
    expect(twice.message).toMatch(/set the one not to use to Other in the panel/);
    // The message names the labels the report uses, so the two can be found again in it.
    expect(twice.message).toContain("D as 'RP1 (column D)' and F as 'RP1 (column F)'");
  });

  it("compares headings as the layout does: case, spaces and the subject's spelling do not matter", () => {
    const table: { headings: string[]; letters: string[] }[] = [
      { headings: ['Name', 'Maths Target', 'Maths RP1', 'maths  rp1', 'English Target', 'English RP1'], letters: ['C', 'D'] },
      { headings: ['Name', 'Mathematics Target', 'Maths RP1', 'Mathematics RP1'], letters: ['C', 'D'] },
      { headings: ['Name', 'Target', 'RP1', 'rp 1'], letters: ['C', 'D'] },
      { headings: ['Name', 'Target', 'Predicted', 'Predicted Grade'], letters: ['C', 'D'] },
    ];
    for (const { headings, letters } of table) {
      const layout = detectLayout([headings]);
      expect(
        repeated(layout).map((warning) => lettersOf(layout, warning.columns)),
        headings.join(' | '),
      ).toEqual([letters]);
    }
  });

  it('does not warn about headings that differ, or that differ only by the subject named above them', () => {
    const distinct = [
      detectLayout([['Name', 'Maths Target', 'Maths RP1', 'English Target', 'English RP1']]),
      detectLayout([['Name', 'Target', 'RP1', 'RP2', 'Stretch Target']]),
      detectLayout([
        ['', '', 'Maths', '', '', 'English', '', ''],
        ['Name', 'PP', 'Target', 'RP1', 'RP2', 'Target', 'RP1', 'RP2'],
        ['Li', 'N', '7', '6', '7', '6', '6', '6'],
      ]),
      detectLayout([['Name', 'Maths Set', 'Maths Target', 'Maths RP1', 'English Set', 'English Target', 'English RP1']]),
    ];
    for (const layout of distinct)
      expect(warningCodes(layout), layout.columns.map((column) => column.header).join(' | ')).not.toContain('duplicateHeading');
  });

  it('warns about two target columns with the same heading, alongside the choice of target', () => {
    const layout = detectLayout([['Name', 'Target', 'Working At', 'Predicted', 'Target']]);
    const twice = warningFor(layout, 'duplicateHeading');
    expect(lettersOf(layout, twice.columns)).toEqual(['B', 'E']);
    expect(twice.message).toContain("B 'Target' and E 'Target'");
    expect(twice.message).toMatch(/set the one not to use to Other in the panel/);
    expect(warningCodes(layout)).toContain('ambiguousTarget');
  });

  it('warns about two identity columns with the same heading once, saying which one reports read', () => {
    const layout = detectLayout([['UPN', 'Name', 'UPN', 'Target', 'Current']]);
    const twice = warningFor(layout, 'duplicateHeading');
    expect(lettersOf(layout, twice.columns)).toEqual(['A', 'C']);
    expect(twice.message).toContain("A 'UPN' and C 'UPN'");
    expect(twice.message).toMatch(/reports read only A, the first/);
    // The same two columns are not warned about twice under another code.
    expect(warningCodes(layout)).not.toContain('duplicateRole');
  });

  it('says how repeated blocks with no subject names are counted, as well as how they are paired', () => {
    const layout = detectLayout([['Name', 'Target', 'RP1', 'RP2', 'Target', 'RP1', 'RP2']]);
    expect(repeated(layout).map((warning) => lettersOf(layout, warning.columns))).toEqual([
      ['B', 'E'],
      ['C', 'F'],
      ['D', 'G'],
    ]);
    const rp1 = repeated(layout).find((warning) => warning.message.startsWith("C 'RP1'"))!;
    expect(rp1.message).toMatch(/coloured against different targets \(B and E\)/);
    expect(rp1.message).toMatch(/name the subject in each heading/);
    expect(warningCodes(layout)).toContain('positionalPairs');
  });

  it('goes once one of the two is set to Other, as the warning says', () => {
    const layout = detectLayout([['Name', 'PP', 'Target', 'RP1', 'RP2', 'RP1']]);
    expect(warningCodes(layout)).toContain('duplicateHeading');
    expect(warningCodes(withOther(layout, 'F'))).not.toContain('duplicateHeading');
  });

  it('is kept when a saved layout is checked against the sheet again', () => {
    const rows = [
      ['Name', 'PP', 'Target', 'RP1', 'RP2', 'RP1'],
      ['Jo', 'Y', '6', '5', '6', '6'],
    ];
    const check = validateLayout(detectLayout(rows), rows);
    expect(check.ok).toBe(true);
    if (check.ok) expect(lettersOf(check.layout, warningFor(check.layout, 'duplicateHeading').columns)).toEqual(['D', 'F']);
  });
});
