/**
 * Each pupil's projected grade in each subject: the latest collection's grade, which A8, the headline
 * measures and the pupil lists all read, so they always agree with each other.
 */
import type { SubjectKind } from '../attainment8/subjects';
import type { Cohort, GradeColumn } from './cohort';

export interface ProjectedSubject {
  key: string;
  name: string;
  kind: SubjectKind;
  /** The column the subject's projection comes from (its latest collection with any grade). */
  main: GradeColumn;
  /** Per pupil, the grade column used (main, or an earlier one carried forward), or null. */
  source: (GradeColumn | null)[];
}

export interface Projection {
  /** The latest collection with any grade, or null when the tracker has no grades yet. */
  collection: string | null;
  subjects: ProjectedSubject[];
}

const hasAnyGrade = (column: GradeColumn) => column.grades.some((value) => !Number.isNaN(value));

/** The last collection, in the layout's order, that holds at least one grade. */
export function latestCollection(cohort: Cohort): string | null {
  const graded = new Set(cohort.gradeColumns.filter(hasAnyGrade).map((column) => column.collection));
  return [...cohort.collections].reverse().find((collection) => graded.has(collection)) ?? null;
}

export function project(cohort: Cohort, carryForward: boolean): Projection {
  const collection = latestCollection(cohort);
  const order = new Map(cohort.collections.map((name, i) => [name, i]));
  const subjects: ProjectedSubject[] = [];
  for (const subject of cohort.subjects) {
    // A subject's columns in collection order; a department that has not entered the latest collection yet uses its own latest.
    const columns = cohort.gradeColumns
      .filter((column) => column.subjectKey === subject.key)
      .sort((a, b) => order.get(a.collection)! - order.get(b.collection)!);
    const graded = columns.filter(hasAnyGrade);
    const main = graded.find((column) => column.collection === collection) ?? graded[graded.length - 1];
    if (!main) continue;
    const earlier = carryForward ? columns.slice(0, columns.indexOf(main)).reverse() : [];
    const source = cohort.pupils.map(({ position }) => {
      if (!Number.isNaN(main.grades[position]!)) return main;
      return earlier.find((column) => !Number.isNaN(column.grades[position]!)) ?? null;
    });
    subjects.push({ ...subject, main, source });
  }
  return { collection, subjects };
}

/** A pupil's projected grade in twelfths, or NaN. */
export const projectedGrade = (subject: ProjectedSubject, position: number): number => subject.source[position]?.grades[position] ?? NaN;
