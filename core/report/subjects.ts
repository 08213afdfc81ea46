/**
 * Subjects side by side on a wide tracker, at each subject's latest collection: share on target and
 * mean residual, ranked, and configurable subject groups (STEM by default) against the rest.
 */
import { foldSubjectName } from '../attainment8/subjects';
import { PER_GRADE } from '../grades/twelfths';
import type { Cohort } from './cohort';
import { tallyColumn, type Comparison } from './columns';
import type { Figures } from './figures';
import { ALL_SLOT } from './groups';
import type { Projection } from './projection';
import type { ReportSettings } from './settings';
import { percent, twoDecimals } from './wording';

export interface SubjectRow {
  subject: string;
  /** The collection the row is read from: the subject's own latest, which may lag the sheet's latest. */
  collection: string;
  letter: string;
  /** 1 for the highest share on target; equal shares share a rank (1, 2, 2, 4); null with no targets. */
  rank: number | null;
  figures: Figures;
}

export interface PooledFigures {
  subjects: string[];
  /** Grades compared with a target, over all the subjects pooled. */
  grades: number;
  onTarget: number | null;
  /** Mean over every compared grade, in grades. */
  meanResidual: number | null;
}

export interface SubjectGroupComparison {
  name: string;
  group: PooledFigures;
  rest: PooledFigures;
  sentence: string;
}

export interface SubjectComparison {
  collection: string;
  subjects: SubjectRow[];
  groups: SubjectGroupComparison[];
}

/** A phrase matches when its words appear together, in order, in the subject's folded name ("science" in "combined science"). */
export function subjectMatches(subject: string, phrase: string): boolean {
  const name = ` ${foldSubjectName(subject)} `;
  const words = foldSubjectName(phrase);
  return words !== '' && name.includes(` ${words} `);
}

export function compareSubjects(
  cohort: Cohort,
  projection: Projection,
  comparisons: readonly Comparison[],
  settings: ReportSettings,
): SubjectComparison | null {
  if (projection.collection === null || projection.subjects.length < 2) return null;
  const byColumn = new Map(comparisons.map((comparison) => [comparison.column.position, comparison]));
  const rows = projection.subjects.map((subject) => {
    const comparison = byColumn.get(subject.main.position)!;
    return {
      subject: subject.name,
      collection: subject.main.collection,
      letter: subject.main.letter,
      rank: null as number | null,
      figures: tallyColumn(comparison, cohort).figures(ALL_SLOT),
      comparison,
    };
  });
  rows.sort(
    (a, b) =>
      order(b.figures.onTarget) - order(a.figures.onTarget) ||
      order(b.figures.meanResidual) - order(a.figures.meanResidual) ||
      (a.subject < b.subject ? -1 : 1),
  );
  rows.forEach((row, i) => {
    if (row.figures.onTarget === null) return;
    const previous = rows[i - 1];
    row.rank = previous && previous.figures.onTarget === row.figures.onTarget ? previous.rank : i + 1;
  });

  const groups = settings.subjectGroups.map(({ name, subjects: phrases }) => {
    const inGroup = (subject: string) => phrases.some((phrase) => subjectMatches(subject, phrase));
    const group = pool(rows.filter((row) => inGroup(row.subject)));
    const rest = pool(rows.filter((row) => !inGroup(row.subject)));
    return { name, group, rest, sentence: describeGroup(name, group, rest) };
  });
  return { collection: projection.collection, subjects: rows.map(({ comparison: _comparison, ...row }) => row), groups };
}

/** Sorts missing figures last. */
const order = (value: number | null): number => (value === null ? -Infinity : value);

function pool(rows: readonly { subject: string; comparison: Comparison }[]): PooledFigures {
  let grades = 0;
  let onTarget = 0;
  let residual = 0;
  for (const { comparison } of rows) {
    comparison.status.forEach((status, p) => {
      if (status < 0) return;
      grades += 1;
      if (status <= 1) onTarget += 1; // 0 Above, 1 On
      residual += comparison.residual[p]!;
    });
  }
  return {
    subjects: rows.map((row) => row.subject),
    grades,
    onTarget: grades > 0 ? onTarget / grades : null,
    meanResidual: grades > 0 ? residual / grades / PER_GRADE : null,
  };
}

function describeGroup(name: string, group: PooledFigures, rest: PooledFigures): string {
  const figures = (pooled: PooledFigures) =>
    `${percent(pooled.onTarget!)} on target with a mean residual of ${twoDecimals(pooled.meanResidual!)}`;
  if (group.subjects.length === 0) return `No subject on this tracker is in the ${name} group.`;
  if (group.onTarget === null) return `${name} subjects have no grades with targets yet.`;
  if (rest.subjects.length === 0) return `Every subject on this tracker is in the ${name} group: ${figures(group)}.`;
  if (rest.onTarget === null) return `${name} subjects: ${figures(group)}; the other subjects have no grades with targets yet.`;
  return `${name} subjects: ${figures(group)}, against ${figures(rest)} in the other subjects.`;
}
