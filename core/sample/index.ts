/** The synthetic school: a seeded generator and sheet builders for the sample tracker, tests and benchmark. */
export { createRandom, hashSeed, type Random } from './random';
export { COLLECTIONS, type GradeCell } from './grades';
export type { Intervention, Send } from './pupils';
export { KS3_SUBJECTS, KS4_SUBJECTS, subjectsForYear, type GradeStyle, type SampleSubject, type TargetElement } from './subjects';
export {
  DEFAULT_SAMPLE_SEED,
  generateSchool,
  sampleSchoolOptionsSchema,
  type SamplePupil,
  type SampleSchool,
  type SampleSchoolOptions,
  type SampleYearGroup,
  type SubjectGrades,
} from './school';
export {
  GRADE_HEADERS,
  PUPIL_HEADERS,
  SAMPLE_HEADER_ROW_INDEX,
  sampleTrackerSheet,
  sampleWideTrackerSheet,
  TRACKER_HEADERS,
  WIDE_PUPIL_HEADERS,
  type SheetValue,
} from './sheets';
