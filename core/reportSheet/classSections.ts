/**
 * Classes and teachers for a head of department preparing a line-management meeting: one row per class (and per
 * teacher) at each collection, latest collection first and lowest mean residual first, then the sentence and the note
 * that the table is for questions, not judgements. Rows grow with classes times collections, never with pupils.
 */
import type { ClassesReport, ClassFigures } from '../report/classes';
import { FORMATS, type GridCell, type GridColumn, type SheetGrid } from './grid';
import { trackerText } from './trackerText';

const figureColumns = (classes: ClassesReport): GridColumn[] => [
  { label: 'Pupils graded', format: FORMATS.count },
  { label: 'Grades compared', format: FORMATS.count },
  { label: 'On or above target', format: FORMATS.share },
  { label: 'Mean residual (grades)', format: FORMATS.residual },
  { label: 'Mean target (grades)', format: FORMATS.residual },
  ...(classes.gapName ? [{ label: `${classes.gapName} in the class (grades)`, format: FORMATS.residual }] : []),
  ...(classes.focusPupils ? [{ label: `${classes.focusPupils} graded`, format: FORMATS.count }] : []),
  ...(classes.focusPupils ? [{ label: `${classes.focusPupils} well below`, format: FORMATS.count }] : []),
  { label: 'Caution' },
];

const figureCells = (classes: ClassesReport, row: ClassFigures): (GridCell | number | string | null)[] => [
  row.pupils,
  row.compared,
  row.onTarget,
  row.meanResidual,
  row.meanTarget,
  ...(classes.gapName ? [row.gap] : []),
  ...(classes.focusPupils ? [row.focusPupils, row.focusWellBelow] : []),
  row.caution,
];

export function classesSection(grid: SheetGrid, classes: ClassesReport): void {
  const rank: GridColumn = { label: 'Rank', format: FORMATS.count };
  grid.table(
    'Classes at each collection, latest first, ranked by mean residual (lowest first)',
    [{ label: 'Collection' }, rank, { label: 'Class' }, { label: 'Teacher' }, ...figureColumns(classes)],
    classes.classes.map((row) => [
      trackerText(row.collection),
      row.rank,
      trackerText(row.className),
      trackerText(row.teacher),
      ...figureCells(classes, row),
    ]),
  );
  if (classes.teachers.length > 0) {
    grid.blank();
    grid.table(
      'Teachers at each collection, latest first, ranked by mean residual (lowest first)',
      [{ label: 'Collection' }, rank, { label: 'Teacher' }, { label: 'Classes' }, ...figureColumns(classes)],
      classes.teachers.map((row) => [
        trackerText(row.collection),
        row.rank,
        trackerText(row.teacher),
        trackerText(row.classes.join(', ')),
        ...figureCells(classes, row),
      ]),
    );
  }
  if (classes.sentence) grid.text(classes.sentence);
  grid.text(classes.note);
  grid.blank();
}
