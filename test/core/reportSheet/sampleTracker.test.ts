/**
 * The report sheet for the synthetic school's wide Year 11 tracker, detected as a user would, and the
 * proof that what a host must do does not grow with pupils: a 200-pupil and a 2,000-pupil tracker
 * give the same number of format ranges, bold ranges, column widths and chart.
 */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../core/layout';
import { buildReport, reportHeadline } from '../../../core/report';
import { reportSheetPlan, type ReportSheetPlan } from '../../../core/reportSheet';
import { generateSchool, sampleTrackerSheet, sampleWideTrackerSheet } from '../../../core/sample';
import { shownRows } from '../workbook/shown';
import { columnIn, expectFormatsOnNumbersOnly, formatRangeCount, formatsAt, range, rowOf, tableAt } from './support';

function planFor(pupilsPerYear: number): { plan: ReportSheetPlan; report: ReturnType<typeof buildReport> } {
  const school = generateSchool({ years: [11], pupilsPerYear });
  const sheet = sampleWideTrackerSheet(school, { year: 11 });
  const report = buildReport({ layout: detectLayout(sheet.slice(0, 15)), rows: sheet });
  return {
    report,
    plan: reportSheetPlan(report, {
      sourceSheet: 'Year 11',
      date: '2025-03-14',
      existingSheetNames: ['Year 11', 'Report Year 11 2025-03-14'],
    }),
  };
}

const { plan, report } = planFor(180);

describe('the report sheet for the sample Year 11 tracker', () => {
  it('is named uniquely beside an earlier report of the same day', () => {
    expect(plan.sheetName).toBe('Report Year 11 2025-03-14 (2)');
  });

  it('is rectangular, every number formatted and no text', () => {
    expectFormatsOnNumbersOnly(plan);
    const width = range(plan.range).lastColumn;
    expect(plan.values).toHaveLength(range(plan.range).lastRow);
    for (const row of plan.values) expect(row).toHaveLength(width);
    expect(plan.columnWidths.map((entry) => entry.column)).toEqual(Array.from({ length: width }, (_, c) => String.fromCharCode(65 + c)));
  });

  it('shows the same headline figures as the panel preview', () => {
    const headline = reportHeadline(report);
    const headlines = tableAt(plan, 'Headlines');
    expect(headlines.body[0]).toEqual(['Pupils', headline.pupils]);
    expect(headlines.body[1]).toEqual(['Grades on or above target at RP3', headline.onTarget]);
    expect(plan.values.flat()).toContain(`${headline.gap!.sentence}.`);
    const a8 = headlines.body.find((row) => String(row[0]).startsWith('Projected Attainment 8'))!;
    expect(a8[1]).toBe(headline.attainment8);
    expect(formatsAt(plan, headlines.headerRow + 1 + headlines.body.indexOf(a8), 2)).toEqual(['0.0']);
  });

  it('has every section the wide tracker allows, the subject table ranked', () => {
    for (const title of [
      'DfE headline measures',
      'Groups at each collection',
      'Gaps between groups',
      'How the gaps changed',
      'Subjects at',
      'Subject groups',
      'Intervention impact',
      'Projected Attainment 8 and Progress 8 from',
      'Borderline',
      'Praise',
      'Underachieving',
    ]) {
      expect(rowOf(plan, title)).toBeGreaterThan(0);
    }
    const subjects = tableAt(plan, 'Subjects at');
    const [rank, share] = [columnIn(subjects, 'Rank'), columnIn(subjects, 'On or above target')];
    expect(subjects.body).toHaveLength(report.subjects.length);
    for (let i = 1; i < subjects.body.length; i += 1) {
      expect(subjects.body[i]![rank] as number).toBeGreaterThanOrEqual(subjects.body[i - 1]![rank] as number);
      expect(subjects.body[i]![share] as number).toBeLessThanOrEqual(subjects.body[i - 1]![share] as number);
    }
  });

  it("charts the report's own PP and not-PP shares from its chart table", () => {
    const chart = plan.charts[0]!;
    const data = range(chart.dataRange);
    // Collections are tracker text: the plan writes them after the apostrophe that keeps them text.
    const rows = shownRows(plan.values.slice(data.firstRow, data.lastRow).map((row) => row.slice(data.firstColumn - 1, data.lastColumn)));
    const expected = report.byCollection.map((collection) => {
      const pp = collection.groups.families.find((family) => family.family === 'pp')!;
      return [collection.collection, pp.groups[0]!.figures.onTarget, pp.groups[1]!.figures.onTarget];
    });
    expect(rows).toEqual(expected);
    expect(chart.title).toMatch(/PP/);
    expect(chart.anchor.column).toBeGreaterThan(range(plan.range).lastColumn);
  });

  it('writes every gap with its interval and the "no clear difference" wording where the interval spans 0', () => {
    const gaps = tableAt(plan, 'Gaps between groups');
    const [low, high, reading] = [columnIn(gaps, '95% CI low'), columnIn(gaps, '95% CI high'), columnIn(gaps, 'Reading')];
    expect(gaps.body.length).toBeGreaterThan(0);
    for (const row of gaps.body) {
      const spansZero = (row[low] as number) <= 0 && (row[high] as number) >= 0;
      expect(row[reading] === 'No clear difference', String(row)).toBe(spansZero);
    }
  });
});

describe('host work that does not grow with pupils', () => {
  it('has the same format ranges, bold ranges, widths and chart for 200 and 2,000 pupils', () => {
    const small = planFor(200).plan;
    const large = planFor(2000).plan;
    expect(large.values.length).toBeGreaterThan(small.values.length); // the pupil lists are longer...
    expect(formatRangeCount(large)).toBe(formatRangeCount(small)); // ...but each is still one range per format
    expect(large.numberFormats.map((entry) => entry.format)).toEqual(small.numberFormats.map((entry) => entry.format));
    expect(large.boldRanges).toHaveLength(small.boldRanges.length);
    expect(large.columnWidths).toEqual(small.columnWidths);
    expect(large.charts[0]!.dataRange).toBe(small.charts[0]!.dataRange);
  }, 60_000);
});

describe('a one-subject tracker', () => {
  it('leaves out what needs several subjects, and still writes its groups and chart', () => {
    const school = generateSchool({ years: [9], pupilsPerYear: 60 });
    const sheet = sampleTrackerSheet(school, { year: 9, subject: 'Maths' });
    const single = reportSheetPlan(buildReport({ layout: detectLayout(sheet.slice(0, 15)), rows: sheet }), {
      sourceSheet: 'Y9 Maths',
      date: '2025-03-14',
      existingSheetNames: [],
    });
    const firstCells = single.values.map((row) => String(row[0]));
    for (const absent of ['DfE headline measures', 'Subjects at', 'Projected Attainment 8 and Progress 8'])
      expect(
        firstCells.some((text) => text.startsWith(absent)),
        absent,
      ).toBe(false);
    expect(rowOf(single, 'Groups at each collection')).toBeGreaterThan(0);
    expect(single.charts[0]!.series).toEqual(['PP', 'Not PP']);
  });
});
