import { CellError } from '../errors';
import type { GradeScale } from '../grades/gradeScale';
import type { CellOutput, Grid, Result } from '../values';
import { chooseScorer, type Measure } from './measure';

/** Below this many pupils a group's figure is flagged as fragile, never hidden. */
export const SMALL_GROUP = 10;

export interface GroupFigure {
  pupils: number;
  value: number;
}

export interface GapFigures {
  notFlagged: GroupFigure;
  flagged: GroupFigure;
  /** not flagged minus flagged: positive means the flagged group is behind, as the DfE reports it. */
  gap: number;
}

/** Pools every scored value per group; a pupil counts once if any of their values is scored. */
export function measureGap(values: Grid, flags: readonly boolean[], measure: Measure, grades: GradeScale): GapFigures | CellError {
  if (values.length !== flags.length) {
    return new CellError(
      '#VALUE!',
      `PP_GAP: values have ${values.length} rows but flags have ${flags.length}: use one row per pupil in both.`,
    );
  }
  const scorer = chooseScorer(values, measure, grades);
  if (scorer instanceof CellError) return scorer;
  // [not flagged, flagged]
  const totals: [number, number] = [0, 0];
  const counts: [number, number] = [0, 0];
  const pupils: [number, number] = [0, 0];
  values.forEach((row, index) => {
    const group: 0 | 1 = flags[index] ? 1 : 0;
    let scored = false;
    for (const value of row) {
      const score = scorer(value);
      if (score === null) continue;
      totals[group] += score;
      counts[group] += 1;
      scored = true;
    }
    if (scored) pupils[group] += 1;
  });
  if (counts[1] === 0 || counts[0] === 0) {
    const empty = counts[1] === 0 ? 'flagged' : 'not flagged';
    return new CellError(
      '#N/A',
      `No ${empty} pupil has a value, so there is no gap to measure: check the flags and the values cover the same pupils.`,
    );
  }
  const notFlagged = { pupils: pupils[0]!, value: totals[0]! / counts[0]! };
  const flagged = { pupils: pupils[1]!, value: totals[1]! / counts[1]! };
  return { notFlagged, flagged, gap: notFlagged.value - flagged.value };
}

/** The small table PP_GAP returns with detail TRUE. */
export function gapDetailTable({ notFlagged, flagged, gap }: GapFigures): Result {
  const table: Grid<CellOutput> = [
    ['Group', 'Pupils', 'Value'],
    ['Not flagged', notFlagged.pupils, notFlagged.value],
    ['Flagged', flagged.pupils, flagged.value],
    ['Gap (not flagged minus flagged)', '', gap],
  ];
  const small = [notFlagged.pupils < SMALL_GROUP && 'not flagged', flagged.pupils < SMALL_GROUP && 'flagged'].filter(Boolean);
  if (small.length > 0) {
    table.push([
      `Caution: fewer than ${SMALL_GROUP} pupils in ${small.length === 2 ? 'each group' : `the ${small[0]} group`}, ` +
        'so the gap may be down to a few pupils.',
      '',
      '',
    ]);
  }
  return table;
}
