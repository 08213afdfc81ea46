/**
 * What every report section past the gap tables is worked out from: the cohort read once, every
 * grade column compared with its target once, the projection, the settings and the grade scale. A
 * section returns its figures, or why it was left out, in words for the one line at the top of the
 * report sheet that lists what was left out ("Classes and teachers: the tracker has no class or teacher column").
 */
import type { GradeScale } from '../grades/gradeScale';
import type { Cohort } from './cohort';
import type { CollectionFigures } from './collectionFigures';
import type { Comparison } from './columns';
import type { FamilyDefinition } from './groups';
import type { Projection } from './projection';
import type { ReportSettings } from './settings';

export interface SectionInput {
  cohort: Cohort;
  /** One per cohort grade column, in the same order (comparisons[i].column === cohort.gradeColumns[i]). */
  comparisons: readonly Comparison[];
  projection: Projection;
  settings: ReportSettings;
  scale: GradeScale;
  /** The group families this tracker has (a flag column, or prior attainment). */
  families: readonly FamilyDefinition[];
  /** Every pupil's figures at a collection, all subjects together: read once per collection, however many sections ask. */
  atCollection: (collection: string) => CollectionFigures;
}

/**
 * A section the tracker cannot support: its title and why, e.g.
 * { section: 'Prediction accuracy', because: 'the tracker has no result or mock column' }.
 */
export interface LeftOut {
  section: string;
  because: string;
}

export type SectionResult<T> = { ok: true; value: T } | { ok: false; leftOut: LeftOut };
