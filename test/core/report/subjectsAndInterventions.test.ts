/**
 * Subject comparison (ranked, ties, a department a collection behind, subject groups) and intervention
 * impact (Y/N and named programmes, everyone else, chosen collections, subject-specific columns).
 * Every target is 5; the expected figures are worked out in the comments.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../core/report';
import { subjectMatches } from '../../../core/report/subjects';
import { col, grade, target, tracker, type ColumnSpec } from './support';

const SUBJECTS = ['Maths', 'Physics', 'History', 'Design & Technology', 'Art'];
const wideSpecs: ColumnSpec[] = [
  col('Name', 'name'),
  { header: 'Maths Intervention', role: 'intervention', subject: 'Maths' },
  ...SUBJECTS.flatMap((subject) => [target(subject), grade('RP1', subject), grade('RP2', subject)]),
];
//            intervention  Maths RP1/RP2   Physics       History       D&T           Art (RP2 not entered yet)
const wideBody = [
  ['P1', 'Y', ...[5, 4, 5], ...[5, 4, 6], ...[5, 4, 5], ...[5, 4, 6], ...[5, 4, '']],
  ['P2', 'Y', ...[5, 4, 5], ...[5, 4, 5], ...[5, 4, 5], ...[5, 4, 6], ...[5, 4, '']],
  ['P3', 'N', ...[5, 4, 4], ...[5, 4, 5], ...[5, 4, 4], ...[5, 4, 5], ...[5, 4, '']],
  ['P4', '', ...[5, 4, 4], ...[5, 4, 4], ...[5, 4, 4], ...[5, 4, 5], ...[5, 5, '']],
];
const wide = buildReport(tracker(wideSpecs, wideBody));

describe('subject comparison', () => {
  const rows = wide.subjectComparison!.subjects;

  it("reads each subject at its own latest collection: Art's RP2 is not in, so Art uses RP1", () => {
    expect(wide.latest).toBe('RP2');
    expect(rows.find((row) => row.subject === 'Art')).toMatchObject({ collection: 'RP1', letter: 'P' }); // Art's columns are O, P, Q;
    expect(rows.find((row) => row.subject === 'Maths')!.collection).toBe('RP2');
  });

  it('ranks by share on target; equal shares share a rank (History and Maths both 2 of 4)', () => {
    // D&T 4/4, Physics 3/4, History 2/4 and Maths 2/4 (same mean residual -0.5, so by name), Art 1/4.
    expect(rows.map((row) => [row.subject, row.rank, row.figures.onTarget])).toEqual([
      ['Design & Technology', 1, 1],
      ['Physics', 2, 0.75],
      ['History', 3, 0.5],
      ['Maths', 3, 0.5],
      ['Art', 5, 0.25],
    ]);
    expect(rows.map((row) => row.figures.meanResidual)).toEqual([0.5, 0, -0.5, -0.5, -0.75]);
  });

  it('compares STEM (maths, physics, D&T) with the rest by pooling their grades', () => {
    // STEM: 12 grades, 2 + 3 + 4 = 9 on target (0.75), residuals -2 + 0 + 2 = 0. Rest: History and Art,
    // 8 grades, 2 + 1 = 3 on target (0.375), residuals -2 - 3 = -5, mean -0.625.
    const [stem] = wide.subjectComparison!.groups;
    expect(stem).toEqual({
      name: 'STEM',
      group: { subjects: ['Design & Technology', 'Physics', 'Maths'], grades: 12, onTarget: 0.75, meanResidual: 0 },
      rest: { subjects: ['History', 'Art'], grades: 8, onTarget: 0.375, meanResidual: -0.625 },
      sentence:
        'STEM subjects: 75% on target with a mean residual of 0.00, ' +
        'against 38% on target with a mean residual of -0.63 in the other subjects.',
    });
  });

  it('takes the school’s own subject groups, and says when a group matches no subject', () => {
    const settings = {
      subjectGroups: [
        { name: 'Humanities', subjects: ['history', 'geography'] },
        { name: 'Languages', subjects: ['French'] },
      ],
    };
    const [humanities, languages] = buildReport({ ...tracker(wideSpecs, wideBody), settings }).subjectComparison!.groups;
    expect(humanities!.group).toEqual({ subjects: ['History'], grades: 4, onTarget: 0.5, meanResidual: -0.5 });
    expect(humanities!.rest.grades).toBe(16);
    expect(languages!.sentence).toBe('No subject on this tracker is in the Languages group.');
  });

  it('matches group phrases on whole words of the folded subject name', () => {
    expect(subjectMatches('Combined Science', 'science')).toBe(true);
    expect(subjectMatches('Design & Technology', 'design technology')).toBe(true);
    expect(subjectMatches('D&T', 'D&T')).toBe(true);
    expect(subjectMatches('Mathematics', 'maths')).toBe(false);
    expect(subjectMatches('Sciences', 'science')).toBe(false);
  });

  it('is not made for a one-subject sheet', () => {
    const one = buildReport(tracker([col('Name', 'name'), target(), grade('RP1')], [['A', 5, 5]]));
    expect(one.wide).toBe(false);
    expect(one.subjectComparison).toBeNull();
  });
});

describe('intervention impact', () => {
  it('limits a subject intervention column to its subject', () => {
    // Maths RP1 -> RP2: P1 +1, P2 +1 (the programme); P3 0, P4 0. Pooled over every subject it would differ.
    const [maths] = wide.interventions;
    expect(maths).toMatchObject({ column: 'Maths Intervention', letter: 'B', subject: 'Maths', from: 'RP1', to: 'RP2' });
    expect(maths!.programmes).toHaveLength(1);
    expect(maths!.programmes[0]).toMatchObject({
      programme: 'Maths Intervention',
      pupils: 2,
      meanChange: 1,
      others: { pupils: 2, meanChange: 0 },
      difference: 1,
      interval: { low: 1, high: 1, df: null },
      verdict: 'more',
      small: true,
    });
  });

  const specs = [
    col('Name', 'name'),
    col('Tutoring', 'intervention'),
    col('Intervention', 'intervention'),
    target(),
    grade('RP1'),
    grade('RP2'),
    grade('RP3'),
  ];
  // Change RP1 -> RP3 against a target of 5, in grades.
  const body = [
    ['T1', 'Y', 'Reading, Maths club', 5, 4, 5, 5], // +1
    ['T2', 'Y', 'Reading', 5, 4, 5, 5], //            +1
    ['T3', 'Y', '', 5, 4, 5, 5], //                   +1
    ['O1', 'N', 'Maths club', 5, 5, 5, 5], //         0
    ['O2', 'N', '', 5, 5, 5, 5], //                   0
    ['O3', '', 'reading', 5, '5-', 5, 5], //          +1/3
    ['O4', 'N', '', 5, 5, '5-', '5-'], //             -1/3
    ['O5', 'N', '', 5, '', 5, 5], //                  no RP1 grade: no change to measure
  ];
  const report = buildReport(tracker(specs, body));

  it('compares a Y/N programme, named by its column, with everyone else, with the interval worked by hand', () => {
    // Tutoring: 1, 1, 1 (mean 1, no spread). Everyone else: 0, 0, 1/3, -1/3 (mean 0, variance (2/9)/3 = 2/27).
    // se = sqrt(2/27 / 4) = 0.13608; df = 3 exactly (the programme adds no variance); t(0.975, 3) = 3.182;
    // margin 0.4331: interval 0.567 to 1.433.
    const tutoring = report.interventions[0]!.programmes[0]!;
    expect(tutoring).toMatchObject({
      programme: 'Tutoring',
      pupils: 3,
      meanChange: 1,
      others: { pupils: 4 },
      difference: 1,
      verdict: 'more',
    });
    expect(tutoring.others.meanChange).toBeCloseTo(0, 12);
    expect(tutoring.interval!.df).toBeCloseTo(3, 10);
    expect(tutoring.interval!.low).toBeCloseTo(0.567, 3);
    expect(tutoring.interval!.high).toBeCloseTo(1.433, 3);
    expect(tutoring.sentence).toBe(
      'Tutoring (3 pupils): mean residual rose by 1.00 grades from RP1 to RP3, ' +
        'against no change for everyone else (4 pupils): 1.00 grades more (95% CI 0.57 to 1.43). ' +
        'Fewer than 10 pupils in the programme: read with caution.',
    );
  });

  it('reads programme names from text, several to a cell, whatever the case', () => {
    // Reading: T1 +1, T2 +1, O3 +1/3 (mean 7/9) against T3 +1, O1 0, O2 0, O4 -1/3 (mean (2/3)/4 = 1/6).
    // Maths club: T1 +1, O1 0 (mean 1/2) against T2 1, T3 1, O2 0, O3 1/3, O4 -1/3 (mean 2/5).
    const [reading, club] = report.interventions[1]!.programmes;
    expect(reading!.programme).toBe('Reading');
    expect(reading!.pupils).toBe(3);
    expect(reading!.meanChange).toBeCloseTo(7 / 9, 12);
    expect(reading!.others.meanChange).toBeCloseTo(1 / 6, 12);
    expect(club!.programme).toBe('Maths club');
    expect(club!.meanChange).toBeCloseTo(0.5, 12);
    expect(club!.others).toMatchObject({ pupils: 5 });
    expect(club!.others.meanChange).toBeCloseTo(0.4, 12);
    expect(club!.difference).toBeCloseTo(0.1, 12);
  });

  it('compares the collections the school chooses, and says when a choice has no grades', () => {
    // RP2 and RP3 hold the same grades, so from RP2 nobody moved.
    const chosen = buildReport({ ...tracker(specs, body), settings: { interventionFrom: 'rp2' } });
    const tutoring = chosen.interventions[0]!.programmes[0]!;
    expect(chosen.interventions[0]).toMatchObject({ from: 'RP2', to: 'RP3' });
    expect(tutoring.meanChange).toBe(0);
    expect(tutoring.sentence).toMatch(
      /^Tutoring \(3 pupils\): mean residual did not change from RP2 to RP3, against no change for everyone else \(5 pupils\)/,
    );
    const unknown = buildReport({ ...tracker(specs, body), settings: { interventionTo: 'RP9' } });
    expect(unknown.interventions[0]).toMatchObject({ from: 'RP1', to: 'RP3' });
    expect(unknown.warnings).toContain(
      "The intervention ending collection 'RP9' has no grades on this tracker, so RP3 is used: choose one of RP1, RP2, RP3.",
    );
  });

  it('needs two collections with grades', () => {
    const single = buildReport(
      tracker(
        specs.slice(0, 5),
        body.map((row) => row.slice(0, 5)),
      ),
    );
    expect(single.interventions).toEqual([]);
    expect(single.warnings).toContain('Intervention impact needs grades at two different collections.');
  });
});
