import { readFlagColumn } from '../gaps/flags';
import { readMeasure, type Measure } from '../gaps/measure';
import { gapDetailTable, measureGap } from '../gaps/ppGap';
import { CellError } from '../errors';
import { defineFunction } from '../registry/definition';
import type { ReadContext } from '../registry/params';
import { booleanOption, customOption, scaleOption, wholeRange } from '../registry/paramTypes';
import type { Grid } from '../values';
import type { GradeScale } from '../grades/gradeScale';

export const PP_GAP = defineFunction({
  name: 'PP_GAP',
  family: 'Gaps',
  description: 'The gap between pupils who are not flagged (e.g. not PP) and those who are: positive means the flagged group is behind.',
  returns: 'Not-flagged minus flagged: a share (0.13 is a 13-point gap) or a mean; with detail, a table of both groups.',
  example: { formula: '=PP_GAP(I2:K300, B2:B300)', says: 'How far PP pupils trail the rest in the share on target across RP1-RP3.' },
  params: [
    wholeRange(
      { name: 'values', description: 'Statuses from ON_TRACK, grades, or numbers such as residuals or A8: one row per pupil.' },
      (grid) => grid,
    ),
    wholeRange({ name: 'flags', description: 'One column marking the group: Y/N, TRUE/FALSE, 1/0, PP; blank is not flagged.' }, (grid) =>
      readFlagColumn(grid, 'flags'),
    ),
    customOption<Measure>(
      { name: 'measure', description: "auto (default), on_target, mean, or a threshold such as '>=4'." },
      { kind: 'auto' },
      (value, context: ReadContext) => readMeasure(value, context.grades),
    ),
    booleanOption({ name: 'detail', description: 'TRUE for a table of each group with pupil counts (default FALSE).' }, false),
    scaleOption(),
  ],
  whole: (values: Grid, flags: boolean[], measure: Measure, detail: boolean, _scale: GradeScale, context: ReadContext) => {
    const figures = measureGap(values, flags, measure, context.grades);
    if (figures instanceof CellError) return figures;
    return detail ? gapDetailTable(figures) : figures.gap;
  },
});
