/**
 * The sample school as sheet values: 2-D arrays ready to write in one call. Every row has the
 * same width, and every value is a plain number or text. Nothing starts with '=', '+', '-' or
 * '@' (names, codes and grades all start with a letter or digit), so writing can never make a formula.
 */
import { COLLECTIONS, type GradeCell } from './grades';
import type { SampleSchool, SamplePupil, SampleYearGroup } from './school';

export type SheetValue = string | number;

export const PUPIL_HEADERS = [
  'UPN',
  'Surname',
  'Forename',
  'Class',
  'Teacher',
  'Gender',
  'PP',
  'Disadvantaged',
  'FSM6',
  'SEND',
  'EAL',
  'KS2 Reading',
  'KS2 Maths',
  'Intervention',
] as const;
export const GRADE_HEADERS = ['Target', ...COLLECTIONS] as const;
/** One subject per sheet: who the pupil is, then Target, RP1, RP2, RP3. */
export const TRACKER_HEADERS: readonly string[] = [...PUPIL_HEADERS, ...GRADE_HEADERS];
/** Wide sheets have no Teacher column: each subject has its own teacher. */
export const WIDE_PUPIL_HEADERS: readonly string[] = PUPIL_HEADERS.filter((header) => header !== 'Teacher');
/** Rows above the header: a title and a blank row, as real trackers have. */
export const SAMPLE_HEADER_ROW_INDEX = 2;

const yesNo = (flag: boolean): string => (flag ? 'Y' : 'N');
const blankIfNull = (score: number | null): SheetValue => score ?? '';

function pupilCells(pupil: SamplePupil, teacher: string | undefined): SheetValue[] {
  const cells: SheetValue[] = [pupil.upn, pupil.surname, pupil.forename, pupil.classGroup];
  if (teacher !== undefined) cells.push(teacher);
  cells.push(
    pupil.gender,
    yesNo(pupil.pp),
    yesNo(pupil.disadvantaged),
    yesNo(pupil.fsm6),
    pupil.send,
    yesNo(pupil.eal),
    blankIfNull(pupil.ks2Reading),
    blankIfNull(pupil.ks2Maths),
    pupil.intervention,
  );
  return cells;
}

function findYear(school: SampleSchool, year: number): SampleYearGroup {
  const group = school.yearGroups.find((candidate) => candidate.year === year);
  if (!group) {
    throw new Error(`The sample school has no Year ${year}: choose one of ${school.yearGroups.map((g) => `Year ${g.year}`).join(', ')}.`);
  }
  return group;
}

/** A title row and a blank row, padded to the sheet's width so the array is rectangular. */
function withTitle(title: string, headers: readonly string[], rows: SheetValue[][]): SheetValue[][] {
  const pad = (first: SheetValue): SheetValue[] => [first, ...new Array<SheetValue>(headers.length - 1).fill('')];
  return [pad(title), pad(''), [...headers], ...rows];
}

/** One subject's tracker for one year: only the pupils who take the subject. */
export function sampleTrackerSheet(school: SampleSchool, options: { year: number; subject: string }): SheetValue[][] {
  const group = findYear(school, options.year);
  const subject = group.subjects.find((candidate) => candidate.name === options.subject);
  if (!subject) {
    throw new Error(
      `Year ${group.year} does not study '${options.subject}' in the sample school: ` +
        `choose one of ${group.subjects.map((s) => s.name).join(', ')}.`,
    );
  }
  const rows: SheetValue[][] = [];
  for (const pupil of group.pupils) {
    const grades = pupil.subjects[subject.name];
    if (grades) rows.push([...pupilCells(pupil, grades.teacher), grades.target, ...grades.collections]);
  }
  return withTitle(`Year ${group.year} ${subject.name} tracker - sample data`, TRACKER_HEADERS, rows);
}

/** Every subject for one year, in subject-prefixed blocks: Maths Target | Maths RP1 | ... */
export function sampleWideTrackerSheet(school: SampleSchool, options: { year: number }): SheetValue[][] {
  const group = findYear(school, options.year);
  const headers = [
    ...WIDE_PUPIL_HEADERS,
    ...group.subjects.flatMap((subject) => GRADE_HEADERS.map((header) => `${subject.name} ${header}`)),
  ];
  const noGrades: GradeCell[] = GRADE_HEADERS.map(() => '');
  const rows = group.pupils.map((pupil) => [
    ...pupilCells(pupil, undefined),
    ...group.subjects.flatMap((subject) => {
      const grades = pupil.subjects[subject.name];
      return grades ? [grades.target, ...grades.collections] : noGrades;
    }),
  ]);
  return withTitle(`Year ${group.year} tracker - sample data`, headers, rows);
}
