/**
 * The two trackers `?scales` adds, for a school's own way of grading: a Year 10 flight-path tracker,
 * where each collection's working-at grade is meant to be coloured against that collection's expected
 * grade and the prediction against the final target; and a Year 8 tracker written in KS3 descriptors,
 * which the built-in GCSE scale cannot read until the school chooses its scale. Pupils come from the
 * sample school and grades from a seeded random source, so every run shows the same sheets.
 */
import { createRandom, generateSchool, hashSeed, SAMPLE_HEADER_ROW_INDEX, type Random, type SampleYearGroup } from '../../core/sample';
import type { CellValue } from './workbook';

export const FLIGHT_PATH_SHEET = 'Y10 flight path';
export const DESCRIPTOR_SHEET = 'Y8 descriptors';
/** A title row and a blank row above the headings, as on the other preview trackers. */
export const SCALE_HEADER_ROW_INDEX = SAMPLE_HEADER_ROW_INDEX;
export const FLIGHT_PATH_HEADERS = [
  'Surname',
  'Forename',
  'Class',
  'Target',
  'Autumn Working At',
  'Autumn Expected',
  'Spring Working At',
  'Spring Expected',
  'Spring Prediction',
] as const;
export const DESCRIPTOR_HEADERS = ['Surname', 'Forename', 'Class', 'Target', 'RP1', 'RP2', 'RP3'] as const;
export const DESCRIPTORS = ['Emerging', 'Developing', 'Secure', 'Mastered'] as const;
/** The misspelt descriptor a teacher typed: still not a grade once the school's scale is chosen. */
export const DESCRIPTOR_TYPO = 'Secur';

const PUPILS = 40;
const GRADE_SEED = 'scale trackers';
/** Where a two-year GCSE flight path puts a pupil in Year 10, in grades under the final target. */
const FLIGHT_PATH = { Autumn: 4 / 3, Spring: 2 / 3 } as const;
/** The odd missing grade: a pupil absent on the day. */
const BLANK_SHARE = 0.04;

function withTitle(title: string, headers: readonly string[], rows: CellValue[][]): CellValue[][] {
  const pad = (first: CellValue): CellValue[] => [first, ...new Array<CellValue>(headers.length - 1).fill('')];
  return [pad(title), pad(''), [...headers], ...rows];
}

/** A grade as a department writes fine grades: thirds shown as 5-, 5, 5+; U below a third of a grade. */
function fineGrade(value: number): CellValue {
  const thirds = Math.max(0, Math.min(28, Math.round(value * 3)));
  if (thirds < 2) return 'U';
  const whole = Math.round(thirds / 3);
  const step = thirds - whole * 3;
  return step === 0 ? whole : `${whole}${step > 0 ? '+' : '-'}`;
}

const gradeOrBlank = (random: Random, value: number): CellValue => (random.chance(BLANK_SHARE) ? '' : fineGrade(value));

function pupilsOf(year: number): SampleYearGroup['pupils'] {
  return generateSchool({ years: [year], pupilsPerYear: PUPILS }).yearGroups[0]!.pupils;
}

/** Each pupil's working-at grades scatter round their flight path; the prediction round their target. */
export function flightPathRows(): CellValue[][] {
  const random = createRandom(hashSeed(GRADE_SEED, 'flight path'));
  const rows = pupilsOf(10).map((pupil): CellValue[] => {
    const target = pupil.subjects['Maths']?.target ?? '';
    const progress = 0.6 * random.normal();
    if (typeof target !== 'number') return [pupil.surname, pupil.forename, pupil.classGroup, '', '', '', '', '', ''];
    const expected = (collection: keyof typeof FLIGHT_PATH) => target - FLIGHT_PATH[collection];
    return [
      pupil.surname,
      pupil.forename,
      pupil.classGroup,
      target,
      gradeOrBlank(random, expected('Autumn') + progress + 0.4 * random.normal()),
      fineGrade(expected('Autumn')),
      gradeOrBlank(random, expected('Spring') + progress + 0.4 * random.normal()),
      fineGrade(expected('Spring')),
      gradeOrBlank(random, target + progress - 0.2 + 0.4 * random.normal()),
    ];
  });
  // A pupil away for the Spring assessment, marked as schools mark it.
  rows[7]![FLIGHT_PATH_HEADERS.indexOf('Spring Working At')] = 'ABS';
  return withTitle('Year 10 maths: working-at grades against the flight path', FLIGHT_PATH_HEADERS, rows);
}

/** Descriptors one step apart; a pupil's descriptors climb towards their target over the year. */
export function descriptorRows(): CellValue[][] {
  const random = createRandom(hashSeed(GRADE_SEED, 'descriptors'));
  const descriptor = (step: number) => DESCRIPTORS[Math.max(0, Math.min(DESCRIPTORS.length - 1, Math.round(step)))]!;
  const rows = pupilsOf(8).map((pupil): CellValue[] => {
    const target = 1 + random.below(3);
    const progress = 0.5 * random.normal();
    const collections = [0, 1, 2].map((index) =>
      random.chance(BLANK_SHARE) ? '' : descriptor(target - 0.9 + 0.35 * index + progress + 0.5 * random.normal()),
    );
    return [pupil.surname, pupil.forename, pupil.classGroup, DESCRIPTORS[target]!, ...collections];
  });
  // What teachers type too: an absence, a descriptor in lower case, and a typo.
  rows[3]![DESCRIPTOR_HEADERS.indexOf('RP3')] = 'ABS';
  rows[9]![DESCRIPTOR_HEADERS.indexOf('RP1')] = 'secure';
  rows[12]![DESCRIPTOR_HEADERS.indexOf('RP2')] = DESCRIPTOR_TYPO;
  return withTitle('Year 8 maths: KS3 descriptors', DESCRIPTOR_HEADERS, rows);
}
