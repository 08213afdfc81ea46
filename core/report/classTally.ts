/**
 * Running totals for one class (or one teacher) at one collection, with every grade column of the collection pooled:
 * each pupil-grade compared with a target counts once, so a pupil in five subjects weighs five times as much as a pupil
 * in one, as the share on target does everywhere else in the report.
 */
import { PER_GRADE } from '../grades/twelfths';
import { SMALL_GROUP } from '../gaps/ppGap';
import { addAt } from './addAt';
import type { CollectionFigures } from './collectionFigures';
import { SMALL_GROUP_CAUTION } from './sectionWords';

/** The figures a class or teacher row shows, all in grades. */
export interface ClassFigures {
  collection: string;
  /** Pupils with at least one grade at the collection. */
  pupils: number;
  /** Grades compared with a target: the base of the share, the mean residual and the mean target. */
  compared: number;
  /** Share of compared grades Above or On target; null when nothing was compared. */
  onTarget: number | null;
  meanResidual: number | null;
  meanTarget: number | null;
  /** Mean residual of the rest minus the focus group (PP, else disadvantaged): positive means the focus group is behind. */
  gap: number | null;
  /** Focus-group (PP) pupils graded, and those with at least one grade Well below target. */
  focusPupils: number;
  focusWellBelow: number;
  /** 1 for the lowest mean residual at the collection; null without a mean residual. */
  rank: number | null;
  /** Fewer than 10 pupils graded. */
  small: boolean;
  caution: string | null;
}

export class ClassTally {
  private pupils = 0;
  private compared = 0;
  private onTarget = 0;
  private residualSum = 0;
  private targetSum = 0;
  // [focus, rest]: compared grades and their residual sums, for the gap inside the class.
  private readonly groupCompared = new Float64Array(2);
  private readonly groupResidualSum = new Float64Array(2);
  private focusPupils = 0;
  private focusWellBelow = 0;

  /** `group`: the pupil's index in the gap family (0 focus, 1 rest), or undefined / -1 when in neither. */
  add(figures: CollectionFigures, position: number, group: number | undefined): void {
    const graded = figures.graded[position] === 1;
    const compared = figures.compared[position]!;
    const residualSum = figures.residualSum[position]!;
    if (graded) this.pupils += 1;
    this.compared += compared;
    this.onTarget += figures.onTarget[position]!;
    this.residualSum += residualSum;
    this.targetSum += figures.targetSum[position]!;
    if (group !== 0 && group !== 1) return;
    addAt(this.groupCompared, group, compared);
    addAt(this.groupResidualSum, group, residualSum);
    if (group === 0 && graded) this.focusPupils += 1;
    if (group === 0 && figures.wellBelow[position] === 1) this.focusWellBelow += 1;
  }

  figures(collection: string): ClassFigures {
    const perGrade = (sum: number, count: number) => (count > 0 ? sum / count / PER_GRADE : null);
    const focus = perGrade(this.groupResidualSum[0]!, this.groupCompared[0]!);
    const rest = perGrade(this.groupResidualSum[1]!, this.groupCompared[1]!);
    const small = this.pupils < SMALL_GROUP;
    return {
      collection,
      pupils: this.pupils,
      compared: this.compared,
      onTarget: this.compared > 0 ? this.onTarget / this.compared : null,
      meanResidual: perGrade(this.residualSum, this.compared),
      meanTarget: perGrade(this.targetSum, this.compared),
      gap: focus === null || rest === null ? null : rest - focus,
      focusPupils: this.focusPupils,
      focusWellBelow: this.focusWellBelow,
      rank: null,
      small,
      caution: small ? SMALL_GROUP_CAUTION : null,
    };
  }
}

/** Ranks rows of one collection by mean residual, lowest first (ties share a rank); rows without one stay unranked. */
export function rankByResidual<T extends ClassFigures>(rows: T[]): void {
  for (const row of rows) {
    const mean = row.meanResidual;
    row.rank = mean === null ? null : 1 + rows.filter((other) => other.meanResidual !== null && other.meanResidual < mean).length;
  }
}
