/**
 * The gap and progress report for one tracker: a pure function of the detected layout and the sheet's
 * values. The hosts only write what this returns.
 */
import { createGradeScale, defaultGradeScale } from '../grades/gradeScale';
import type { GradeSettingsInput } from '../grades/gradeSettings';
import type { Layout } from '../layout/schema';
import { createFunctions, functions } from '../functions';
import { projectAttainment, leadingGapFamily, type ProjectedAttainment } from './attainment';
import { readCohort, type SheetOrigin } from './cohort';
import { collectionFiguresOf } from './collectionFigures';
import type { LeftOut, SectionInput, SectionResult } from './sectionInput';
import { predictionAccuracy, type AccuracyReport } from './accuracy';
import { classesReport, type ClassesReport } from './classes';
import { attendanceSentence, combinedGroupsReport, type CombinedGroupsReport } from './combinedGroups';
import { measureNotes } from './measureNotes';
import { gradeDistributions, type GradeDistributions } from './distributions';
import { collectionReport, columnReport, compareColumn, type CollectionReport, type ColumnReport } from './columns';
import { FAMILIES, type FamilyId } from './groups';
import { headlineMeasures, type HeadlineMeasures } from './dfeHeadlineMeasures';
import { chooseCollections, interventionImpact, type InterventionImpact } from './intervention';
import { pupilLists, type PupilLists } from './lists';
import { latestCollection, project } from './projection';
import { checkReportSettings, type ReportSettings, type ReportSettingsInput } from './settings';
import { compareSubjects, type SubjectComparison } from './subjects';
import { gapTrend, type GapTrend } from './trends';

export interface BuildReportInput {
  layout: Layout;
  /** The sheet's values as a host reads them, from row 1 and column A unless `origin` says otherwise. */
  rows: readonly unknown[][];
  settings?: ReportSettingsInput;
  /** The school's own grade labels, as for the spreadsheet functions. */
  gradeSettings?: GradeSettingsInput;
  origin?: SheetOrigin;
}

export interface Report {
  pupils: number;
  /** Two or more subjects: the subject table, A8/P8 and headline measures apply. */
  wide: boolean;
  subjects: string[];
  /**
   * Collections with grade columns, in the layout's order (including any not yet filled in). A collection
   * one subject repeats is listed once per column, labelled by column ("RP1 (column F)"), and named in `warnings`.
   */
  collections: string[];
  /** The latest collection with any grade. */
  latest: string | null;
  /** The groups this tracker can report on (its flag columns, and prior attainment from a band or KS2). */
  families: FamilyId[];
  /** The family the headline gap is about: PP, else disadvantaged. */
  leadingFamily: FamilyId | null;
  /** Every grade column that has a target, in sheet order. */
  byColumn: ColumnReport[];
  /** Every collection, all subjects pooled. */
  byCollection: CollectionReport[];
  /** One per group family with a gap (all but prior attainment). */
  trends: GapTrend[];
  subjectComparison: SubjectComparison | null;
  interventions: InterventionImpact[];
  attainment: ProjectedAttainment | null;
  headlines: HeadlineMeasures | null;
  lists: PupilLists;
  /** Every class and teacher at each collection (issue 12); null when left out. */
  classes: ClassesReport | null;
  /** Grade distributions per subject and collection; null when left out. */
  distributions: GradeDistributions | null;
  /** Earlier predictions against the result or a later mock; null when left out. */
  accuracy: AccuracyReport | null;
  /** The report settings' combined groups, each against everyone else; null when none is set or none can be read. */
  combinedGroups: CombinedGroupsReport | null;
  /** "Pupils at or below 90% attendance are 0.8 grades further below target ...", where the data support it. */
  attendanceSentence: string | null;
  /** The sections this tracker cannot support, and why: the one line at the top of the report sheet. */
  leftOut: LeftOut[];
  settings: ReportSettings;
  /** Things the data manager should fix or know, in plain words. */
  warnings: string[];
}

/** A section's figures, with its reason noted when it is left out. */
function kept<T>(result: SectionResult<T>, leftOut: LeftOut[]): T | null {
  if (result.ok) return result.value;
  leftOut.push(result.leftOut);
  return null;
}

/**
 * Reads and compares the tracker once, for every section. Settings are checked by the panel first,
 * so reaching here with bad ones is a bug.
 */
export function prepareSections(input: BuildReportInput): SectionInput {
  const checked = checkReportSettings(input.settings);
  if (!checked.ok) throw new Error(`Report settings: ${checked.message}`);
  const { settings } = checked;
  const scale = input.gradeSettings ? createGradeScale(input.gradeSettings) : defaultGradeScale;
  const cohort = readCohort(input.layout, input.rows, settings, scale, input.origin);
  const families = FAMILIES.filter((family) => cohort.pupils.some((pupil) => pupil.groups[family.id] !== undefined));
  const comparisons = cohort.gradeColumns.map((column) => compareColumn(column, settings.tolerance, scale.step));
  const projection = project(cohort, settings.carryForward);
  return { cohort, comparisons, projection, settings, scale, families, atCollection: collectionFiguresOf(cohort, comparisons) };
}

export function buildReport(input: BuildReportInput): Report {
  const sections = prepareSections(input);
  const { cohort, comparisons, projection, settings, families } = sections;
  const library = input.gradeSettings ? createFunctions(input.gradeSettings) : functions;
  const { layout } = input;
  // The attendance cut-offs and the attendance and effort columns used are stated whether or not a group uses them.
  const warnings = [...cohort.warnings, ...measureNotes(cohort, settings)];
  const byCollection = cohort.collections.map((collection) => collectionReport(collection, comparisons, cohort, families));
  const leadingFamily = leadingGapFamily(cohort);
  const attainment = projectAttainment(cohort, projection, library, settings, warnings);

  const graded = cohort.collections.filter(
    (collection) => byCollection.find((report) => report.collection === collection)!.groups.all.pupils > 0,
  );
  const interventionColumns = layout.columns.filter((column) => column.role === 'intervention');
  const span =
    interventionColumns.length > 0 ? chooseCollections(graded, settings.interventionFrom, settings.interventionTo, warnings) : null;
  if (interventionColumns.length > 0 && span === null) warnings.push('Intervention impact needs grades at two different collections.');

  const leftOut: LeftOut[] = [];
  return {
    pupils: cohort.pupils.length,
    wide: cohort.subjects.filter((subject) => subject.key !== '').length >= 2,
    subjects: cohort.subjects.map((subject) => subject.name),
    collections: cohort.collections,
    latest: latestCollection(cohort),
    families: families.map((family) => family.id),
    leadingFamily,
    byColumn: comparisons
      .filter((comparison) => comparison.column.target !== null)
      .map((comparison) => columnReport(comparison, cohort, families)),
    byCollection,
    trends: families.flatMap((family) => gapTrend(family.id, byCollection) ?? []),
    subjectComparison: compareSubjects(cohort, projection, comparisons, settings),
    interventions: span ? interventionImpact(cohort, comparisons, interventionColumns, span) : [],
    attainment: attainment?.summary ?? null,
    headlines: headlineMeasures(cohort, projection, attainment?.points ?? null, attainment?.progress8 ?? null, leadingFamily),
    lists: pupilLists(cohort, projection, settings),
    classes: kept(classesReport(sections), leftOut),
    distributions: kept(gradeDistributions(sections), leftOut),
    accuracy: kept(predictionAccuracy(sections), leftOut),
    combinedGroups: kept(combinedGroupsReport(sections), leftOut),
    attendanceSentence: attendanceSentence(sections),
    leftOut,
    settings,
    warnings,
  };
}
