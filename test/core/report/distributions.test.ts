/**
 * Grade distributions (issue 12): which whole grade each kind of grade counts in, the counts and the
 * DfE's cumulative shares of hand-built trackers worked by hand, All subjects pooled, a school's own
 * scale, the preview lines, and the section left out of a tracker with no grades.
 */
import { describe, expect, it } from 'vitest';
import { allBuiltInGradeLabels } from '../../../core/grades/builtInGrades';
import { defaultGradeScale } from '../../../core/grades/gradeScale';
import { SCALE_PRESETS } from '../../../core/grades/scalePresets';
import { distributionHeadlines } from '../../../core/report/distributionHeadlines';
import { gradeDistributions, type DistributionRow } from '../../../core/report/distributions';
import { GCSE_GRADES, wholeGcseGrade } from '../../../core/report/gradeBuckets';
import type { Cohort, GradeColumn } from '../../../core/report/cohort';
import type { SectionInput } from '../../../core/report/sectionInput';
import { byColumn, distributionsFor, sectionsFor } from './distributionsSupport';

const twelfths = (label: string) => defaultGradeScale.read(label) as number;
const counted = (label: string) => wholeGcseGrade(twelfths(label));

/** A row's counts as { grade: count }, leaving out zeros, so a hand count reads as it was worked. */
const countsOf = (row: DistributionRow, grades: readonly string[] = GCSE_GRADES) =>
  Object.fromEntries(row.counts.flatMap((n, g) => (n > 0 ? [[grades[g], n]] : [])));

describe('which whole grade a grade counts in', () => {
  it('counts fine grades at their own grade: 5- (4.667) is a 5, never a 4', () => {
    expect(twelfths('5-')).toBe(56); // 5 - 1/3, in twelfths
    for (let n = 1; n <= 9; n += 1) expect([`${n}+`, `${n}`, `${n}-`].map(counted)).toEqual([n, n, n]);
  });

  it('counts split and double grades at the lower grade (5/4 and 5-4 are 4.5: "5-4 meets 4"), and 5-5 as 5', () => {
    expect([twelfths('5/4'), twelfths('5-4')]).toEqual([54, 54]);
    for (let n = 9; n >= 2; n -= 1) expect([`${n}/${n - 1}`, `${n}-${n - 1}`, `${n}-${n}`].map(counted)).toEqual([n - 1, n - 1, n]);
    expect(counted('1-1')).toBe(1);
  });

  it('counts legacy letters and vocational awards at the whole grade of their DfE points, floored', () => {
    // A* 8.5 -> 8, A 7, B 5.5 -> 5, C 4, D 3, E 2, F 1.5 -> 1, G 1; L2D* ... L2P as A* ... C, L1D 3, L1M 2, L1P 1.25 -> 1.
    expect(['A*', 'A', 'B', 'C', 'D', 'E', 'F', 'G'].map(counted)).toEqual([8, 7, 5, 4, 3, 2, 1, 1]);
    expect(['L2D*', 'L2D', 'L2M', 'L2P', 'L1D', 'L1M', 'L1P'].map(counted)).toEqual([8, 7, 5, 4, 3, 2, 1]);
  });

  it('counts U as U (0), and every built-in label in the grade g whose range it is in: from g- up to below (g+1)-', () => {
    expect(counted('U')).toBe(0);
    for (const label of allBuiltInGradeLabels().filter((label) => label !== 'U')) {
      const [value, g] = [twelfths(label), counted(label)];
      expect(value >= 12 * g - 4 && (g === 9 || value < 12 * (g + 1) - 4), label).toBe(true);
    }
    // Typed decimals, in twelfths: 4.75 (57) is above 5- (56), so a 5; 4.583 (55) is below it, so a 4; 0.5 (6) is below 1- (8), so U.
    expect([wholeGcseGrade(57), wholeGcseGrade(55), wholeGcseGrade(6)]).toEqual([5, 4, 0]);
  });
});

describe('the distribution of a GCSE tracker', () => {
  const maths = ['5+', '5-', '5-4', '4-3', 'U', '', 'B', '9', '7-', '4'];
  const english = ['A*', '5/4', '1-', 'L1P', '6', '6', 'X', '3+', '2', 5];
  const distributions = distributionsFor(
    ['Maths', 'English'],
    ['RP1', 'RP2'],
    byColumn(
      maths,
      english,
      maths.map(() => ''),
      maths.map(() => ''),
    ),
  );
  const [rp1] = distributions.collections;

  it('lists only collections with a grade, and the GCSE grades and bands', () => {
    expect(distributions.scale).toBe('gcse');
    expect(distributions.grades).toEqual(['9', '8', '7', '6', '5', '4', '3', '2', '1', 'U']);
    expect(distributions.bands).toEqual(['9-7', '9-5', '9-4', '9-1']);
    // RP2's columns are all blank: nothing to count there.
    expect(distributions.collections.map((collection) => collection.collection)).toEqual(['RP1']);
    expect(rp1.rows.map((row) => [row.subject, row.allSubjects])).toEqual([
      ['Maths', false],
      ['English', false],
      ['All subjects', true],
    ]);
  });

  it('counts Maths by hand: fine grades whole, split grades down, U as U, a blank not at all', () => {
    // 5+ -> 5, 5- -> 5, 5-4 -> 4, 4-3 -> 3, U -> U, blank -> none, B (5.5) -> 5, 9 -> 9, 7- -> 7, 4 -> 4: 9 pupils with a grade.
    const row = rp1.rows[0];
    expect(row.pupils).toBe(9);
    expect(countsOf(row)).toEqual({ 9: 1, 7: 1, 5: 3, 4: 2, 3: 1, U: 1 });
    // 9-7: 9, 7- = 2; 9-5: + three 5s = 5; 9-4: + two 4s = 7; 9-1: + the 3 = 8 (U is below 1).
    expect(row.bands).toEqual([2 / 9, 5 / 9, 7 / 9, 8 / 9]);
    expect(row.shares[4]).toBe(3 / 9);
  });

  it('counts English by hand: legacy and vocational grades at their points, X as no grade', () => {
    // A* (8.5) -> 8, 5/4 -> 4, 1- -> 1, L1P (1.25) -> 1, 6, 6, X -> none, 3+ -> 3, 2, the number 5 -> 5: 9 pupils.
    const row = rp1.rows[1];
    expect(row.pupils).toBe(9);
    expect(countsOf(row)).toEqual({ 8: 1, 6: 2, 5: 1, 4: 1, 3: 1, 2: 1, 1: 2 });
    // 9-7: the 8 = 1; 9-5: + two 6s and the 5 = 4; 9-4: + the 4 = 5; 9-1: all 9 (no U).
    expect(row.bands).toEqual([1 / 9, 4 / 9, 5 / 9, 1]);
  });

  it('pools All subjects: every grade of both subjects, shares of the 18 grades', () => {
    const row = rp1.rows[2];
    // Maths + English per grade: 9: 1+0, 8: 0+1, 7: 1+0, 6: 0+2, 5: 3+1, 4: 2+1, 3: 1+1, 2: 0+1, 1: 0+2, U: 1+0.
    expect(row.pupils).toBe(18);
    expect(countsOf(row)).toEqual({ 9: 1, 8: 1, 7: 1, 6: 2, 5: 4, 4: 3, 3: 2, 2: 1, 1: 2, U: 1 });
    // 9-7: 3; 9-5: 3 + 2 + 4 = 9; 9-4: 9 + 3 = 12; 9-1: 18 - 1 U = 17.
    expect(row.bands).toEqual([3 / 18, 9 / 18, 12 / 18, 17 / 18]);
    expect(row.shares.reduce((sum, share) => sum! + share!, 0)).toBeCloseTo(1, 12);
  });

  it('keeps a subject with no grade at a graded collection as a row of 0 pupils with no shares', () => {
    const result = distributionsFor(['Maths', 'English'], ['RP1'], byColumn(['4', '7'], ['', '']));
    const english = result.collections[0].rows[1];
    expect([english.subject, english.pupils, english.counts.every((n) => n === 0)]).toEqual(['English', 0, true]);
    expect([...english.shares, ...english.bands].every((share) => share === null)).toBe(true);
    // All subjects is Maths alone: 4 and 7, so 9-7 1 of 2, 9-4 2 of 2.
    expect(result.collections[0].rows[2].bands).toEqual([1 / 2, 1 / 2, 1, 1]);
  });

  it('has no All subjects row on a one-subject tracker', () => {
    const result = distributionsFor(['Maths'], ['RP1'], byColumn(['4', '7']));
    expect(result.collections[0].rows.map((row) => row.subject)).toEqual(['Maths']);
  });
});

describe("a school's own scale", () => {
  const descriptors = SCALE_PRESETS['ks3-descriptors'].settings;

  it('counts by the labels the tracker holds, highest first, named as first typed, without GCSE bands', () => {
    // Emerging 1, Developing 2, Secure 3, Mastered 4; 'secure' is Secure; the blank is no grade.
    const result = distributionsFor(
      ['Science'],
      ['RP1'],
      byColumn(['Secure', 'secure', 'Developing', 'Mastered', '', 'Emerging', 'Secure']),
      descriptors,
    );
    expect(result.scale).toBe('own');
    expect(result.grades).toEqual(['Mastered', 'Secure', 'Developing', 'Emerging']);
    expect(result.bands).toEqual([]);
    const row = result.collections[0].rows[0];
    // Mastered 1, Secure 3, Developing 1, Emerging 1: 6 pupils.
    expect([row.pupils, row.counts, row.bands]).toEqual([6, [1, 3, 1, 1], []]);
    expect(distributionHeadlines(result)).toEqual(['Grades at RP1: most often Secure (50%).']);
  });

  it('counts a tracker holding only GCSE grades as GCSE, even when the workbook has its own scale', () => {
    const result = distributionsFor(['Maths'], ['RP1'], byColumn(['5-', '4', 7]), descriptors);
    expect(result.scale).toBe('gcse');
    // 5- -> 5, 4, 7: 9-7 1 of 3, 9-5 2 of 3, 9-4 and 9-1 3 of 3.
    expect(result.collections[0].rows[0].bands).toEqual([1 / 3, 2 / 3, 1, 1]);
  });

  it('leaves out marks out of 100, which have no grades to count', () => {
    const result = gradeDistributions(sectionsFor(['Maths'], ['RP1'], byColumn([55, 71]), SCALE_PRESETS.percentages.settings));
    expect(result).toEqual({
      ok: false,
      leftOut: { section: 'Grade distributions', because: 'marks out of 100 have no grades to count' },
    });
  });
});

describe('the preview lines', () => {
  it('gives the latest collection then the one before, all subjects pooled, at 9-4 and 9-7', () => {
    const body = byColumn([7, 4, 3, 5], [4, 2, 'U', 9], [7, 5, 4, 5], [4, 3, 1, 9], ['', '', '', ''], ['', '', '', '']);
    const result = distributionsFor(['Maths', 'English'], ['RP1', 'RP2', 'RP3'], body);
    // RP1: 9-4 is 7, 4, 5, 4, 9 = 5 of 8 grades (62.5%, shown 63%); 9-7 is 7 and 9 = 2 of 8 (25%).
    // RP2: 9-4 is 7, 5, 4, 5, 4, 9 = 6 of 8 (75%); 9-7 is 7 and 9 (25%). RP3 has no grades.
    expect(distributionHeadlines(result)).toEqual([
      'RP2, all subjects: 75% at 9-4, 25% at 9-7.',
      'RP1, all subjects: 63% at 9-4, 25% at 9-7.',
    ]);
  });
});

describe('when there is nothing to count', () => {
  it('leaves the section out of a tracker with no grades at all', () => {
    const result = gradeDistributions(sectionsFor(['Maths', 'English'], ['RP1'], byColumn(['', 'X'], ['', ''])));
    expect(result).toEqual({ ok: false, leftOut: { section: 'Grade distributions', because: 'the tracker has no grades yet' } });
  });
});

describe('speed', () => {
  it('counts 20,000 pupils x 11 subjects x 3 collections in well under a tenth of a second', () => {
    const pupils = 20_000;
    const subjects = Array.from({ length: 11 }, (_, s) => ({ key: `s${s}`, name: `Subject ${s}`, kind: 'other' }));
    const gradeColumns = ['RP1', 'RP2', 'RP3'].flatMap((collection) =>
      subjects.map((subject, s) => {
        const grades = new Float64Array(pupils);
        for (let p = 0; p < pupils; p += 1) grades[p] = ((p * 7 + s) % 28) * 4; // every fine grade from U up to 9+
        return { collection, subjectKey: subject.key, grades } as unknown as GradeColumn;
      }),
    );
    const cohort = { pupils: [], gradeColumns, collections: ['RP1', 'RP2', 'RP3'], subjects } as unknown as Cohort;
    const input = { cohort, scale: defaultGradeScale } as unknown as SectionInput;
    gradeDistributions(input); // warm up
    const started = performance.now();
    const result = gradeDistributions(input);
    const took = performance.now() - started;
    expect(result.ok && result.value.collections[2].rows[11].pupils).toBe(pupils * 11);
    expect(took).toBeLessThan(100);
  });
});
