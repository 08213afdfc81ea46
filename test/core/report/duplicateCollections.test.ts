/**
 * Two grade columns of one subject with the same heading: the report keeps them apart as two
 * collections, labelled by column, and says so, instead of pooling two sets of grades into one.
 * Expected figures are worked out here from the tracker's own cells.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../core/layout';
import { buildReport, type Report } from '../../../core/report';

const HEADINGS = ['Name', 'PP', 'Target', 'RP1', 'RP2', 'RP1'];
const [TARGET, FIRST_RP1, RP2, SECOND_RP1] = [2, 3, 4, 5];

/**
 * 24 pupils, 12 of them PP. D holds the autumn grades; F the summer ones, typed under a heading
 * copied from D and never renamed. Half the PP pupils are a grade below target in D and half
 * (others) in F; in RP2 everyone is on target; the rest are on target in D and above it in F.
 */
function trackerRows(): unknown[][] {
  const pupils = Array.from({ length: 24 }, (_, i) => {
    const pp = i < 12;
    const target = 5 + (i % 3);
    const autumn = pp && i % 2 === 0 ? target - 1 : target;
    const summer = pp ? (i % 2 === 1 ? target - 1 : target) : target + 1;
    return [`Pupil ${i + 1}`, pp ? 'Y' : 'N', target, autumn, target, summer];
  });
  return [HEADINGS, ...pupils];
}

const rows = trackerRows();
const pupils = rows.slice(1);
const isPp = (row: unknown[]) => row[1] === 'Y';

/** Rest minus PP share on target in one column, from the cells (tolerance 0: on target is grade >= target). */
function onTargetGap(column: number): number {
  const share = (group: unknown[][]) => group.filter((row) => Number(row[column]) >= Number(row[TARGET])).length / group.length;
  return share(pupils.filter((row) => !isPp(row))) - share(pupils.filter(isPp));
}

/** Rest minus PP mean of (grade - target), in grades. */
function residualGap(column: number): number {
  const mean = (group: unknown[][]) => group.reduce((sum, row) => sum + Number(row[column]) - Number(row[TARGET]), 0) / group.length;
  return mean(pupils.filter((row) => !isPp(row))) - mean(pupils.filter(isPp));
}

const ppGap = (report: Report, collection: string) =>
  report.byCollection.find((entry) => entry.collection === collection)!.groups.families.find((table) => table.family === 'pp')!.gap!;

describe('a tracker with two RP1 columns', () => {
  const layout = detectLayout(rows);
  const report = buildReport({ layout, rows });
  const [first, second] = ['RP1 (column D)', 'RP1 (column F)'];

  it('keeps the two RP1 columns apart, in sheet order, each labelled by its column', () => {
    expect(report.collections).toEqual([first, 'RP2', second]);
    expect(report.byCollection.map((entry) => [entry.collection, entry.columns])).toEqual([
      [first, 1],
      ['RP2', 1],
      [second, 1],
    ]);
    expect(report.byColumn.map((entry) => [entry.letter, entry.collection])).toEqual([
      ['D', first],
      ['E', 'RP2'],
      ['F', second],
    ]);
    expect(report.latest).toBe(second);
  });

  it('gives each RP1 column its own figures, as its cells say', () => {
    for (const [collection, column] of [
      [first, FIRST_RP1],
      ['RP2', RP2],
      [second, SECOND_RP1],
    ] as const) {
      expect(ppGap(report, collection).onTarget, collection).toBeCloseTo(onTargetGap(column), 12);
      expect(ppGap(report, collection).meanResidual, collection).toBeCloseTo(residualGap(column), 12);
    }
  });

  it('reads the trend from the first RP1 column to the second, not from a pooled RP1 to RP2', () => {
    const trend = report.trends.find((entry) => entry.family === 'pp')!;
    const points = (gap: number) => Math.round(gap * 100);
    expect(trend.onTargetSentence).toContain(`between ${first} and ${second}`);
    expect(trend.onTargetSentence).toContain(`${points(onTargetGap(SECOND_RP1))} points`);
    expect(trend.steps).toHaveLength(2);
    expect(trend.steps[0]).toContain(
      `from ${points(onTargetGap(FIRST_RP1))} to ${points(onTargetGap(RP2))} points between ${first} and RP2`,
    );
    expect([trend.onTargetSentence, ...trend.steps].join('\n')).not.toMatch(/between RP1 and RP2/);
  });

  it('says which columns share the heading and what to change', () => {
    const notes = report.warnings.filter((warning) => warning.includes(first) && warning.includes(second));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain("D 'RP1' and F 'RP1'");
    expect(notes[0]).toMatch(/set the one not to use to Other in the layout/);
  });
});

describe('a wide tracker where one subject repeats a collection', () => {
  const headings = ['Name', 'PP', 'Maths Target', 'Maths RP1', 'Maths RP2', 'Maths RP1', 'English Target', 'English RP1', 'English RP2'];
  const body = Array.from({ length: 12 }, (_, i) => [`Pupil ${i + 1}`, i % 2 ? 'Y' : 'N', 6, 5, 6, 6 + (i % 2), 6, 5, 6]);
  const wideRows = [headings, ...body];
  const report = buildReport({ layout: detectLayout(wideRows), rows: wideRows });

  it("keeps English RP1 with Maths' first RP1, and the repeat apart", () => {
    expect(report.collections).toEqual(['RP1', 'RP2', 'RP1 (column F)']);
    expect(report.byCollection.map((entry) => [entry.collection, entry.columns])).toEqual([
      ['RP1', 2],
      ['RP2', 2],
      ['RP1 (column F)', 1],
    ]);
    expect(report.warnings.some((warning) => warning.includes("D as 'RP1'") && warning.includes("F as 'RP1 (column F)'"))).toBe(true);
  });
});

describe('report collections', () => {
  const HEADING_POOL = [
    'Target',
    'RP1',
    'rp 1',
    'RP2',
    'Maths Target',
    'Maths RP1',
    'maths  rp1',
    'Mathematics RP2',
    'English Target',
    'English RP1',
    'Predicted',
    'Predicted Grade',
    'RP1 (column D)',
  ];

  it('never pool two columns of one subject against one target, and never share a label', () => {
    const trackers = fc.tuple(
      fc.array(fc.constantFrom(...HEADING_POOL), { minLength: 1, maxLength: 10 }),
      fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 10, maxLength: 10 }),
    );
    fc.assert(
      fc.property(trackers, ([headings, grades]) => {
        const sheet = [
          ['Name', 'PP', ...headings],
          ['Jo', 'Y', ...grades.slice(0, headings.length)],
          ['Al', 'N', ...grades.slice(0, headings.length).reverse()],
        ];
        const report = buildReport({ layout: detectLayout(sheet), rows: sheet });
        expect(new Set(report.collections).size).toBe(report.collections.length);
        expect(new Set(report.byCollection.map((entry) => entry.collection)).size).toBe(report.byCollection.length);
        const uses = report.byColumn.map((entry) => `${entry.subject ?? ''}|${entry.targetLetter}|${entry.collection}`);
        expect(new Set(uses).size, uses.join(', ')).toBe(uses.length);
      }),
      { numRuns: 300 },
    );
  });
});
