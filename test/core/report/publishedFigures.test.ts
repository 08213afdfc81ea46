/**
 * Figures published outside the project (see ../shared/reference/README.md), rebuilt from hand-made
 * trackers: a science department's disadvantage gap closing to 1 point, and a STEM self-evaluation table.
 */
import { describe, expect, it } from 'vitest';
import { buildReport, reportHeadline, subjectMeanTable, meanTableChange } from '../../../core/report';
import { percent } from '../../../core/report/wording';
import { col, grade, target, times, tracker } from './support';

/**
 * "The share of disadvantaged pupils reaching their target grade rose to 63%. This narrowed the gap with
 * non-disadvantaged pupils to 1 percentage point, from 13 the year before." Rebuilt as one science
 * tracker, every target a 5; an on-target pupil has 5 (residual 0), any other has 4 (Below, residual -1).
 * RP1 was never entered, so RP2 is "the previous collection".
 *   RP2: disadvantaged 15 of 30 = 50%;    others 63 of 100 = 63%;  gap 13 points.
 *   RP3: disadvantaged 19 of 30 = 63.3%;  others 64 of 100 = 64%;  gap 0.67, i.e. 1 point.
 */
function scienceDepartment() {
  const specs = [col('Name', 'name'), col('Disadvantaged', 'disadvantaged'), target(), grade('RP1'), grade('RP2'), grade('RP3')];
  const pupil = (flag: string, rp2: number, rp3: number) => ['', flag, 5, '', rp2, rp3];
  const body = [
    // Disadvantaged: 15 on target at both; 4 more reach it by RP3; 11 below at both.
    ...times(15, pupil('Y', 5, 5)),
    ...times(4, pupil('Y', 4, 5)),
    ...times(11, pupil('Y', 4, 4)),
    // Others: 63 on target at both; 1 more by RP3; 36 below at both.
    ...times(63, pupil('N', 5, 5)),
    ...times(1, pupil('N', 4, 5)),
    ...times(36, pupil('N', 4, 4)),
  ].map((row, i) => [`Pupil ${i + 1}`, ...row.slice(1)]);
  return tracker(specs, body);
}

describe('a disadvantage gap narrowing from 13 points to 1', () => {
  const report = buildReport(scienceDepartment());
  const at = (collection: string) => report.byCollection.find((entry) => entry.collection === collection)!;
  const gapAt = (collection: string) => at(collection).groups.families.find((family) => family.family === 'disadvantaged')!.gap!;

  it('has 63% of disadvantaged pupils on target at RP3 against 64% for the rest', () => {
    const gap = gapAt('RP3');
    expect(gap.focus.figures.onTarget).toBeCloseTo(19 / 30, 12);
    expect(gap.rest.figures.onTarget).toBeCloseTo(64 / 100, 12);
    expect(percent(gap.focus.figures.onTarget!)).toBe('63%');
    expect(percent(gap.rest.figures.onTarget!)).toBe('64%');
    expect(gap.onTarget).toBeCloseTo(0.64 - 19 / 30, 12);
  });

  it('had a 13-point gap at RP2', () => {
    expect(gapAt('RP2').onTarget).toBeCloseTo(0.63 - 0.5, 12);
  });

  it('says so in words a governor can read', () => {
    const trend = report.trends.find((entry) => entry.family === 'disadvantaged')!;
    expect(trend.onTargetSentence).toBe('Disadvantaged gap on target narrowed from 13 to 1 points between RP2 and RP3');
    expect(trend.steps).toEqual(['Disadvantaged gap on target narrowed from 13 to 1 points between RP2 and RP3']);
    expect(trend.caution).toBeNull();
  });

  it('skips the empty RP1 rather than reading it as a gap of 0', () => {
    const trend = report.trends.find((entry) => entry.family === 'disadvantaged')!;
    expect(trend.points.map((point) => point.collection)).toEqual(['RP1', 'RP2', 'RP3']);
    expect(trend.points[0]!.gap).toBeNull();
    expect(trend.points[1]!.onTargetChange).toBeNull();
    expect(trend.points[2]!.onTargetChange).toBeCloseTo(0.64 - 19 / 30 - 0.13, 12);
    expect(report.latest).toBe('RP3');
  });

  it('finds no clear difference in mean residual at RP3, with the Welch interval worked by hand', () => {
    // Residuals: disadvantaged 19 x 0 and 11 x -1 (mean -11/30); others 64 x 0 and 36 x -1 (mean -0.36).
    // Gap = -0.36 - (-0.36667) = 0.00667 grades. Variances: (11 - 121/30)/29 = 0.24023 and (36 - 12.96)/99 = 0.23273.
    // se = sqrt(0.24023/30 + 0.23273/100) = 0.10166; df = 0.010335^2 / (0.0080077^2/29 + 0.0023273^2/99) = 47.1;
    // t(0.975, 47.1) = 2.0115 (between 2.021 at 40 and 2.009 at 50): margin 0.2045, interval -0.198 to 0.211.
    const gap = gapAt('RP3');
    expect(gap.meanResidual).toBeCloseTo(11 / 30 - 0.36, 12);
    expect(gap.interval!.df).toBeCloseTo(47.1, 1);
    expect(gap.interval!.low).toBeCloseTo(-0.198, 2);
    expect(gap.interval!.high).toBeCloseTo(0.211, 2);
    expect(gap.verdict).toBe('no clear difference');
    const trend = report.trends.find((entry) => entry.family === 'disadvantaged')!;
    expect(trend.latestResidualSentence).toBe(
      'No clear difference in mean residual between disadvantaged pupils and the rest at RP3: 0.01 grades (95% CI -0.20 to 0.21)',
    );
  });

  it('previews the headline: 130 pupils, 83 of 130 on target, the 1-point gap and its trend', () => {
    const headline = reportHeadline(report);
    expect(headline.pupils).toBe(130);
    expect(headline.onTarget).toBeCloseTo(83 / 130, 12);
    expect(headline.gap).toEqual({
      name: 'Disadvantaged gap',
      points: 1,
      sentence: 'Disadvantaged gap on target narrowed from 13 to 1 points between RP2 and RP3',
      caution: null,
    });
    expect(headline.attainment8).toBeNull();
    expect(headline.lines).toEqual([
      '130 pupils',
      '64% of grades on or above target at RP3',
      'Disadvantaged gap on target narrowed from 13 to 1 points between RP2 and RP3.',
      // The distribution lines (distributionHeadlines.ts): every grade here is a 4 or a 5, so all are 9-4 and none 9-7.
      'Grades at RP3: 100% at 9-4, 0% at 9-7.',
      'Grades at RP2: 100% at 9-4, 0% at 9-7.',
    ]);
  });
});

describe('the STEM self-evaluation table (criteria x subjects, scored 1-4)', () => {
  const subjects = ['Science', 'D&T', 'Maths', 'Computer Science', 'Engineering'];
  const start = [
    ['', ...subjects],
    ['Teaching', 3, 2, 3, 3, 2],
    ['Learning', 4, 3, 3, 3, 3],
    ['Leading', 2, 2, 3, 3, 2],
    ['Careers', 4, 4, 4, 4, 4],
  ];
  const end = [
    ['', ...subjects],
    ['Teaching', 1, 1, 1, 1, 1],
    ['Learning', 2, 1, 1, 1, 1],
    ['Leading', 1, 1, 2, 1, 1],
    ['Careers', 2, 2, 2, 2, 2],
  ];
  const means = (table: ReturnType<typeof subjectMeanTable>, part: 'subjects' | 'criteria') => table[part].map((line) => line.mean);

  it('reproduces the published subject means: 3.25, 2.75, 3.25, 3.25, 2.75 -> 1.5, 1.25, 1.5, 1.25, 1.25', () => {
    means(subjectMeanTable(start), 'subjects').forEach((mean, i) => expect(mean).toBeCloseTo([3.25, 2.75, 3.25, 3.25, 2.75][i]!, 12));
    means(subjectMeanTable(end), 'subjects').forEach((mean, i) => expect(mean).toBeCloseTo([1.5, 1.25, 1.5, 1.25, 1.25][i]!, 12));
    expect(subjectMeanTable(start).subjects.map((line) => line.name)).toEqual(subjects);
  });

  it('reproduces the criterion means: 2.6, 3.2, 2.4, 4.0 -> 1.0, 1.2, 1.2, 2.0', () => {
    means(subjectMeanTable(start), 'criteria').forEach((mean, i) => expect(mean).toBeCloseTo([2.6, 3.2, 2.4, 4.0][i]!, 12));
    means(subjectMeanTable(end), 'criteria').forEach((mean, i) => expect(mean).toBeCloseTo([1.0, 1.2, 1.2, 2.0][i]!, 12));
  });

  it('reproduces the overall 3.05 -> 1.35 over 20 cells (61/20 and 27/20)', () => {
    expect(subjectMeanTable(start).overall).toEqual({ name: 'Overall', mean: 61 / 20, count: 20 });
    expect(subjectMeanTable(end).overall.mean).toBeCloseTo(1.35, 12);
    const change = meanTableChange(subjectMeanTable(start), subjectMeanTable(end));
    expect(change.find((line) => line.name === 'Overall')!.change).toBeCloseTo(-1.7, 12);
    expect(change.find((line) => line.name === 'Science')).toEqual({ name: 'Science', before: 3.25, after: 1.5, change: -1.75 });
  });

  it('leaves blanks out of every mean and names a cell that is not a score', () => {
    const table = subjectMeanTable([
      ['', 'Art', 'Music'],
      ['Teaching', 2, ''],
      ['Learning', '4', 'good'],
      ['', '', ''],
    ]);
    expect(table.subjects).toEqual([
      { name: 'Art', mean: 3, count: 2 },
      { name: 'Music', mean: null, count: 0 },
    ]);
    expect(table.criteria).toEqual([
      { name: 'Teaching', mean: 2, count: 1 },
      { name: 'Learning', mean: 4, count: 1 },
    ]);
    expect(table.overall).toEqual({ name: 'Overall', mean: 3, count: 2 });
    expect(table.problems).toEqual(["Learning, Music: 'good' is not a score, so it is left out. Use a number such as 2."]);
  });

  it('copes with an empty range', () => {
    expect(subjectMeanTable([])).toEqual({ subjects: [], criteria: [], overall: { name: 'Overall', mean: null, count: 0 }, problems: [] });
  });
});
