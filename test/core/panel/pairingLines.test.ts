/**
 * The pairing as one line per subject (core/panel/pairingLines.ts), from layouts detected on real
 * shapes of tracker: the synthetic school's wide tracker, a one-subject department tracker, and a
 * tracker with working-at grades coloured against each collection's expected grade.
 */
import { describe, expect, it } from 'vitest';
import { detectLayout, type Layout } from '../../../core/layout';
import { subjectPairings } from '../../../core/panel/pairingLines';
import { generateSchool, SAMPLE_HEADER_ROW_INDEX, sampleTrackerSheet, sampleWideTrackerSheet } from '../../../core/sample';

const school = generateSchool({ years: [10], pupilsPerYear: 20 });
const column = (layout: Layout, label: string) => {
  const found = layout.columns.find((each) => each.label === label);
  if (!found) throw new Error(`No column labelled '${label}' in the layout`);
  return found.index;
};
/** The layout with these grade -> target pairs instead of detection's, as the user might set them. */
const pairedAs = (layout: Layout, pairs: [string, string][]): Layout => ({
  ...layout,
  pairs: pairs.map(([grade, target]) => ({ grade: column(layout, grade), target: column(layout, target), label: '' })),
});

describe('one pairing line per subject', () => {
  it("reads a wide tracker's 39 grade columns as one line per subject, each against that subject's target", () => {
    const rows = sampleWideTrackerSheet(school, { year: 10 });
    const headings = rows[SAMPLE_HEADER_ROW_INDEX]!.map(String);
    const subjects = headings.filter((heading) => heading.endsWith(' Target')).map((heading) => heading.slice(0, -' Target'.length));
    const layout = detectLayout(rows.slice(0, 15));
    const lines = subjectPairings(layout);

    expect(subjects.length).toBeGreaterThan(10);
    expect(lines.map((line) => line.subject)).toEqual(subjects);
    expect(lines.map((line) => line.text)).toEqual(
      subjects.map((subject) => {
        const collections = headings
          .filter((heading) => heading.startsWith(`${subject} `) && heading !== `${subject} Target`)
          .map((heading) => heading.slice(subject.length + 1));
        expect(collections.length).toBe(3);
        return `${subject}: ${collections[0]} to ${collections[2]} against ${subject} Target`;
      }),
    );
    // Each line opens onto its own subject's dropdowns, and together they cover every grade column once.
    const gradeColumns = layout.columns.filter((each) => each.role === 'grade').map((each) => each.index);
    expect(lines.flatMap((line) => line.grades.map((grade) => grade.index))).toEqual(gradeColumns);
    for (const line of lines) expect(line.grades.every((grade) => grade.subject === line.subject)).toBe(true);
  });

  it('names what a correction changed: another target, and a grade left uncoloured', () => {
    const layout = detectLayout(sampleWideTrackerSheet(school, { year: 10 }).slice(0, 15));
    const corrected = pairedAs(
      {
        ...layout,
        pairs: layout.pairs.filter((pair) => ![column(layout, 'Maths RP1'), column(layout, 'Maths RP3')].includes(pair.grade)),
      },
      [['Maths RP1', 'History Target']],
    );
    corrected.pairs.push(...layout.pairs.filter((pair) => pair.grade === column(layout, 'Maths RP2')));
    const maths = subjectPairings(corrected).find((line) => line.subject === 'Maths')!;
    expect(maths.text).toBe('Maths: RP1 against History Target; RP2 against Maths Target; RP3 not coloured');
  });

  it('leaves out the subject on a one-subject sheet, and lists grades that are not side by side', () => {
    const layout = detectLayout(sampleTrackerSheet(school, { year: 10, subject: 'Maths' }).slice(0, 15));
    expect(subjectPairings(layout).map((line) => line.text)).toEqual(['RP1 to RP3 against Target']);
    const skipping = pairedAs(layout, [
      ['RP1', 'Target'],
      ['RP3', 'Target'],
    ]);
    expect(subjectPairings(skipping).map((line) => line.text)).toEqual(['RP1 and RP3 against Target; RP2 not coloured']);
  });

  it("says when a working-at grade is coloured against its collection's expected grade", () => {
    const headings = ['Name', 'Maths Target', 'Maths RP1 Expected', 'Maths RP1 Working At', 'Maths RP1 Predicted', 'Maths RP2 Expected'];
    const layout = detectLayout([
      [...headings, 'Maths RP2 Working At'],
      ['Ann', 6, 5, 5, 6, '5+', 6],
    ]);
    expect(layout.columns.map((each) => each.role)).toEqual(['name', 'target', 'expected', 'grade', 'grade', 'expected', 'grade']);
    const one = pairedAs(layout, [
      ['Maths RP1 Working At', 'Maths RP1 Expected'],
      ['Maths RP1 Predicted', 'Maths Target'],
      ['Maths RP2 Working At', 'Maths Target'],
    ]);
    expect(subjectPairings(one).map((line) => line.text)).toEqual([
      'Maths: RP1 Working At against its expected grade, Maths RP1 Expected; RP1 Predicted and RP2 Working At against Maths Target',
    ]);
    const both = pairedAs(layout, [
      ['Maths RP1 Working At', 'Maths RP1 Expected'],
      ['Maths RP1 Predicted', 'Maths Target'],
      ['Maths RP2 Working At', 'Maths RP2 Expected'],
    ]);
    expect(subjectPairings(both).map((line) => line.text)).toEqual([
      "Maths: RP1 Working At and RP2 Working At, each against its own collection's expected grade; RP1 Predicted against Maths Target",
    ]);
  });

  it('tells apart two grade columns with the same heading by their letters', () => {
    const layout = detectLayout([
      ['Name', 'Target', 'RP1', 'RP1'],
      ['Ann', 6, 5, 5],
    ]);
    const [first, second] = layout.columns.filter((each) => each.label === 'RP1');
    expect(subjectPairings(layout).map((line) => line.text)).toEqual([
      `RP1 (${first!.letter}) and RP1 (${second!.letter}) against Target`,
    ]);
  });
});
