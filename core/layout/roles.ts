/**
 * Who the pupil is and the groups they are in: one column each per sheet, so listed once here for
 * both the dropdown's order and ONE_COLUMN_ROLES.
 */
const PUPIL_DETAIL_ROLES = [
  'upn',
  'admissionNumber',
  'name',
  'surname',
  'forename',
  'pp',
  'disadvantaged',
  'fsm',
  'send',
  'eal',
  'gender',
  'lac',
  'pla',
  'ehcp',
  'serviceChild',
  'youngCarer',
  'ethnicity',
  'candidateNumber',
  'priorBand',
] as const;

/** What is measured about a pupil beside their grades but is never a grade: never coloured, never paired. */
const MEASURES = ['cat4', 'baseline', 'effort', 'homework', 'attendance', 'behaviourPoints', 'achievementPoints'] as const;

/** What a column holds, as the panel's dropdown offers it. */
export const COLUMN_ROLES = [
  ...PUPIL_DETAIL_ROLES,
  'intervention',
  'ks2Reading',
  'ks2Maths',
  'ks2Average',
  'ks2Other',
  ...MEASURES,
  'class',
  'teacher',
  'form',
  'yearGroup',
  'target',
  'expected',
  'grade',
  'status',
  'other',
] as const;

export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Plain names for the dropdown and for messages. */
export const ROLE_LABELS: Readonly<Record<ColumnRole, string>> = {
  upn: 'UPN',
  admissionNumber: 'Admission number',
  name: 'Pupil name',
  surname: 'Surname',
  forename: 'Forename',
  pp: 'Pupil premium (PP)',
  disadvantaged: 'Disadvantaged',
  fsm: 'FSM / Ever 6',
  send: 'SEND (E/K)',
  eal: 'EAL',
  gender: 'Gender',
  lac: 'Looked after (LAC/CLA)',
  pla: 'Previously looked after (PLAC)',
  ehcp: 'EHCP',
  serviceChild: 'Service child',
  youngCarer: 'Young carer',
  ethnicity: 'Ethnicity',
  candidateNumber: 'Candidate / exam number',
  priorBand: 'Prior attainment band',
  intervention: 'Intervention',
  ks2Reading: 'KS2 reading',
  ks2Maths: 'KS2 maths',
  ks2Average: 'KS2 average / APS',
  ks2Other: 'KS2 other',
  cat4: 'CAT4 score (never a grade)',
  baseline: 'Other baseline test (MidYIS, NGRT, reading age)',
  effort: 'Effort / attitude to learning (never a grade)',
  homework: 'Homework (never a grade)',
  attendance: 'Attendance',
  behaviourPoints: 'Behaviour points',
  achievementPoints: 'Achievement points',
  class: 'Class / set',
  teacher: 'Teacher',
  form: 'Form / reg group',
  yearGroup: 'Year group',
  target: 'Target',
  expected: 'Expected grade for a collection (flight path)',
  grade: 'Grade (current, predicted, data collection)',
  status: 'Progress / on-track (worked out from others)',
  other: 'Other',
};

/**
 * Roles a report reads from one column per sheet (per subject for class and teacher):
 * a second column with the same role is reported, never silently preferred.
 */
export const ONE_COLUMN_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  ...PUPIL_DETAIL_ROLES,
  'ks2Reading',
  'ks2Maths',
  'ks2Average',
  'form',
  'yearGroup',
  'class',
  'teacher',
]);

/** Roles whose heading may carry a subject ("Maths Target", "Maths Set", "Maths Intervention"). */
export const SUBJECT_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'target',
  'expected',
  'grade',
  'class',
  'teacher',
  'intervention',
  'status',
  'effort',
  'homework',
]);

/** MEASURES as a set: a merged cell naming one over a block of collections ("Effort" over "Aut | Spr") gives the block its role. */
export const MEASURE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(MEASURES);

/** Roles that may be the other end of a pair: the final target, or the expected grade for one collection. */
export const PAIR_TARGET_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['target', 'expected']);

/** What a grade column's heading says it holds: a prediction, a working-at grade, an assessment or mock, or a final result. */
export const GRADE_KINDS = ['prediction', 'workingAt', 'assessment', 'result'] as const;

export type GradeKind = (typeof GRADE_KINDS)[number];
