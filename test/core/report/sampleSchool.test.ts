/**
 * The report over the synthetic school's wide Year 11 tracker, detected as a user would. Nothing here is
 * copied from the report's output: figures are checked for internal consistency, against the core's own
 * spreadsheet functions (ON_TRACK, RESIDUAL, PP_GAP) run on the same columns, and against the effects the
 * generator builds in (core/sample/grades.ts: PP pupils start 0.55 grades further below target at RP1 and
 * close to 0.15 by RP3; tutoring adds 0.55 grades between RP1 and RP3 in maths and English).
 */
import { describe, expect, it } from 'vitest';
import { defaultGradeScale, functions, isCellError } from '../../../core';
import { detectLayout } from '../../../core/layout';
import { buildReport, reportHeadline, type Figures, type GroupTable } from '../../../core/report';
import { borderlineThreshold } from '../../../core/report/lists';
import { generateSchool, sampleTrackerSheet, sampleWideTrackerSheet } from '../../../core/sample';

const school = generateSchool({ years: [11] });
const year = school.yearGroups[0]!;
const sheet = sampleWideTrackerSheet(school, { year: 11 });
const layout = detectLayout(sheet.slice(0, 15));
const report = buildReport({ layout, rows: sheet });

const body = sheet.slice(layout.dataStartRow!);
const letterIndex = new Map(layout.columns.map((column) => [column.letter, column.index]));
const columnOf = (letter: string) => body.map((row) => [row[letterIndex.get(letter)!]]);
const ppColumn = columnOf(layout.columns.find((column) => column.role === 'pp')!.letter);
const everyTable = (): GroupTable[] => [
  ...report.byColumn.map((entry) => entry.groups),
  ...report.byCollection.map((entry) => entry.groups),
];
const everyFigures = (table: GroupTable): Figures[] => [
  table.all,
  ...table.families.flatMap((family) => family.groups.map((group) => group.figures)),
];

describe('the synthetic Year 11 wide tracker', () => {
  it('reads every pupil, subject and collection, with nothing to warn about', () => {
    expect(report.pupils).toBe(year.pupils.length);
    expect(report.subjects).toEqual(year.subjects.map((subject) => subject.name));
    expect(report.collections).toEqual(['RP1', 'RP2', 'RP3']);
    expect(report.byColumn).toHaveLength(year.subjects.length * 3);
    expect(report.families).toEqual(['pp', 'disadvantaged', 'fsm', 'send', 'eal', 'gender', 'prior']);
    expect(report.warnings).toEqual([]);
  });

  it('has counts that add up and shares between 0 and 1 for every column, collection and group', () => {
    for (const table of everyTable()) {
      for (const figures of everyFigures(table)) {
        const { Above, On, Below } = figures.counts;
        expect(Above + On + Below + figures.counts['Well below']).toBe(figures.compared);
        expect(figures.pupils).toBeLessThanOrEqual(table.all.pupils);
        if (figures.shares === null) continue;
        const shares = Object.values(figures.shares);
        for (const share of shares) expect(share).toBeGreaterThanOrEqual(0);
        expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
        expect(figures.onTarget).toBeCloseTo(figures.shares.Above + figures.shares.On, 12);
      }
      // Every flag in the sample is Y/N and every gender F/M, so each pair of groups covers everyone graded.
      for (const family of table.families.filter((entry) => entry.gap)) {
        expect(family.groups[0]!.figures.pupils + family.groups[1]!.figures.pupils).toBe(table.all.pupils);
        expect(family.groups[0]!.figures.compared + family.groups[1]!.figures.compared).toBe(table.all.compared);
      }
      // Prior attainment covers everyone graded except pupils with no KS2 at all.
      const prior = table.families.find((family) => family.family === 'prior')!;
      const banded = prior.groups.reduce((total, group) => total + group.figures.pupils, 0);
      expect(banded).toBeLessThanOrEqual(table.all.pupils);
      expect(banded).toBeGreaterThanOrEqual(
        table.all.pupils - year.pupils.filter((pupil) => pupil.ks2Reading === null && pupil.ks2Maths === null).length,
      );
    }
  });

  it('agrees with ON_TRACK, RESIDUAL and PP_GAP run on each column', () => {
    for (const column of report.byColumn) {
      const grades = columnOf(column.letter);
      const targets = columnOf(column.targetLetter!);
      const statuses = (functions.ON_TRACK(grades, targets) as unknown[][]).map(([status]) => status);
      const residuals = (functions.RESIDUAL(grades, targets) as unknown[][])
        .map(([value]) => value)
        .filter((value): value is number => typeof value === 'number');
      const count = (status: string) => statuses.filter((value) => value === status).length;
      expect(column.groups.all.counts).toEqual({
        Above: count('Above'),
        On: count('On'),
        Below: count('Below'),
        'Well below': count('Well below'),
      });
      expect(column.groups.all.meanResidual).toBeCloseTo(residuals.reduce((a, b) => a + b, 0) / residuals.length, 10);
      const ppGap = functions.PP_GAP(functions.ON_TRACK(grades, targets), ppColumn, 'on_target');
      const reported = column.groups.families.find((family) => family.family === 'pp')!.gap!.onTarget;
      if (isCellError(ppGap)) expect(reported).toBeNull();
      else expect(reported).toBeCloseTo(ppGap as number, 12);
    }
  });

  it('pools a collection as PP_GAP pools several columns', () => {
    for (const collection of report.byCollection) {
      const columns = report.byColumn.filter((column) => column.collection === collection.collection);
      const statusColumns = columns.map(
        (column) => functions.ON_TRACK(columnOf(column.letter), columnOf(column.targetLetter!)) as unknown[][],
      );
      const pooled = body.map((_, row) => statusColumns.map((statuses) => statuses[row]![0]));
      const expected = functions.PP_GAP(pooled, ppColumn, 'on_target') as number;
      expect(collection.groups.families.find((family) => family.family === 'pp')!.gap!.onTarget).toBeCloseTo(expected, 12);
    }
  });

  it("shows the generator's PP gap: PP pupils clearly behind at RP1, and the gap narrower by RP3", () => {
    const trend = report.trends.find((entry) => entry.family === 'pp')!;
    const [rp1, , rp3] = trend.points.map((point) => point.gap!);
    expect(rp1!.meanResidual).toBeGreaterThan(0);
    expect(rp1!.onTarget).toBeGreaterThan(0);
    expect(rp1!.verdict).toBe('behind');
    expect(rp1!.interval!.low).toBeGreaterThan(0);
    expect(rp3!.meanResidual).toBeLessThan(rp1!.meanResidual!);
    expect(trend.onTargetSentence).toMatch(
      /^(PP gap on target narrowed from \d+ to \d+ points|PP pupils went from \d+ points behind to \d+ points ahead on target) between RP1 and RP3$/,
    );
  });

  it('shows tutored pupils moving further than everyone else between RP1 and RP3', () => {
    const tutoring = report.interventions[0]!.programmes.find((programme) => programme.programme === 'Tutoring')!;
    expect(report.interventions[0]).toMatchObject({ column: 'Intervention', from: 'RP1', to: 'RP3' });
    // A pupil with no KS2 has no targets, so no residuals and no change to measure.
    expect(tutoring.pupils).toBe(
      year.pupils.filter((pupil) => pupil.intervention === 'Tutoring' && (pupil.ks2Reading !== null || pupil.ks2Maths !== null)).length,
    );
    expect(tutoring.difference).toBeGreaterThan(0);
  });

  it('projects A8 for every pupil and P8 for every pupil with KS2, and shows the same in the headline measures', () => {
    const withKs2 = year.pupils.filter((pupil) => pupil.ks2Reading !== null || pupil.ks2Maths !== null).length;
    const attainment = report.attainment!;
    expect(attainment.collection).toBe('RP3');
    expect(attainment.attainment8.pupils).toBe(year.pupils.length);
    expect(attainment.progress8!.pupils).toBe(withKs2);
    expect(attainment.attainment8.mean).toBeGreaterThan(0);
    expect(attainment.attainment8.mean).toBeLessThan(90);
    const [all, pp, notPp] = report.headlines!.rows;
    expect(all!.averageAttainment8).toBeCloseTo(attainment.attainment8.mean!, 10);
    expect(pp!.pupils + notPp!.pupils).toBe(all!.pupils);
    expect(all!.englishMaths5!).toBeLessThanOrEqual(all!.englishMaths4!);
    for (const share of [all!.englishMaths4, all!.englishMaths5, all!.ebaccEntry]) {
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(1);
    }
    // PP pupils start lower (KS2 and grades), so their projected A8 is lower, as nationally.
    expect(attainment.gap!.attainment8.difference).toBeGreaterThan(0);
  });

  it('lists only pupils who meet each list rule', () => {
    for (const { items } of report.lists.borderline) {
      for (const item of items) expect(borderlineThreshold(defaultGradeScale.read(item.grade) as number)).toBe(item.threshold);
    }
    const counts = report.lists.praise.map((entry) => entry.subjects.length);
    expect(counts.every((count) => count >= 3)).toBe(true);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    for (const entry of [...report.lists.praise, ...report.lists.underachieving]) expect(entry.pupil.upn).toMatch(/^X00011/);
  });

  it('ranks the 13 subjects and splits STEM from the rest by the default phrases', () => {
    const comparison = report.subjectComparison!;
    expect(comparison.subjects).toHaveLength(13);
    const ranks = comparison.subjects.map((row) => row.rank!);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    const [stem] = comparison.groups;
    expect(new Set(stem!.group.subjects)).toEqual(new Set(['Maths', 'Combined Science', 'Computer Science', 'Design & Technology']));
    expect(stem!.group.grades + stem!.rest.grades).toBe(comparison.subjects.reduce((total, row) => total + row.figures.compared, 0));
  });

  it('previews pupils, the share on target at RP3, the PP trend and the projections', () => {
    const headline = reportHeadline(report);
    expect(headline.pupils).toBe(year.pupils.length);
    expect(headline.collection).toBe('RP3');
    expect(headline.onTarget).toBe(report.byCollection[2]!.groups.all.onTarget);
    expect(headline.gap!.sentence).toBe(report.trends.find((entry) => entry.family === 'pp')!.onTargetSentence);
    expect(headline.lines.length).toBeGreaterThanOrEqual(5);
  });
});

describe('a one-subject sample tracker', () => {
  it('reports the pupils who take the subject, one column per collection', () => {
    const frenchSheet = sampleTrackerSheet(school, { year: 11, subject: 'French' });
    const french = buildReport({ layout: detectLayout(frenchSheet.slice(0, 15)), rows: frenchSheet });
    expect(french.pupils).toBe(year.pupils.filter((pupil) => pupil.subjects.French).length);
    expect(french.wide).toBe(false);
    expect(french.byColumn.map((column) => column.collection)).toEqual(['RP1', 'RP2', 'RP3']);
    expect(french.attainment).toBeNull();
  });
});
