/**
 * Every pupil's projected Attainment 8 and its four elements in one pass, by the same rules ATTAINMENT8
 * applies (core/attainment8/pupil.ts, with the subject read through the same table of qualifications).
 * The report needs all five measures; ATTAINMENT8 gives one a call, and with discounting and the science
 * route each call costs about 50 ms for 2,000 pupils, so five calls would blow the report's 100 ms budget.
 * Grades come from the projection, already read with the school's scale: a cell that is not a grade is
 * left out here and named in the report's warnings by the cohort.
 */
import { ELEMENTS, type Element, type Entry } from '../attainment8/attainment8';
import { pupilAttainment8 } from '../attainment8/pupil';
import { subjectColumn } from '../attainment8/qualifications';
import { fromTwelfths } from '../grades/twelfths';
import type { Cohort } from './cohort';
import { projectedGrade, type Projection } from './projection';

/** Per pupil position, in points; NaN for a pupil with no projected grades. */
export interface ProjectedPoints {
  total: Float64Array;
  elements: Record<Element, Float64Array>;
}

export function projectPoints(cohort: Cohort, projection: Projection): ProjectedPoints {
  const length = cohort.pupils.length;
  const column = () => new Float64Array(length).fill(NaN);
  const points: ProjectedPoints = {
    total: column(),
    elements: Object.fromEntries(ELEMENTS.map((element) => [element, column()])) as Record<Element, Float64Array>,
  };
  const subjects = projection.subjects.map((subject, index) => ({ subject, ...subjectColumn(subject.name, index) }));
  for (const { position } of cohort.pupils) {
    const entries: Entry[] = [];
    subjects.forEach(({ subject, name, qualification }, index) => {
      const grade = projectedGrade(subject, position);
      if (!Number.isNaN(grade)) entries.push({ column: index, name, qualification, grade });
    });
    if (entries.length === 0) continue;
    const result = pupilAttainment8(entries);
    points.total[position] = fromTwelfths(result.fill.total);
    for (const element of ELEMENTS) points.elements[element][position] = fromTwelfths(result.fill.elements[element]);
  }
  return points;
}
