/**
 * One sentence on attendance and progress at the latest collection: pupils at or below the persistent
 * absence cut-off against the rest, in grades of mean residual with Welch's 95% interval. Only when
 * both groups have at least 10 pupils with a residual: below that a single sentence would say more
 * than the data do, and the gap tables already show the figures with their caution.
 */
import { SMALL_GROUP } from '../gaps/ppGap';
import { compareSides, gradedCollections, type Side } from './combinedFigures';
import type { SectionInput } from './sectionInput';

/** One decimal, halves away from zero, never "-0.0". */
const oneDecimal = (value: number): string => {
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * 10 + 1e-9)) / 10;
  return (rounded === 0 ? 0 : rounded).toFixed(1);
};

/** "At RP3, pupils at or below 90% attendance are 0.8 grades further below target than the rest (95% CI 0.5 to 1.1)." */
export function attendanceSentence(input: SectionInput): string | null {
  if (!input.families.some((family) => family.id === 'attendance')) return null;
  const collection = gradedCollections(input).at(-1);
  if (collection === undefined) return null;
  const sides: Side[] = input.cohort.pupils.map((pupil) => {
    const index = pupil.groups.attendance;
    return index === undefined || index < 0 ? null : index === 0 ? 'group' : 'rest';
  });
  const { residualGap: gap } = compareSides(input, collection, sides, { group: 'absent', rest: 'the rest' });
  if (gap.focus.pupils < SMALL_GROUP || gap.rest.pupils < SMALL_GROUP || gap.interval === null || gap.difference === null) return null;
  const who = `pupils at or below ${input.settings.attendanceBands.persistentAtOrBelow}% attendance`;
  const interval = `(95% CI ${oneDecimal(gap.interval.low)} to ${oneDecimal(gap.interval.high)})`;
  const size = `${oneDecimal(Math.abs(gap.difference))} grades`;
  if (gap.verdict === 'behind') return `At ${collection}, ${who} are ${size} further below target than the rest ${interval}.`;
  if (gap.verdict === 'ahead') return `At ${collection}, ${who} do ${size} better against their targets than the rest ${interval}.`;
  const between = `between ${who} and the rest: ${oneDecimal(gap.difference)} grades`;
  return `At ${collection}, there is no clear difference against target ${between} ${interval}.`;
}
