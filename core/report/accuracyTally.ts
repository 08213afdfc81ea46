/**
 * How close earlier grades came to the grade they were checked against, pupil by pupil: the mean difference (bias), the
 * mean absolute difference, and the shares exactly right and within one grade. Differences stay in twelfths while adding.
 */
import { SMALL_GROUP } from '../gaps/ppGap';
import { PER_GRADE } from '../grades/twelfths';
import type { NameIndex } from './nameIndex';
import { SMALL_GROUP_CAUTION } from './sectionWords';

export interface AccuracyFigures {
  /** Pupils with both grades. */
  pupils: number;
  /** Earlier grade minus the grade checked against, in grades: positive means optimistic. */
  meanDifference: number | null;
  meanAbsoluteDifference: number | null;
  /** Share whose whole grade was right (see wholeGrade). */
  exactlyRight: number | null;
  /** Share at most one grade out (|difference| <= 1, on the grades as written: 5+ against 4 is 1⅓ out). */
  withinOne: number | null;
  small: boolean;
  caution: string | null;
}

/** PER_GRADE as a local constant: `add` runs three times per pupil and column, and an imported binding can cost a lookup. */
const ONE_GRADE = PER_GRADE;

/**
 * The whole grade a grade is read as when judging "exactly right": the nearest whole grade, so a fine grade counts as its
 * own grade (5+ and 5- are 5) and a split grade as the higher of its two (5/4 is 5, halves rounding up). A result is a
 * whole grade, and a department predicting 5+ for a pupil who got 5 predicted the grade right.
 */
export const wholeGrade = (twelfths: number): number => Math.round(twelfths / ONE_GRADE);

export class AccuracyTally {
  private pupils = 0;
  private differenceSum = 0;
  private absoluteSum = 0;
  private exact = 0;
  private withinOne = 0;

  /** Both grades in twelfths. */
  add(earlier: number, checked: number): void {
    const difference = earlier - checked;
    this.pupils += 1;
    this.differenceSum += difference;
    this.absoluteSum += Math.abs(difference);
    if (wholeGrade(earlier) === wholeGrade(checked)) this.exact += 1;
    if (Math.abs(difference) <= ONE_GRADE) this.withinOne += 1;
  }

  get compared(): number {
    return this.pupils;
  }

  figures(): AccuracyFigures {
    const n = this.pupils;
    const small = n < SMALL_GROUP;
    return {
      pupils: n,
      meanDifference: n > 0 ? this.differenceSum / n / PER_GRADE : null,
      meanAbsoluteDifference: n > 0 ? this.absoluteSum / n / PER_GRADE : null,
      exactlyRight: n > 0 ? this.exact / n : null,
      withinOne: n > 0 ? this.withinOne / n : null,
      small,
      caution: small ? SMALL_GROUP_CAUTION : null,
    };
  }
}

/** A tally per class (or teacher), in an array by name index; `met` keeps the order names were first met, as a Map would. */
export class TalliesByName {
  private readonly tallies: (AccuracyTally | undefined)[];
  private readonly met: number[] = [];

  constructor(private readonly index: NameIndex) {
    this.tallies = new Array<AccuracyTally | undefined>(index.names.length).fill(undefined);
  }

  add(position: number, earlier: number, checked: number): void {
    const name = this.index.of[position]!;
    if (name < 0) return;
    let tally = this.tallies[name];
    if (!tally) {
      tally = this.tallies[name] = new AccuracyTally();
      this.met.push(name);
    }
    tally.add(earlier, checked);
  }

  /** By name; names byName calls equal stay in the order first met. */
  rows<Where extends object>(where: Where): (Where & { group: string } & AccuracyFigures)[] {
    const { names, compare } = this.index;
    // Object.assign, not `{ ...where, group, ...figures }`: the same object, but V8 builds a spread after a spread
    // property by property, many times slower, and a report makes thousands of these rows.
    return [...this.met].sort(compare).map((name) => Object.assign({}, where, { group: names[name]! }, this.tallies[name]!.figures()));
  }
}
