/**
 * Working-at grades for RP1-RP3. Each collection's grade is the pupil's expected grade plus a
 * residual. Residuals start below target and drift toward it over the year; PP pupils start
 * further below and close most of that gap by RP3; intervention pupils start lower and catch
 * up; and each collection adds a little noise. All figures are in grades.
 */
import type { SubjectKind } from '../attainment8/subjects';
import type { Intervention, Send } from './pupils';
import type { Random } from './random';
import type { GradeStyle } from './subjects';

/** A value written to a grade cell: a whole grade as a number, text such as '5+' or '5-4', or '' (blank). */
export type GradeCell = number | string;

export const COLLECTIONS = ['RP1', 'RP2', 'RP3'] as const;
export type Trio = [GradeCell, GradeCell, GradeCell];

const DRIFT = [-0.6, -0.35, -0.1];
const PP_EFFECT = [-0.55, -0.35, -0.15];
const INTERVENTION_EFFECT = [-0.35, -0.1, 0.2];
const SEND_EFFECT: Record<Send, number> = { N: 0, K: -0.15, E: -0.3 };
const SUBJECT_SPREAD = 0.4;
const COLLECTION_NOISE = 0.3;
/** The odd absent pupil: a blank cell, not a U. */
const ABSENT_SHARE = 0.02;

/** What shapes one pupil's grades in every subject. */
export interface PupilFactors {
  ability: number;
  pp: boolean;
  send: Send;
  eal: boolean;
  intervention: Intervention;
}

/** What one subject adds: the pupil's expected grade in it, and how the department writes grades. */
export interface SubjectFactors {
  expected: number;
  kind: SubjectKind;
  style: GradeStyle;
}

const ENGLISH_KINDS: ReadonlySet<SubjectKind> = new Set(['englishLanguage', 'englishLiterature']);

/** Tutoring covers maths and English; reading catch-up covers English. */
function interventionApplies(intervention: Intervention, kind: SubjectKind): boolean {
  if (intervention === 'Tutoring') return kind === 'maths' || ENGLISH_KINDS.has(kind);
  return intervention === 'Reading catch-up' && ENGLISH_KINDS.has(kind);
}

export function workingAtGrades(pupil: PupilFactors, subject: SubjectFactors, random: Random): Trio {
  const helped = interventionApplies(pupil.intervention, subject.kind);
  // EAL pupils tend to make slightly above-average progress from KS2, as national data show.
  const steady = subject.expected + pupil.ability + SUBJECT_SPREAD * random.normal() + SEND_EFFECT[pupil.send] + (pupil.eal ? 0.1 : 0);
  const grades: Trio = ['', '', ''];
  for (let index = 0; index < grades.length; index += 1) {
    const value =
      steady +
      DRIFT[index]! +
      (pupil.pp ? PP_EFFECT[index]! : 0) +
      (helped ? INTERVENTION_EFFECT[index]! : 0) +
      COLLECTION_NOISE * random.normal();
    grades[index] = random.chance(ABSENT_SHARE) ? '' : formatGrade(value, subject.style);
  }
  return grades;
}

// Labels are built once: a year group formats tens of thousands of grades.
const FINE_LABELS: readonly GradeCell[] = Array.from({ length: 29 }, (_, thirds) => {
  const whole = Math.round(thirds / 3);
  const step = thirds - whole * 3;
  return thirds < 2 ? 'U' : step === 0 ? whole : `${whole}${step > 0 ? '+' : '-'}`;
});
const DOUBLE_LABELS: readonly GradeCell[] = Array.from({ length: 19 }, (_, halves) =>
  halves < 2 ? 'U' : `${Math.ceil(halves / 2)}-${Math.floor(halves / 2)}`,
);

/** Writes a grade value the way the department does; values below the lowest grade are U. */
export function formatGrade(value: number, style: GradeStyle): GradeCell {
  if (style === 'whole') {
    const whole = Math.min(9, Math.round(value));
    return whole < 1 ? 'U' : whole;
  }
  if (style === 'double') return DOUBLE_LABELS[Math.max(0, Math.min(18, Math.round(value * 2)))]!;
  return FINE_LABELS[Math.max(0, Math.min(28, Math.round(value * 3)))]!;
}

/** A target as the department writes it: combined science doubles it (6 -> '6-6'). */
export function formatTarget(target: number, style: GradeStyle): GradeCell {
  return style === 'double' ? `${target}-${target}` : target;
}
