/** What the classes and accuracy sections share: the small-group caution, and grades to one decimal as sentences speak of them. */
import { SMALL_GROUP } from '../gaps/ppGap';

/** The caution the report's other tables write beside a figure resting on fewer than 10 pupils. */
export const SMALL_GROUP_CAUTION = `Fewer than ${SMALL_GROUP} pupils: read with caution`;

/**
 * A number of grades rounded to one decimal, halves away from zero, never -0. The nudge first takes float noise off
 * (0.45 stored as 0.4499999...), as wording.ts does for two decimals, so a sentence's words follow the number it prints.
 */
export function oneDecimal(value: number): number {
  const scaled = Math.round(Math.abs(value) * 10 * 1e9) / 1e9;
  const rounded = Math.floor(scaled + 0.5) / 10;
  return rounded === 0 ? 0 : Math.sign(value) * rounded;
}

/** "1 pupil", "9 pupils". */
export const counted = (n: number, word: string, plural = `${word}s`): string => `${n} ${n === 1 ? word : plural}`;
