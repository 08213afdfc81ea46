/**
 * One group against everyone else at one collection, all subjects together, as the gap tables count
 * it: the on-target share pools every grade, and each pupil's mean residual over their subjects is
 * the one number per pupil behind the mean and Welch's 95% interval (a pupil's subjects are not
 * independent of each other). The side of each pupil is given, so any grouping can use it.
 */
import { SMALL_GROUP } from '../gaps/ppGap';
import { PER_GRADE } from '../grades/twelfths';
import { compareMeans, Summary, type MeanComparison } from './meanGap';
import type { SectionInput } from './sectionInput';

export interface SideFigures {
  /** Pupils with at least one grade at the collection. */
  pupils: number;
  /** Grades compared with a target. */
  compared: number;
  /** Share of compared grades on or above target. */
  onTarget: number | null;
  /** Mean of each pupil's mean residual, in grades. */
  meanResidual: number | null;
  /** Fewer than 10 pupils behind the figures. */
  small: boolean;
}

export interface SidesAtCollection {
  collection: string;
  group: SideFigures;
  rest: SideFigures;
  /** Rest minus group share on target: 0.13 is 13 points with the group behind. */
  onTargetGap: number | null;
  /** Rest minus group mean residual (grades), with Welch's interval; positive means the group is further below target. */
  residualGap: MeanComparison;
}

/** 'group', 'rest', or null for a pupil in neither. */
export type Side = 'group' | 'rest' | null;

class SideTally {
  pupils = 0;
  compared = 0;
  onTarget = 0;
  readonly residuals = new Summary();

  figures(): SideFigures {
    return {
      pupils: this.pupils,
      compared: this.compared,
      onTarget: this.compared > 0 ? this.onTarget / this.compared : null,
      meanResidual: this.residuals.mean,
      small: (this.residuals.n > 0 ? this.residuals.n : this.pupils) < SMALL_GROUP,
    };
  }
}

/** Collections with any grade, in the cohort's order. */
export const gradedCollections = (input: SectionInput): string[] =>
  input.cohort.collections.filter((collection) =>
    input.comparisons.some(
      (comparison) => comparison.column.collection === collection && comparison.column.grades.some((g) => !Number.isNaN(g)),
    ),
  );

export function compareSides(
  input: SectionInput,
  collection: string,
  sides: readonly Side[],
  labels: { group: string; rest: string },
): SidesAtCollection {
  const { graded, compared, onTarget, residualSum } = input.atCollection(collection);
  const tallies = { group: new SideTally(), rest: new SideTally() };
  for (const { position } of input.cohort.pupils) {
    const side = sides[position];
    if (!side) continue;
    const tally = tallies[side];
    tally.compared += compared[position]!;
    tally.onTarget += onTarget[position]!;
    if (graded[position]) tally.pupils += 1;
    if (compared[position]! > 0) tally.residuals.add(residualSum[position]! / compared[position]! / PER_GRADE);
  }
  const group = tallies.group.figures();
  const rest = tallies.rest.figures();
  return {
    collection,
    group,
    rest,
    onTargetGap: group.onTarget === null || rest.onTarget === null ? null : rest.onTarget - group.onTarget,
    residualGap: compareMeans(labels.group, tallies.group.residuals, labels.rest, tallies.rest.residuals),
  };
}
