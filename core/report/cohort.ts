/**
 * Reads a tracker's rows once, through its layout, into flat per-column arrays: every later statistic
 * loops over numbers, never over cells. Anything that cannot be read is left out and counted in a
 * warning that names the column, the first row and the value, so the data manager can fix it.
 */
import { classifySubject, type SubjectKind } from '../attainment8/subjects';
import type { GradeScale } from '../grades/gradeScale';
import type { GradeKind } from '../layout/roles';
import type { Layout, LayoutColumn } from '../layout/schema';
import { subjectKey } from '../layout/subjects';
import { isBlankText } from '../values';
import { ProblemLog } from './problemLog';
import { createPupilReader, priorCat4Column, type PupilRecord } from './pupils';
import { separateRepeatedCollections } from './repeatedCollections';
import type { ReportSettings } from './settings';

export interface GradeColumn {
  /** Position in `Cohort.gradeColumns`. */
  position: number;
  index: number;
  letter: string;
  label: string;
  subject: string | null;
  subjectKey: string;
  kind: SubjectKind;
  /** What its heading says the grade is (a prediction, working-at, a mock, the result); null when it does not say. */
  gradeKind: GradeKind | null;
  collection: string;
  target: LayoutColumn | null;
  /** Per pupil, in twelfths of a grade; NaN where there is no grade (or no target). */
  grades: Float64Array;
  targets: Float64Array;
}

export interface Cohort {
  /** The layout the rows were read through, for sections that read a column of their own (attendance, effort). */
  layout: Layout;
  pupils: PupilRecord[];
  gradeColumns: GradeColumn[];
  /** Collections in the layout's order. */
  collections: string[];
  /** Subjects in the layout's order, by key; a one-subject sheet has one entry with key ''. */
  subjects: { key: string; name: string; kind: SubjectKind }[];
  /** The cell of a pupil's row for a sheet column. */
  cell(pupil: PupilRecord, columnIndex: number): unknown;
  warnings: string[];
}

export interface SheetOrigin {
  /** 0-based sheet row of rows[0] (when a host reads a used range that starts below row 1). */
  firstRow?: number;
  /** 0-based sheet column of rows[r][0]. */
  firstColumn?: number;
}

export function readCohort(
  layout: Layout,
  rows: readonly unknown[][],
  settings: ReportSettings,
  grades: GradeScale,
  origin: SheetOrigin = {},
): Cohort {
  const firstRow = origin.firstRow ?? 0;
  const firstColumn = origin.firstColumn ?? 0;
  const byIndex = new Map(layout.columns.map((column) => [column.index, column]));
  const problems = new ProblemLog();
  const warnings: string[] = [];
  const cell = (pupil: PupilRecord, columnIndex: number) => rows[pupil.sheetRow - firstRow]?.[columnIndex - firstColumn];

  // Pupil rows: from the first data row, skipping rows blank in every column the layout knows.
  const pupils: PupilRecord[] = [];
  if (layout.dataStartRow === null)
    warnings.push('The layout has no first data row: choose the header row in the panel, then build the report again.');
  const used = layout.columns.map((column) => column.index - firstColumn);
  const readPupil = createPupilReader(layout, { settings, problems, firstColumn });
  for (let r = Math.max(0, (layout.dataStartRow ?? Infinity) - firstRow); r < rows.length; r += 1) {
    const row = rows[r] ?? [];
    if (used.every((at) => isBlankText(row[at]))) continue;
    pupils.push(readPupil(row, firstRow + r, pupils.length));
  }

  const cat4Column = layout.columns.some((column) => column.role === 'priorBand') ? undefined : priorCat4Column(layout);
  if (cat4Column) warnings.push(priorSourceNote(pupils, cat4Column, settings));

  const readColumn = (column: LayoutColumn) => readGrades(column, pupils, cell, grades, problems);
  // A target column serves every collection of its subject: it is read (and its problems counted) once.
  const targetValues = new Map<number, Float64Array>();
  const read = layout.columns
    .filter((column) => column.role === 'grade')
    .map((column, position): GradeColumn => {
      const pair = layout.pairs.find((candidate) => candidate.grade === column.index);
      const target = pair ? (byIndex.get(pair.target) ?? null) : null;
      if (target && !targetValues.has(target.index)) targetValues.set(target.index, readColumn(target));
      return describeGradeColumn(
        column,
        position,
        target,
        readColumn(column),
        target ? targetValues.get(target.index)! : blankColumn(pupils.length),
      );
    });
  // A subject's collection typed twice is two collections, never one pool of both columns' grades.
  const { columns: gradeColumns, notes: repeatNotes } = separateRepeatedCollections(read);
  warnings.push(...repeatNotes);
  const unpaired = gradeColumns.filter((column) => column.target === null);
  if (unpaired.length > 0) {
    warnings.push(
      `${unpaired.map((column) => `${column.label} (${column.letter})`).join(', ')} ` +
        `${unpaired.length === 1 ? 'has' : 'have'} no target, so ${unpaired.length === 1 ? 'it counts' : 'they count'} ` +
        `towards projections only: pair ${unpaired.length === 1 ? 'it' : 'them'} with a target in the panel.`,
    );
  }

  const collections = [...new Set(gradeColumns.map((column) => column.collection))];
  const subjects = new Map<string, { key: string; name: string; kind: SubjectKind }>();
  for (const column of gradeColumns) {
    if (!subjects.has(column.subjectKey))
      subjects.set(column.subjectKey, { key: column.subjectKey, name: column.subject ?? 'This sheet', kind: column.kind });
  }
  return {
    layout,
    pupils,
    gradeColumns,
    collections,
    subjects: [...subjects.values()],
    cell,
    warnings: [...warnings, ...problems.messages(byIndex)],
  };
}

/** Says how many pupils were banded on KS2 and how many on CAT4, with the CAT4 cut-offs. */
function priorSourceNote(pupils: readonly PupilRecord[], column: LayoutColumn, settings: ReportSettings): string {
  const ks2 = pupils.filter((pupil) => pupil.priorSource === 'ks2').length;
  const cat4 = pupils.filter((pupil) => pupil.priorSource === 'cat4').length;
  const pupilsWord = (n: number) => `${n} ${n === 1 ? 'pupil' : 'pupils'}`;
  const { middleFrom, highAbove } = settings.cat4Bands;
  return (
    `Prior attainment bands: ${pupilsWord(ks2)} banded on KS2 and ${pupilsWord(cat4)} on ${column.label} (column ${column.letter}) ` +
    `where KS2 is missing (CAT4 low below ${middleFrom}, high above ${highAbove}).`
  );
}

const blankColumn = (length: number) => new Float64Array(length).fill(NaN);

/** One column's grades in twelfths; a cell that is not a grade is logged and left as NaN. */
function readGrades(
  column: LayoutColumn,
  pupils: readonly PupilRecord[],
  cell: (pupil: PupilRecord, columnIndex: number) => unknown,
  scale: GradeScale,
  problems: ProblemLog,
): Float64Array {
  const values = blankColumn(pupils.length);
  for (const pupil of pupils) {
    const value = cell(pupil, column.index);
    const reading = scale.read(value);
    if (typeof reading === 'number') values[pupil.position] = reading;
    else if (reading !== null) problems.note(column, pupil.sheetRow, value, 'a grade');
  }
  return values;
}

function describeGradeColumn(
  column: LayoutColumn,
  position: number,
  target: LayoutColumn | null,
  grades: Float64Array,
  targets: Float64Array,
): GradeColumn {
  return {
    position,
    index: column.index,
    letter: column.letter,
    label: column.label,
    subject: column.subject,
    subjectKey: column.subject === null ? '' : subjectKey(column.subject),
    kind: classifySubject(column.subject ?? ''),
    gradeKind: column.kind ?? null,
    collection: column.collection ?? column.label,
    target,
    grades,
    targets,
  };
}
