/**
 * Prediction accuracy: each subject's earlier grades against its result (or mock), then the same split by class and by
 * teacher, then one sentence per subject and the note on how the differences are read. Rows grow with subjects,
 * collections and classes, never with pupils.
 */
import type { AccuracyFigures, AccuracyReport } from '../report/accuracy';
import type { GradeKind } from '../layout/roles';
import { FORMATS, type GridColumn, type SheetGrid } from './grid';
import { trackerText } from './trackerText';

const FIGURE_COLUMNS: readonly GridColumn[] = [
  { label: 'Pupils compared', format: FORMATS.count },
  { label: 'Mean difference (grades)', format: FORMATS.residual },
  { label: 'Mean absolute difference (grades)', format: FORMATS.residual },
  { label: 'Exactly right', format: FORMATS.share },
  { label: 'Within one grade', format: FORMATS.share },
  { label: 'Caution' },
];

const figureCells = (row: AccuracyFigures) => [
  row.pupils,
  row.meanDifference,
  row.meanAbsoluteDifference,
  row.exactlyRight,
  row.withinOne,
  row.caution,
];

const KIND_LABELS: Readonly<Record<GradeKind, string>> = {
  prediction: 'Prediction',
  workingAt: 'Working at',
  assessment: 'Assessment',
  result: 'Result',
};

export function accuracySection(grid: SheetGrid, accuracy: AccuracyReport): void {
  grid.table(
    'Prediction accuracy: earlier grades against the result or mock (positive difference = optimistic)',
    [
      { label: 'Subject' },
      { label: 'Collection' },
      { label: 'Grades' },
      { label: 'Checked against' },
      { label: 'Result or mock collection' },
      ...FIGURE_COLUMNS,
    ],
    accuracy.rows.map((row) => [
      trackerText(row.subject),
      trackerText(row.collection),
      row.gradeKind ? KIND_LABELS[row.gradeKind] : 'Grade',
      row.against === 'result' ? 'Result' : 'Mock',
      trackerText(row.againstCollection),
      ...figureCells(row),
    ]),
  );
  for (const [title, label, rows] of [
    ['Prediction accuracy by class', 'Class', accuracy.byClass],
    ['Prediction accuracy by teacher', 'Teacher', accuracy.byTeacher],
  ] as const) {
    if (rows.length === 0) continue;
    grid.blank();
    grid.table(
      title,
      [{ label: 'Subject' }, { label: 'Collection' }, { label: label }, ...FIGURE_COLUMNS],
      rows.map((row) => [trackerText(row.subject), trackerText(row.collection), trackerText(row.group), ...figureCells(row)]),
    );
  }
  for (const sentence of accuracy.sentences) grid.text(sentence);
  grid.text(accuracy.note);
  grid.blank();
}
