/**
 * A distribution's columns when the school has set its own grade scale. The scale is known to the
 * report only as a reader (GradeScale.read), not as its list of labels, so the columns are the
 * distinct values the tracker holds, highest first, each named by the first cell that holds it as
 * typed ("Secure", "6a"). A tracker on such a scale that holds only built-in GCSE grades (a Year 11
 * sheet in a workbook whose KS3 sheets use descriptors) is counted as GCSE, with the DfE's bands.
 */
import { isBuiltInGradeText } from '../grades/builtInReading';
import type { GradeScale } from '../grades/gradeScale';
import { foldLabel } from '../grades/gradeSettings';
import type { Twelfths } from '../grades/twelfths';
import type { Cohort } from './cohort';

/** More columns than this is not a distribution anyone reads across (and a sheet row that wide is no table). */
export const MOST_OWN_GRADES = 20;

export type OwnScaleColumns =
  { kind: 'gcse' } | { kind: 'own'; labels: string[]; columnOf: ReadonlyMap<Twelfths, number> } | { kind: 'none'; because: string };

const cellText = (value: unknown): string => (typeof value === 'string' ? value.trim() : String(value));

export function ownScaleColumns(cohort: Cohort, scale: GradeScale): OwnScaleColumns {
  // Marks: a plain 50 is a grade only on a percentage scale.
  if (typeof scale.read(50) === 'number') return { kind: 'none', because: 'marks out of 100 have no grades to count' };
  const firstText = new Map<Twelfths, string>();
  for (const column of cohort.gradeColumns) {
    const { grades } = column;
    let last = NaN;
    for (let p = 0; p < grades.length; p += 1) {
      const value = grades[p]!;
      if (value !== value || value === last) continue;
      last = value;
      if (!firstText.has(value)) firstText.set(value, cellText(cohort.cell(cohort.pupils[p]!, column.index)));
    }
  }
  const texts = [...firstText.values()];
  const builtIn = (text: string) => isBuiltInGradeText(foldLabel(text));
  if (texts.every(builtIn)) return { kind: 'gcse' };
  if (firstText.size > MOST_OWN_GRADES) {
    return {
      kind: 'none',
      because: `the tracker holds ${firstText.size} different grades, more than ${MOST_OWN_GRADES} to count one by one`,
    };
  }
  const values = [...firstText.keys()].sort((a, b) => b - a);
  return {
    kind: 'own',
    labels: values.map((value) => firstText.get(value)!),
    columnOf: new Map(values.map((value, column) => [value, column])),
  };
}
