/**
 * ATTAINMENT8's detail table, the one a data manager checks an A8 with: a header row, then one row per
 * pupil naming the subject and points in each of the 10 slots, the A8 they add up to, and notes that
 * account for every other grade (discounted, not recognised, or not in the best 8).
 */
import { fromTwelfths } from '../grades/twelfths';
import type { CellOutput } from '../values';
import type { Entry } from './attainment8';
import type { PupilAttainment8 } from './pupil';

export const DETAIL_HEADER: readonly string[] = [
  'Slot 1: maths',
  'Slot 2: maths',
  'Slot 3: English',
  'Slot 4: English',
  'Slot 5: EBacc',
  'Slot 6: EBacc',
  'Slot 7: EBacc',
  'Slot 8: open',
  'Slot 9: open',
  'Slot 10: open',
  'Attainment 8',
  'Notes',
];

/** A grade as the detail shows it: 5+ is 5.33, combined science 6-5 is 5.5. */
const points = (entry: Entry) => String(Number(fromTwelfths(entry.grade).toFixed(2)));
const named = (entry: Entry) => `${entry.name} ${points(entry)}`;

const ENGLISH_ONCE = 'English counted once: the DfE doubles it only when both language and literature are taken';

function notes({ entries, counted, discounted, fill: { slots } }: PupilAttainment8): string {
  const about: { column: number; text: string }[] = [
    ...discounted.map(({ entry, reason }) => ({ column: entry.column, text: `${named(entry)}: ${reason}` })),
    ...entries
      .filter((entry) => entry.qualification === undefined)
      .map((entry) => ({ column: entry.column, text: `${entry.name}: not recognised: counted as open` })),
    // Counted, but higher grades took every slot it could fill.
    ...counted
      .filter((entry) => !slots.includes(entry))
      .map((entry) => ({ column: entry.column, text: `${named(entry)}: not in the best 8` })),
  ];
  const lines = about.sort((a, b) => a.column - b.column).map((note) => note.text);
  if (slots[2] && !slots[3]) lines.push(ENGLISH_ONCE);
  return lines.join('; ');
}

export function detailRow(result: PupilAttainment8): CellOutput[] {
  return [...result.fill.slots.map((entry) => (entry ? named(entry) : '')), fromTwelfths(result.fill.total), notes(result)];
}

/** The row for a pupil with no grades, or whose A8 cannot be worked out (the error stands where the A8 would). */
export const emptyDetailRow = (attainment8: CellOutput = ''): CellOutput[] => [...Array<string>(10).fill(''), attainment8, ''];
