/**
 * Trackers for the Sheets host tests and the API-count benchmark: a title row, a blank row,
 * then a wide header (Maths Target | Maths RP1 | Maths RP2 | Maths RP3 | English Target ...),
 * so four subjects give 12 grade columns, each paired with its own subject's target.
 */
import { createRandom } from '../../../core/sample';
import type { CellValue } from '../../fakes/sheetsFake';

export const SUBJECTS = ['Maths', 'English', 'Science', 'History'] as const;
const GRADES = ['U', '1', '2-', '2', '3+', '4-', '4', '4+', '5-', '5', '5+', '6', '7', '8', '9', ''];
const TARGETS = [3, 4, 5, 6, 7, 8];

export const WIDE_HEADERS = [
  'UPN',
  'Surname',
  'Forename',
  'PP',
  ...SUBJECTS.flatMap((s) => [`${s} Target`, `${s} RP1`, `${s} RP2`, `${s} RP3`]),
];

/** `pupils` rows below the header on row 3; the same seed gives the same sheet. */
export function wideTracker(pupils: number, seed = 7): CellValue[][] {
  const random = createRandom(seed);
  const rows: CellValue[][] = [
    ['Year 10 tracker - Autumn', ...WIDE_HEADERS.slice(1).map(() => '')],
    WIDE_HEADERS.map(() => ''),
    [...WIDE_HEADERS],
  ];
  for (let pupil = 1; pupil <= pupils; pupil += 1) {
    rows.push([
      `A${String(100000 + pupil)}`,
      `Surname${pupil}`,
      `Forename${pupil}`,
      random.chance(0.3) ? 'Y' : 'N',
      ...SUBJECTS.flatMap(() => [random.pick(TARGETS), random.pick(GRADES), random.pick(GRADES), random.pick(GRADES)]),
    ]);
  }
  return rows;
}
