/**
 * The report sheet for a small hand-built tracker whose figures are worked out below by hand, with
 * tracker text that must never become a formula, number or date: a pupil called =HYPERLINK(...),
 * a pupil called @Gus, a programme called +Boost and a class called 10/11.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../core/report';
import { reportSheetPlan } from '../../../core/reportSheet';
import { col, grade, target, tracker, type ColumnSpec } from '../report/support';
import { shown } from '../workbook/shown';
import { columnIn, expectFormatsOnNumbersOnly, formatsAt, range, rowOf, tableAt } from './support';

const HYPERLINK = '=HYPERLINK("http://example.com","click me")';
const specs: ColumnSpec[] = [
  col('Name', 'name'),
  col('PP', 'pp'),
  col('Class', 'class'),
  col('Intervention', 'intervention'),
  target('Maths'),
  grade('RP1', 'Maths'),
  grade('RP2', 'Maths'),
  target('English Language'),
  grade('RP1', 'English Language'),
  grade('RP2', 'English Language'),
];
//                              Maths T, RP1, RP2   English T, RP1, RP2
const body = [
  [HYPERLINK, 'Y', '10/11', '+Boost', 5, 4, '4-', 5, 5, 5],
  ['Ann', 'N', '10A', '', 5, 5, 6, 5, 4, 5],
  ['Bob', 'Y', '10A', '+Boost', 6, 4, 5, 6, 5, 6],
  ['Cat', 'N', '10A', '', 4, 4, 4, 4, 4, 5],
  ['Dan', 'N', '10B', '', 6, 6, 7, 6, 6, 6],
  ['Eve', 'Y', '10B', '', 5, 3, 4, 5, 4, 4],
  ['Fay', 'N', '10B', '+Boost', 7, 6, 7, 7, 7, 7],
  ['@Gus', 'N', '10B', '', 4, 5, 5, 4, 3, 4],
];
const report = buildReport({ ...tracker(specs, body), settings: { praiseMinSubjects: 1, underachievingMinSubjects: 1 } });
const plan = reportSheetPlan(report, { sourceSheet: 'Year 10', date: '2025-03-14', existingSheetNames: ['Year 10'] });
const cell = (row: number, column: number) => plan.values[row - 1]![column - 1];

describe('the report sheet for a hand-built tracker', () => {
  it('is rectangular and exactly fills its range', () => {
    const box = range(plan.range);
    expect(box.firstRow).toBe(1);
    expect(box.firstColumn).toBe(1);
    expect(plan.values).toHaveLength(box.lastRow);
    for (const row of plan.values) expect(row).toHaveLength(box.lastColumn);
  });

  it('writes shares on target that match a hand count, as numbers formatted 0%', () => {
    // RP1, both subjects pooled: Maths on target for Ann, Cat, Dan, Gus; English for the first pupil, Cat, Dan, Fay: 8 of 16.
    // RP2: Maths Ann, Cat, Dan, Fay, Gus (the first pupil's 4- is below 5); English all but Eve: 12 of 16.
    const grid = tableAt(plan, 'Groups at each collection');
    const share = columnIn(grid, 'On or above target');
    const allRows = grid.body.map((row, i) => ({ row, sheetRow: grid.headerRow + 1 + i })).filter(({ row }) => row[1] === 'All pupils');
    expect(allRows.map(({ row }) => [shown(row[0]), row[share]])).toEqual([
      ['RP1', 0.5],
      ['RP2', 0.75],
    ]);
    for (const { sheetRow } of allRows) expect(formatsAt(plan, sheetRow, share + 1)).toEqual(['0%']);
    const residual = columnIn(grid, 'Mean residual (grades)');
    expect(formatsAt(plan, allRows[0]!.sheetRow, residual + 1)).toEqual(['0.00']);
    expect(formatsAt(plan, allRows[0]!.sheetRow, columnIn(grid, 'Pupils with a grade') + 1)).toEqual(['0']);
  });

  it('gives every number exactly one number format, and no text a number format', () => {
    expectFormatsOnNumbersOnly(plan);
    // Figures are never written as text: no cell holds a number in quotes.
    for (const value of plan.values.flat()) if (typeof value === 'string') expect(value).not.toMatch(/^-?\d+(\.\d+)?%?$/);
  });

  it('writes the formula-looking pupil and programme names as literal text', () => {
    const everything = plan.values.flat();
    expect(everything).toContain(`'${HYPERLINK}`);
    expect(everything).toContain("'@Gus");
    expect(everything).toContain("'+Boost");
    expect(everything).toContain("'10/11");
    // No cell holds text a host would run as a formula.
    for (const value of everything) if (typeof value === 'string') expect(value).not.toMatch(/^[=+\-@]/);
    const borderline = tableAt(plan, 'Borderline at RP2');
    // A grade made of digits and signs gets the apostrophe too: it shows as 4- and can never be read as -4.
    expect(
      borderline.body.map((row) => [
        row[columnIn(borderline, 'Pupil')],
        row[columnIn(borderline, 'Grade')],
        row[columnIn(borderline, 'Short of grade')],
      ]),
    ).toEqual([[`'${HYPERLINK}`, "'4-", 4]]);
    const interventions = tableAt(plan, 'Intervention impact');
    expect(interventions.body.map((row) => [row[columnIn(interventions, 'Programme')], row[columnIn(interventions, 'Pupils')]])).toEqual([
      ["'+Boost", 3],
    ]);
  });

  it('charts PP against not PP from a table on the sheet whose cells hold the hand-counted shares', () => {
    // PP pupils (first, Bob, Eve): RP1 only the first pupil's English of 6 grades; RP2 the first pupil's and Bob's English.
    // The rest: RP1 7 of 10; RP2 10 of 10.
    const chart = plan.charts[0]!;
    expect(chart.type).toBe('clusteredColumn');
    const data = range(chart.dataRange);
    const table = plan.values.slice(data.firstRow - 1, data.lastRow).map((row) => row.slice(data.firstColumn - 1, data.lastColumn));
    expect(table[0]).toEqual(['Collection', 'PP', 'Not PP']);
    expect(table.slice(1).map(([collection, pp, rest]) => [shown(collection), Number(pp).toFixed(6), rest])).toEqual([
      ['RP1', (1 / 6).toFixed(6), 0.7],
      ['RP2', (1 / 3).toFixed(6), 1],
    ]);
    expect(formatsAt(plan, data.firstRow + 1, data.firstColumn + 1)).toEqual(['0%']);
    expect(chart.series).toEqual(['PP', 'Not PP']);
    expect(chart.categories).toEqual(['RP1', 'RP2']);
    // The chart sits right of every table, so it covers no cell the report wrote.
    expect(chart.anchor.column).toBeGreaterThan(range(plan.range).lastColumn);
    expect(chart.anchor.cell).toBe(`${String.fromCharCode(64 + chart.anchor.column)}${chart.anchor.row}`);
  });

  it('makes every section title and header row bold, inside the written range', () => {
    const box = range(plan.range);
    for (const address of plan.boldRanges) {
      const bold = range(address);
      expect(bold.lastRow).toBeLessThanOrEqual(box.lastRow);
      expect(bold.lastColumn).toBeLessThanOrEqual(box.lastColumn);
      expect(cell(bold.firstRow, 1)).not.toBe('');
    }
    const bolded = new Set(plan.boldRanges.map((address) => range(address).firstRow));
    for (const title of [
      'Headlines',
      'Groups at each collection',
      'Gaps between groups',
      'Subjects at their latest collection',
      'Intervention impact',
      'Projected Attainment 8 and Progress 8 from',
      'Praise at RP2',
    ]) {
      expect(bolded.has(rowOf(plan, title)), title).toBe(true);
      expect(bolded.has(rowOf(plan, title) + 1), `${title} header`).toBe(true);
    }
  });

  it('leads with the headline block, in the order a governor reads it', () => {
    expect(cell(1, 1)).toBe('Tracklight report - Year 10 - 2025-03-14');
    const headlines = tableAt(plan, 'Headlines');
    expect(headlines.body[0]).toEqual(['Pupils', 8]);
    expect(headlines.body[1]).toEqual(['Grades on or above target at RP2', 0.75]);
    // PP on target at RP2: 2 of 6 against 10 of 10, a gap of 66.7 points.
    expect(headlines.body[2]![0]).toMatch(/^PP gap on target at RP2/);
    expect(headlines.body[2]![1]).toBeCloseTo((1 - 1 / 3) * 100, 9);
    const order = [
      'Headlines',
      'Share of grades on or above target',
      'Groups at each collection',
      'Gaps between groups',
      'Subjects at',
      'Intervention impact',
      'Projected Attainment 8 and Progress 8 from',
      'Borderline',
      'Praise',
      'Underachieving',
    ].map((title) => rowOf(plan, title));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('a tracker with nothing to report yet', () => {
  it('says no grades are in, draws no chart, and is still a rectangular sheet', () => {
    const empty = buildReport(
      tracker(
        specs,
        body.map((row) => [...row.slice(0, 4), 5, '', '', 5, '', '']),
      ),
    );
    const sheet = reportSheetPlan(empty, { sourceSheet: 'Year 10', date: '2025-03-14', existingSheetNames: [] });
    expect(sheet.values.flat()).toContain('No grades have been entered yet.');
    expect(sheet.charts).toEqual([]);
    const width = range(sheet.range).lastColumn;
    for (const row of sheet.values) expect(row).toHaveLength(width);
    const grid = tableAt(sheet, 'Groups at each collection');
    expect(grid.body.map((row) => [shown(row[0]), row[1], row[columnIn(grid, 'Caution')]])).toEqual([
      ['RP1', 'All pupils', 'No grades entered yet'],
      ['RP2', 'All pupils', 'No grades entered yet'],
    ]);
    // The note sits in a text column, never in a number-formatted one.
    expectFormatsOnNumbersOnly(sheet);
  });

  it('copes with a tracker with no pupils at all', () => {
    const none = reportSheetPlan(buildReport(tracker(specs, [])), { sourceSheet: 'Year 10', date: '2025-03-14', existingSheetNames: [] });
    expect(tableAt(none, 'Headlines').body[0]).toEqual(['Pupils', 0]);
    expect(none.charts).toEqual([]);
  });
});
