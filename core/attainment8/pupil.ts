/**
 * One pupil's Attainment 8 from their grades: same-code discounting, then the science exception, then
 * the slots. It keeps what the detail table needs to account for every grade. (The report reads its
 * total and elements too: core/report/attainmentPoints.ts.)
 */
import { fillSlots, type Entry, type SlotFill } from './attainment8';
import { discountSameCode, type Discounted } from './discounting';
import { chooseScienceRoute } from './scienceRoute';

export interface PupilAttainment8 {
  /** Every grade the pupil has, in column order. */
  entries: readonly Entry[];
  /** The grades left once discounting has run: the ones the slots are filled from. */
  counted: readonly Entry[];
  discounted: readonly Discounted[];
  /** The 10 slots, the four elements and the total. */
  fill: SlotFill;
}

export function pupilAttainment8(entries: readonly Entry[]): PupilAttainment8 {
  const sameCode = discountSameCode(entries);
  const science = chooseScienceRoute(sameCode.counted);
  const discounted = sameCode.discounted.concat(science.discounted);
  if (discounted.length > 1) discounted.sort((a, b) => a.entry.column - b.entry.column);
  return { entries, counted: science.counted, discounted, fill: fillSlots(science.counted) };
}
