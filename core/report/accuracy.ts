/**
 * Prediction accuracy: each subject's earlier grades (predictions, working-at grades, or grades whose heading does not
 * say) checked, pupil by pupil, against the grade they were trying to foresee: the subject's result column, else its
 * latest mock when a prediction came before it. By subject and collection, and by class and teacher inside them.
 */
import type { GradeKind } from '../layout/roles';
import { AccuracyTally, TalliesByName, type AccuracyFigures } from './accuracyTally';
import type { Cohort, GradeColumn } from './cohort';
import { indexNames, type NameIndex } from './nameIndex';
import type { SectionInput, SectionResult } from './sectionInput';
import { oneDecimal } from './sectionWords';
import { percent } from './wording';

export type { AccuracyFigures } from './accuracyTally';

export const ACCURACY_SECTION = 'Prediction accuracy';

export const ACCURACY_NOTE =
  'Difference is the earlier grade minus the grade it is checked against, in grades: positive means the prediction was ' +
  'optimistic. Exactly right compares whole grades (5+ and 5- count as 5, a split grade 5/4 as 5); ' +
  'within one grade means at most one grade out.';

export type CheckedAgainst = 'result' | 'mock';

export interface AccuracyRow extends AccuracyFigures {
  /** The subject as the tracker names it; null on a one-subject sheet. */
  subject: string | null;
  /** The earlier collection, and what its heading says its grades are. */
  collection: string;
  gradeKind: GradeKind | null;
  against: CheckedAgainst;
  againstCollection: string;
}

export interface AccuracyGroupRow extends AccuracyFigures {
  subject: string | null;
  collection: string;
  /** The class name, or the teacher as written. */
  group: string;
}

export interface AccuracyReport {
  /** In subject order, then collection order. */
  rows: AccuracyRow[];
  /** The same rows split by class, then by teacher, each by name. */
  byClass: AccuracyGroupRow[];
  byTeacher: AccuracyGroupRow[];
  /** One per subject, about its latest earlier collection. */
  sentences: string[];
  note: string;
}

interface Check {
  column: GradeColumn;
  against: CheckedAgainst;
  earlier: GradeColumn[];
}

const CHECKED_KINDS: ReadonlySet<GradeKind | null> = new Set<GradeKind | null>(['prediction', 'workingAt', null]);
const hasAnyGrade = (column: GradeColumn) => column.grades.some((value) => !Number.isNaN(value));

export function predictionAccuracy(input: SectionInput): SectionResult<AccuracyReport> {
  const { cohort } = input;
  const checks = cohort.subjects.flatMap((subject) => checkFor(cohort, subject.key) ?? []);
  if (checks.length === 0) return leftOut('the tracker has no result or mock column to check predictions against');
  const rows: AccuracyRow[] = [];
  const byClass: AccuracyGroupRow[] = [];
  const byTeacher: AccuracyGroupRow[] = [];
  const sentences: string[] = [];
  const names: PupilNames = {
    classes: indexNames(cohort.pupils, (pupil) => pupil.identity.className),
    teachers: indexNames(cohort.pupils, (pupil) => pupil.identity.teacher),
  };
  for (const check of checks) {
    const subjectRows = check.earlier.flatMap((column) => {
      const tallies = tallyColumn(cohort, names, column, check.column);
      if (tallies.all.compared === 0) return [];
      const where = { subject: column.subject, collection: column.collection };
      byClass.push(...tallies.byClass.rows(where));
      byTeacher.push(...tallies.byTeacher.rows(where));
      const against = { against: check.against, againstCollection: check.column.collection };
      return [{ ...where, gradeKind: column.gradeKind, ...against, ...tallies.all.figures() }];
    });
    rows.push(...subjectRows);
    const latest = subjectRows[subjectRows.length - 1];
    if (latest) sentences.push(accuracySentence(latest));
  }
  if (rows.length === 0) return leftOut('no pupil has both an earlier grade and a result or mock grade to check it against');
  return { ok: true, value: { rows, byClass, byTeacher, sentences, note: ACCURACY_NOTE } };
}

const leftOut = (because: string): SectionResult<AccuracyReport> => ({ ok: false, leftOut: { section: ACCURACY_SECTION, because } });

/**
 * A subject's column to check against: its latest result column with a grade, else its latest mock with a grade when a
 * prediction comes before it. A result column not yet filled in is passed over, so predictions meet the mock meanwhile.
 */
function checkFor(cohort: Cohort, subjectKey: string): Check | null {
  const order = new Map(cohort.collections.map((name, i) => [name, i]));
  const at = (column: GradeColumn) => order.get(column.collection) ?? -1;
  const columns = cohort.gradeColumns.filter((column) => column.subjectKey === subjectKey).sort((a, b) => at(a) - at(b));
  const before = (column: GradeColumn) => columns.filter((other) => at(other) < at(column));
  const latestOf = (kind: GradeKind) => columns.filter((column) => column.gradeKind === kind && hasAnyGrade(column)).pop();
  const result = latestOf('result');
  const mock = latestOf('assessment');
  const mockFollowsPrediction = mock !== undefined && before(mock).some((column) => column.gradeKind === 'prediction');
  const column = result ?? (mockFollowsPrediction ? mock : undefined);
  if (!column) return null;
  const earlier = before(column).filter((other) => CHECKED_KINDS.has(other.gradeKind));
  return earlier.length > 0 ? { column, against: column === result ? 'result' : 'mock', earlier } : null;
}

function tallyColumn(cohort: Cohort, names: PupilNames, earlier: GradeColumn, checked: GradeColumn) {
  const all = new AccuracyTally();
  const byClass = new TalliesByName(names.classes);
  const byTeacher = new TalliesByName(names.teachers);
  const [earlierGrades, checkedGrades] = [earlier.grades, checked.grades];
  for (const { position } of cohort.pupils) {
    const grade = earlierGrades[position]!;
    const against = checkedGrades[position]!;
    if (Number.isNaN(grade) || Number.isNaN(against)) continue;
    all.add(grade, against);
    byClass.add(position, grade, against);
    byTeacher.add(position, grade, against);
  }
  return { all, byClass, byTeacher };
}

interface PupilNames {
  classes: NameIndex;
  teachers: NameIndex;
}

const KIND_WORDS: Readonly<Record<string, string>> = { prediction: 'predictions', workingAt: 'working-at grades' };

/** "Maths RP2 predictions were on average 0.4 grades above the final result; 71% within one grade." */
export function accuracySentence(row: AccuracyRow): string {
  const what = [row.subject, row.collection, KIND_WORDS[row.gradeKind ?? ''] ?? 'grades'].filter((part) => part !== null).join(' ');
  const against = row.against === 'result' ? 'the final result' : `the mock (${row.againstCollection})`;
  const bias = oneDecimal(row.meanDifference!);
  const standing =
    bias === 0
      ? `matched ${against} on average`
      : `were on average ${Math.abs(bias).toFixed(1)} grades ${bias > 0 ? 'above' : 'below'} ${against}`;
  return `${what} ${standing}; ${percent(row.withinOne!)} within one grade.`;
}

/** At most two lines for the panel's preview: the sentences themselves, or the furthest out and a count of the rest. */
export function accuracyHeadlines(accuracy: AccuracyReport): string[] {
  if (accuracy.sentences.length <= 2) return accuracy.sentences;
  const latestPerSubject = accuracy.rows.filter((row, i, rows) => rows[i + 1]?.subject !== row.subject);
  const furthest = latestPerSubject.reduce((worst, row) =>
    Math.abs(row.meanDifference!) > Math.abs(worst.meanDifference!) ? row : worst,
  );
  return [accuracySentence(furthest), `Predictions checked in ${latestPerSubject.length} subjects: see the report sheet for each.`];
}
