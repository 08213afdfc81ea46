/** Issue 11's measurement: ATTAINMENT8's detail table over 2,000 pupils x 12 subjects, as a large school's Year 11 tracker. */
import { functions } from '../../core/index';
import { medianMs, timedLine, type BenchLine } from './measure';

const PUPILS = 2_000;
// Combined science beside biology and GCSE music beside BTEC music, so the science route and discounting run too.
const SUBJECTS = [
  'Maths',
  'Eng Lang',
  'Eng Lit',
  'Combined Science: Trilogy',
  'Biology',
  'History',
  'Geography',
  'French',
  'Music',
  'BTEC Music',
  'Art',
  'Underwater Basket Weaving',
];
const CELLS = ['9', '8', 7, '6+', '5-', 5, '4', 3, 'U', '', '6-5', 'L2M'];

/** Deterministic grades with gaps, fine grades, double grades and a vocational grade. */
const grades = Array.from({ length: PUPILS }, (_, pupil) =>
  SUBJECTS.map((_, subject) => {
    const cell = CELLS[(pupil * 5 + subject * 7) % CELLS.length]!;
    if (subject === 3) return ['6-5', '5-5', '4-3', ''][pupil % 4];
    if (subject === 9) return ['L2D', 'L2M', ''][pupil % 3];
    return cell === '6-5' || cell === 'L2M' ? 6 : cell;
  }),
);

export function attainment8Benchmarks(): BenchLine[] {
  const ms = medianMs(() => functions.ATTAINMENT8(grades, [SUBJECTS], 'detail'));
  return [timedLine('ATTAINMENT8 detail', PUPILS * SUBJECTS.length, ms)];
}
