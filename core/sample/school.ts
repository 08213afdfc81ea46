/** The synthetic school: every year group's pupils, with targets from TARGET_GRADE and RP1-RP3 grades. */
import * as z from 'zod/mini';
import '../schema';
import { isCellError } from '../errors';
import { functions } from '../functions';
import { formatTarget, workingAtGrades, type GradeCell, type PupilFactors, type Trio } from './grades';
import { classCount, drawPupil, type PupilDetails } from './pupils';
import { createRandom, hashSeed, type Random } from './random';
import { KS3_SUBJECTS, KS4_SUBJECTS, subjectsForYear, type SampleSubject, type TargetElement } from './subjects';
import { createStaffRoom, teacherFor, type StaffRoom } from './staff';

export const DEFAULT_SAMPLE_SEED = 2024;

const wholeYear = z
  .number()
  .check(z.int('years run from 7 to 11'), z.minimum(7, 'years run from 7 to 11'), z.maximum(11, 'years run from 7 to 11'));

export const sampleSchoolOptionsSchema = z.strictObject({
  seed: z._default(
    z.union([z.number().check(z.int()), z.string().check(z.minLength(1))], { error: 'seed must be a whole number or some text' }),
    DEFAULT_SAMPLE_SEED,
  ),
  pupilsPerYear: z._default(
    z
      .number()
      .check(
        z.int('pupilsPerYear must be a whole number'),
        z.minimum(1, 'pupilsPerYear must be at least 1'),
        z.maximum(5000, 'pupilsPerYear can be at most 5,000'),
      ),
    180,
  ),
  years: z._default(
    z.array(wholeYear).check(
      z.minLength(1, 'choose at least one year group'),
      z.refine((years) => new Set(years).size === years.length, 'each year group may be listed once'),
    ),
    [7, 8, 9, 10, 11],
  ),
});
export type SampleSchoolOptions = z.input<typeof sampleSchoolOptionsSchema>;

export interface SubjectGrades {
  teacher: string;
  /** From TARGET_GRADE on the pupil's KS2; blank when the pupil has no KS2. */
  target: GradeCell;
  /** RP1, RP2, RP3. */
  collections: Trio;
}

export interface SamplePupil extends PupilDetails {
  /** Only the subjects the pupil takes, in the year's catalogue order. */
  subjects: Record<string, SubjectGrades>;
}

export interface SampleYearGroup {
  year: number;
  subjects: readonly SampleSubject[];
  /** Sorted by class, then surname and forename, as a tracker lists them. */
  pupils: SamplePupil[];
}

export interface SampleSchool {
  seed: number | string;
  yearGroups: SampleYearGroup[];
}

export function generateSchool(options: SampleSchoolOptions = {}): SampleSchool {
  const parsed = sampleSchoolOptionsSchema.safeParse(options);
  if (!parsed.success) {
    throw new Error(
      `Sample school options: ${parsed.error.issues.map((issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`).join('; ')}`,
    );
  }
  const { seed, pupilsPerYear, years } = parsed.data;
  const departments = [...new Set([...KS3_SUBJECTS, ...KS4_SUBJECTS].map((subject) => subject.department))];
  const staff = createStaffRoom(hashSeed(seed), departments);
  // Each year has its own stream, so Year 10 is the same whichever other years are asked for.
  const yearGroups = years.map((year) => generateYear(year, pupilsPerYear, createRandom(hashSeed(seed, 'year', year)), staff));
  return { seed, yearGroups };
}

function generateYear(year: number, count: number, random: Random, staff: StaffRoom): SampleYearGroup {
  const classes = classCount(count);
  const drafts = Array.from({ length: count }, (_, serial) => ({
    ...drawPupil(year, serial + 1, serial % classes, random),
    classIndex: serial % classes,
  }));
  const shownTargets = targetsByElement(drafts.map(({ details }) => [details.ks2Reading ?? '', details.ks2Maths ?? '']));
  // Grades centre on the target the pupil's real KS2 would give, even when the sheet shows no KS2.
  const expectedGrades = targetsByElement(drafts.map(({ hidden }) => [hidden.trueReading, hidden.trueMaths]));
  const subjects = subjectsForYear(year);

  const rows = drafts.map(({ details, hidden, classIndex }, index) => {
    const factors: PupilFactors = { ...details, ability: hidden.ability };
    const grades: Record<string, SubjectGrades> = {};
    for (const subject of subjects) {
      if (!hidden.subjects.includes(subject.name)) continue;
      const target = shownTargets[subject.element][index]!;
      const expected = expectedGrades[subject.element][index] as number;
      grades[subject.name] = {
        teacher: teacherFor(staff, subject.department, year, classIndex),
        target: target === '' ? '' : formatTarget(target, subject.style),
        collections: workingAtGrades(factors, { expected, kind: subject.kind, style: subject.style }, random),
      };
    }
    return { pupil: { ...details, subjects: grades }, classIndex };
  });
  rows.sort(byClassThenName);
  const pupils = rows.map(({ pupil }) => pupil);
  return { year, subjects, pupils };
}

const ELEMENTS: readonly TargetElement[] = ['english', 'maths', 'ebacc', 'open'];

/** One TARGET_GRADE call per element over the whole year's (reading, maths) pairs. */
function targetsByElement(ks2Pairs: unknown[][]): Record<TargetElement, Array<number | ''>> {
  const result = {} as Record<TargetElement, Array<number | ''>>;
  for (const element of ELEMENTS) {
    const grid = functions.TARGET_GRADE(ks2Pairs, element);
    if (!Array.isArray(grid)) throw new Error(`TARGET_GRADE refused the sample KS2 scores: ${String(grid)}`);
    result[element] = grid.map(([cell]) => {
      if (isCellError(cell) || (cell !== '' && typeof cell !== 'number'))
        throw new Error(`TARGET_GRADE gave ${String(cell)} for a sample pupil`);
      return cell;
    });
  }
  return result;
}

// Plain comparison, not localeCompare: the order must not depend on the machine's locale.
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function byClassThenName(a: { pupil: SamplePupil; classIndex: number }, b: { pupil: SamplePupil; classIndex: number }): number {
  return (
    a.classIndex - b.classIndex ||
    compareText(a.pupil.surname, b.pupil.surname) ||
    compareText(a.pupil.forename, b.pupil.forename) ||
    compareText(a.pupil.upn, b.pupil.upn)
  );
}
