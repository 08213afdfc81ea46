/** What a column holds, as the panel's dropdown offers it. */
export const COLUMN_ROLES = [
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
  'priorBand',
  'intervention',
  'ks2Reading',
  'ks2Maths',
  'ks2Average',
  'ks2Other',
  'class',
  'teacher',
  'form',
  'yearGroup',
  'target',
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
  priorBand: 'Prior attainment band',
  intervention: 'Intervention',
  ks2Reading: 'KS2 reading',
  ks2Maths: 'KS2 maths',
  ks2Average: 'KS2 average / APS',
  ks2Other: 'KS2 other',
  class: 'Class / set',
  teacher: 'Teacher',
  form: 'Form / reg group',
  yearGroup: 'Year group',
  target: 'Target',
  grade: 'Grade (current, predicted, data collection)',
  status: 'Progress / on-track (worked out from others)',
  other: 'Other',
};

/**
 * Roles a report reads from one column per sheet (per subject for class and teacher):
 * a second column with the same role is reported, never silently preferred.
 */
export const ONE_COLUMN_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
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
  'priorBand',
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
  'grade',
  'class',
  'teacher',
  'intervention',
  'status',
]);
