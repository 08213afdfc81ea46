/**
 * Every pupil's figures at one collection, all subjects together, read once (pupilAtCollection.ts)
 * and kept in flat arrays indexed by pupil position. The combined groups, the attendance sentence and
 * the classes each compare pupils at the same collections; reading each collection once for all of
 * them keeps the report's cost to one pass over the grades per collection.
 */
import type { Cohort } from './cohort';
import type { Comparison } from './columns';
import { PupilAtCollection } from './pupilAtCollection';

export interface CollectionFigures {
  /** 1 when the pupil has any grade at the collection. */
  graded: Uint8Array;
  /** Grades compared with a target, and how many of them are on or above it. */
  compared: Float64Array;
  onTarget: Float64Array;
  /** Sums over the compared grades, in twelfths. */
  residualSum: Float64Array;
  targetSum: Float64Array;
  /** 1 when any compared grade is Well below target. */
  wellBelow: Uint8Array;
}

function readCollection(cohort: Cohort, comparisons: readonly Comparison[], collection: string): CollectionFigures {
  const count = cohort.pupils.length;
  const figures: CollectionFigures = {
    graded: new Uint8Array(count),
    compared: new Float64Array(count),
    onTarget: new Float64Array(count),
    residualSum: new Float64Array(count),
    targetSum: new Float64Array(count),
    wellBelow: new Uint8Array(count),
  };
  const pupilAt = new PupilAtCollection(comparisons.filter((comparison) => comparison.column.collection === collection));
  for (const { position } of cohort.pupils) {
    const pupil = pupilAt.read(position);
    figures.graded[position] = pupil.graded ? 1 : 0;
    figures.compared[position] = pupil.compared;
    figures.onTarget[position] = pupil.onTarget;
    figures.residualSum[position] = pupil.residualSum;
    figures.targetSum[position] = pupil.targetSum;
    figures.wellBelow[position] = pupil.wellBelow ? 1 : 0;
  }
  return figures;
}

/** A reader of each collection's figures that reads a collection the first time it is asked for, and keeps it. */
export function collectionFiguresOf(cohort: Cohort, comparisons: readonly Comparison[]): (collection: string) => CollectionFigures {
  const read = new Map<string, CollectionFigures>();
  return (collection) => {
    let figures = read.get(collection);
    if (!figures) {
      figures = readCollection(cohort, comparisons, collection);
      read.set(collection, figures);
    }
    return figures;
  };
}
