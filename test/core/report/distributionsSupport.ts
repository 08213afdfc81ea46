/** Grade distributions of hand-built trackers (support.ts), for the report and report-sheet tests. */
import type { GradeSettingsInput } from '../../../core/grades/gradeSettings';
import { prepareSections } from '../../../core/report/buildReport';
import { gradeDistributions, type GradeDistributions } from '../../../core/report/distributions';
import type { SectionInput } from '../../../core/report/sectionInput';
import { col, grade, tracker } from './support';

/** A tracker with a name column, then one grade column per subject and collection; each body row is [name, ...grades in that order]. */
export function sectionsFor(
  subjects: readonly string[],
  collections: readonly string[],
  body: readonly unknown[][],
  gradeSettings?: GradeSettingsInput,
): SectionInput {
  const specs = [col('Name', 'name'), ...collections.flatMap((collection) => subjects.map((subject) => grade(collection, subject)))];
  return prepareSections({ ...tracker(specs, body), gradeSettings });
}

/** The distributions, failing the test when the section was left out. */
export function distributionsFor(...args: Parameters<typeof sectionsFor>): GradeDistributions {
  const result = gradeDistributions(sectionsFor(...args));
  if (!result.ok) throw new Error(`left out: ${result.leftOut.because}`);
  return result.value;
}

/** Rows [name, g1, g2, ...] from columns of grades (one array per grade column), named P1, P2, ... */
export const byColumn = (...columns: readonly (readonly unknown[])[]): unknown[][] =>
  columns[0]!.map((_, p) => [`P${p + 1}`, ...columns.map((column) => column[p])]);
