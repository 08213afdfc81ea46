/** What a school can change about its report; every field has the default a data manager would expect. */
import * as z from 'zod/mini';
import { describeIssues } from '../schema';
import { DEFAULT_EFFORT, effortSettingsSchema } from './effortSettings';
import { FAMILY_GROUP_KEYS, isGroupCondition } from './groupConditionKeys';

/**
 * STEM as the issue defines it: maths, the sciences, computing, D&T and engineering. Each entry is a
 * phrase matched against whole words of the folded subject name ("Design & Technology" folds to
 * "design technology"), so "science" also covers "Combined Science" and "Computer Science".
 */
export const DEFAULT_STEM_SUBJECTS = [
  'maths',
  'math',
  'mathematics',
  'further maths',
  'statistics',
  'science',
  'sciences',
  'physics',
  'chemistry',
  'biology',
  'computing',
  'computer science',
  'design technology',
  'dt',
  'd t',
  'engineering',
  'electronics',
] as const;

const phrase = z
  .string()
  .check(z.trim(), z.minLength(1, 'A subject name cannot be empty'), z.maxLength(100, 'Keep subject names to 100 characters'));

const subjectGroup = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1, 'Give the subject group a name'), z.maxLength(60, 'Keep group names to 60 characters')),
  subjects: z
    .array(phrase)
    .check(z.minLength(1, 'List at least one subject in the group'), z.maxLength(100, 'At most 100 subjects in a group')),
});

const count = (what: string) =>
  z
    .number()
    .check(
      z.int(`${what} must be a whole number`),
      z.minimum(1, `${what} must be at least 1`),
      z.maximum(30, `${what} can be at most 30`),
    );

const ks2Score = z.number().check(z.minimum(59, 'KS2 cut-offs run from 59 to 121'), z.maximum(121, 'KS2 cut-offs run from 59 to 121'));

const percent = (what: string) =>
  z.number().check(z.minimum(1, `${what} runs from 1 to 100 (per cent)`), z.maximum(100, `${what} runs from 1 to 100 (per cent)`));

const groupCondition = z
  .string()
  .check(
    z.refine(
      isGroupCondition,
      `Use a group key (${FAMILY_GROUP_KEYS.join(', ')}) or an ethnicity code written ethnicity:WBRI (the DfE's census codes)`,
    ),
  );

const combinedGroup = z.strictObject({
  /** All of them at once: "disadvantaged" and "boys" and "ethnicity:WBRI". */
  conditions: z.array(groupCondition).check(
    z.minLength(1, 'Choose at least one group to combine'),
    z.maxLength(3, 'Combine at most three groups'),
    z.refine((conditions) => new Set(conditions).size === conditions.length, 'Choose each group once'),
  ),
});

const sheetName = z
  .string()
  .check(z.minLength(1, 'A sheet name cannot be empty'), z.maxLength(100, 'Sheet names are at most 100 characters'));

const sasScore = z.number().check(z.minimum(60, 'CAT4 cut-offs run from 60 to 141'), z.maximum(141, 'CAT4 cut-offs run from 60 to 141'));

export const reportSettingsSchema = z.strictObject({
  /** In grades, as ON_TRACK's tolerance: 0.34 counts 5- as on target for a 5. */
  tolerance: z._default(
    z.number().check(z.minimum(0, 'tolerance cannot be negative'), z.maximum(9, 'tolerance can be at most 9 grades')),
    0,
  ),
  /** Prior attainment from KS2 when the tracker has no band column: low below middleFrom, high from highFrom. */
  priorBands: z._default(
    z
      .strictObject({ middleFrom: z._default(ks2Score, 100), highFrom: z._default(ks2Score, 110) })
      .check(z.refine((bands) => bands.middleFrom < bands.highFrom, 'The middle band must start below the high band')),
    { middleFrom: 100, highFrom: 110 },
  ),
  /**
   * Prior attainment from a CAT4 mean SAS column for pupils with no KS2 (and no band column):
   * low below middleFrom, high above highAbove, middle between (90-110 by default).
   */
  cat4Bands: z._default(
    z
      .strictObject({ middleFrom: z._default(sasScore, 90), highAbove: z._default(sasScore, 110) })
      .check(z.refine((bands) => bands.middleFrom <= bands.highAbove, 'The middle CAT4 band must start at or below its top')),
    { middleFrom: 90, highAbove: 110 },
  ),
  /** Groups of subjects compared against all the others, e.g. STEM. */
  subjectGroups: z._default(z.array(subjectGroup).check(z.maxLength(10, 'At most 10 subject groups')), [
    { name: 'STEM', subjects: [...DEFAULT_STEM_SUBJECTS] },
  ]),
  /** The two collections the intervention table compares; by default the first and latest with grades. */
  interventionFrom: z.optional(phrase),
  interventionTo: z.optional(phrase),
  praiseMinSubjects: z._default(count('praiseMinSubjects'), 3),
  underachievingMinSubjects: z._default(count('underachievingMinSubjects'), 3),
  /**
   * For projections (A8, headline measures, lists), a pupil absent at the latest collection keeps
   * their most recent earlier grade in that subject, rather than losing the subject altogether.
   */
  carryForward: z._default(z.boolean(), true),
  /**
   * Attendance bands, as the DfE defines absence: a pupil missing 10% or more of their sessions is
   * persistently absent, 50% or more severely absent. So attendance at or below 90% is persistent
   * absence, at or below 50% severe (a pupil at exactly 90.0% has missed 10%).
   */
  attendanceBands: z._default(
    z
      .strictObject({
        persistentAtOrBelow: z._default(percent('persistentAtOrBelow'), 90),
        severeAtOrBelow: z._default(percent('severeAtOrBelow'), 50),
      })
      .check(z.refine((bands) => bands.severeAtOrBelow < bands.persistentAtOrBelow, 'Severe absence must start below persistent absence')),
    { persistentAtOrBelow: 90, severeAtOrBelow: 50 },
  ),
  /** How the school's effort scale splits into "effort a concern" and "effort good" (see effortSettings.ts). */
  effort: z._default(effortSettingsSchema, DEFAULT_EFFORT),
  /** Groups made of up to three others at once, each reported against everyone else. */
  combinedGroups: z._default(z.array(combinedGroup).check(z.maxLength(4, 'At most 4 combined groups')), []),
  /** Other sheets of the same year group to report on with this one ("Y11 English" beside "Y11 Maths"). */
  combineSheets: z._default(
    z.array(sheetName).check(
      z.maxLength(20, 'Combine at most 20 sheets'),
      z.refine((names) => new Set(names).size === names.length, 'List each sheet once'),
    ),
    [],
  ),
  /**
   * The summer this year group sits its GCSEs (2025 for 2024/25). For 2025 and 2026 the report shows
   * no Progress 8 at all: those year groups sat no KS2 tests, so any KS2 in the tracker is not one the
   * DfE measures from. Left out, the report decides from the KS2 column alone.
   */
  examYear: z.optional(
    z
      .number()
      .check(
        z.int('examYear must be a year, e.g. 2026'),
        z.minimum(2017, 'examYear runs from 2017'),
        z.maximum(2040, 'examYear runs to 2040'),
      ),
  ),
});

export type ReportSettings = z.infer<typeof reportSettingsSchema>;

/** The GCSE summers of the year groups that sat no KS2 tests (2020 and 2021 were cancelled because of COVID-19). */
export const NO_KS2_EXAM_YEARS: readonly number[] = [2025, 2026];

/** True for a year group whose KS2 column, whatever it holds, is no KS2 test result: no Progress 8, and bands from CAT4. */
export const satNoKs2Tests = (settings: Pick<ReportSettings, 'examYear'>): boolean =>
  settings.examYear !== undefined && NO_KS2_EXAM_YEARS.includes(settings.examYear);
export type ReportSettingsInput = z.input<typeof reportSettingsSchema>;

export type SettingsCheck = { ok: true; settings: ReportSettings } | { ok: false; message: string };

/** For the panel: checks settings and says what to fix, one problem per line. */
export function checkReportSettings(input: unknown): SettingsCheck {
  const parsed = reportSettingsSchema.safeParse(input ?? {});
  return parsed.success ? { ok: true, settings: parsed.data } : { ok: false, message: describeIssues(parsed.error) };
}
