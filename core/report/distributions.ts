/**
 * Grade distributions (issue 12): for every collection, how many pupils have each grade in each
 * subject, and the DfE's cumulative shares 9-7, 9-5, 9-4 and 9-1. Shares are of the pupils with a
 * grade in that subject at that collection; "All subjects" pools every subject's grades, so a pupil
 * counts once per subject graded. Which grade a value counts as is gradeBuckets.ts's rule (fine grades
 * at their own grade, split grades and point scores at the lower one); a school's own scale is
 * counted by its labels, without the GCSE bands (ownScaleGrades.ts).
 */
import { defaultGradeScale } from '../grades/gradeScale';
import type { Twelfths } from '../grades/twelfths';
import type { GradeColumn } from './cohort';
import { bandShares, countGcseGrades, GCSE_BANDS, GCSE_GRADES } from './gradeBuckets';
import { ownScaleColumns } from './ownScaleGrades';
import type { SectionInput, SectionResult } from './sectionInput';

export const DISTRIBUTIONS_SECTION = 'Grade distributions';
export const ALL_SUBJECTS = 'All subjects';

export interface DistributionRow {
  /** The subject's name as the tracker has it, or ALL_SUBJECTS. */
  subject: string;
  allSubjects: boolean;
  /** Pupils with a grade (for All subjects: grades, one per pupil per subject). */
  pupils: number;
  /** Per grade, in GradeDistributions.grades order. */
  counts: number[];
  /** counts / pupils; null with no pupils. */
  shares: (number | null)[];
  /** Per band, in GradeDistributions.bands order: the share at or above the band's lowest grade; null with no pupils. */
  bands: (number | null)[];
}

export interface CollectionDistribution {
  collection: string;
  /** The subjects with a grade column at this collection, in the tracker's order, then All subjects when the tracker has 2+. */
  rows: DistributionRow[];
}

export interface GradeDistributions {
  /** 'gcse': 9 ... 1 and U with the DfE's bands; 'own': the school's labels as the tracker holds them, highest first. */
  scale: 'gcse' | 'own';
  grades: string[];
  /** '9-7', '9-5', '9-4', '9-1' on the GCSE scale; none on a school's own. */
  bands: string[];
  /** Collections with at least one grade, in the layout's order. */
  collections: CollectionDistribution[];
}

/** Counts one column's grades into `counts` and returns how many pupils it counted: a loop over numbers, nothing allocated. */
type Counter = (grades: Float64Array, counts: number[]) => number;

const ownCounter =
  (columnOf: ReadonlyMap<Twelfths, number>): Counter =>
  (grades, counts) => {
    let pupils = 0;
    for (let p = 0; p < grades.length; p += 1) {
      const value = grades[p]!;
      if (value !== value) continue;
      counts[columnOf.get(value)!]! += 1;
      pupils += 1;
    }
    return pupils;
  };

const hasAnyGrade = (column: GradeColumn): boolean => column.grades.some((value) => value === value);

export function gradeDistributions(input: SectionInput): SectionResult<GradeDistributions> {
  const { cohort } = input;
  const leftOut = (because: string): SectionResult<GradeDistributions> => ({
    ok: false,
    leftOut: { section: DISTRIBUTIONS_SECTION, because },
  });
  const graded = new Set(cohort.gradeColumns.filter(hasAnyGrade).map((column) => column.collection));
  if (graded.size === 0) return leftOut('the tracker has no grades yet');

  const own = input.scale === defaultGradeScale ? ({ kind: 'gcse' } as const) : ownScaleColumns(cohort, input.scale);
  if (own.kind === 'none') return leftOut(own.because);
  const gcse = own.kind === 'gcse';
  const grades: string[] = gcse ? [...GCSE_GRADES] : own.labels;
  const count: Counter = gcse ? countGcseGrades : ownCounter(own.columnOf);
  const subjectOrder = new Map(cohort.subjects.map((subject, order) => [subject.key, order]));
  const pooled = cohort.subjects.length >= 2;

  const row = (subject: string, allSubjects: boolean, counts: number[], pupils: number): DistributionRow => ({
    subject,
    allSubjects,
    pupils,
    counts,
    shares: counts.map((n) => (pupils > 0 ? n / pupils : null)),
    bands: gcse ? bandShares(counts, pupils) : [],
  });

  const collections = cohort.collections.flatMap((collection): CollectionDistribution[] => {
    if (!graded.has(collection)) return [];
    const columns = cohort.gradeColumns.filter((column) => column.collection === collection);
    // One row per subject: two columns of one subject at one collection (rare) add up.
    const bySubject = new Map<string, { counts: number[]; pupils: number }>();
    for (const column of columns) {
      const tally = bySubject.get(column.subjectKey) ?? { counts: grades.map(() => 0), pupils: 0 };
      tally.pupils += count(column.grades, tally.counts);
      bySubject.set(column.subjectKey, tally);
    }
    const rows = [...bySubject]
      .sort(([a], [b]) => (subjectOrder.get(a) ?? 0) - (subjectOrder.get(b) ?? 0))
      .map(([key, tally]) => row(cohort.subjects[subjectOrder.get(key) ?? 0]?.name ?? key, false, tally.counts, tally.pupils));
    if (pooled) {
      const counts = grades.map((_, g) => rows.reduce((sum, subject) => sum + subject.counts[g]!, 0));
      const pupils = rows.reduce((sum, subject) => sum + subject.pupils, 0);
      rows.push(row(ALL_SUBJECTS, true, counts, pupils));
    }
    return [{ collection, rows }];
  });
  return { ok: true, value: { scale: own.kind, grades, bands: gcse ? GCSE_BANDS.map((band) => band.label) : [], collections } };
}
