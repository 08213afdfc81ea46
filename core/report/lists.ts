/**
 * The pupils senior leaders act on, from projected grades: borderline in English or maths, praise
 * for being on target across subjects, and underachievement across subjects.
 */
import { PER_GRADE, THIRD, toleranceTwelfths } from '../grades/twelfths';
import { statusFor } from '../tracking/status';
import type { Cohort } from './cohort';
import { FAMILIES } from './groups';
import type { PupilIdentity, PupilRecord } from './pupils';
import { projectedGrade, type ProjectedSubject, type Projection } from './projection';
import type { ReportSettings } from './settings';

export interface BorderlineItem {
  /** The subject the grade is in, e.g. "English Literature" (the better English counts). */
  subject: string;
  /** The grade as the tracker shows it, e.g. "4-". */
  grade: string;
  /** 4 or 5: the grade the pupil is one fine grade short of. */
  threshold: number;
}

export interface PupilListEntry {
  pupil: PupilIdentity;
  /** The focus groups the pupil is in (focusGroupsOf). */
  groups: string[];
  subjects: string[];
}

export interface PupilLists {
  collection: string | null;
  /** Within one fine grade below 4 or 5 in English or maths: a grade value in [threshold - 1/3, threshold). */
  borderline: { pupil: PupilIdentity; groups: string[]; items: BorderlineItem[] }[];
  /** On or above target in at least praiseMinSubjects subjects, most subjects first. */
  praise: PupilListEntry[];
  /** Below or well below target in at least underachievingMinSubjects subjects, most subjects first. */
  underachieving: PupilListEntry[];
}

export const BORDERLINE_THRESHOLDS = [4, 5] as const;

/** The threshold a grade value (twelfths) is one fine grade short of, or null. */
export function borderlineThreshold(value: number): number | null {
  for (const threshold of BORDERLINE_THRESHOLDS) {
    const line = threshold * PER_GRADE;
    if (value >= line - THIRD && value < line) return threshold;
  }
  return null;
}

export function pupilLists(cohort: Cohort, projection: Projection, settings: ReportSettings): PupilLists {
  const tolerance = toleranceTwelfths(settings.tolerance);
  const english = projection.subjects.filter((subject) => subject.kind === 'englishLanguage' || subject.kind === 'englishLiterature');
  const maths = projection.subjects.filter((subject) => subject.kind === 'maths');
  const lists: PupilLists = { collection: projection.collection, borderline: [], praise: [], underachieving: [] };
  const praise: { entry: PupilListEntry; order: number }[] = [];
  const under: { entry: PupilListEntry; order: number }[] = [];

  for (const pupil of cohort.pupils) {
    const p = pupil.position;
    const items: BorderlineItem[] = [];
    for (const candidates of [maths, english]) {
      const top = bestOf(candidates, p);
      const threshold = top ? borderlineThreshold(projectedGrade(top, p)) : null;
      if (top && threshold !== null)
        items.push({ subject: top.name, grade: String(cohort.cell(pupil, top.source[p]!.index)).trim(), threshold });
    }
    if (items.length > 0) lists.borderline.push({ pupil: pupil.identity, groups: focusGroupsOf(pupil), items });

    const onOrAbove: string[] = [];
    const below: string[] = [];
    for (const subject of projection.subjects) {
      const source = subject.source[p];
      const diff = source ? source.grades[p]! - source.targets[p]! : NaN;
      if (Number.isNaN(diff)) continue;
      const status = statusFor(diff, tolerance);
      (status === 'On' || status === 'Above' ? onOrAbove : below).push(subject.name);
    }
    const entry = (subjects: string[]) => ({ entry: { pupil: pupil.identity, groups: focusGroupsOf(pupil), subjects }, order: p });
    if (onOrAbove.length >= settings.praiseMinSubjects) praise.push(entry(onOrAbove));
    if (below.length >= settings.underachievingMinSubjects) under.push(entry(below));
  }
  // Most subjects first; ties keep the tracker's own order, so the list reads like the sheet.
  const rank = (list: typeof praise) =>
    list.sort((a, b) => b.entry.subjects.length - a.entry.subjects.length || a.order - b.order).map(({ entry }) => entry);
  lists.praise = rank(praise);
  lists.underachieving = rank(under);
  return lists;
}

/** Families whose focus group a list names: every gap family but gender, whose "Boys" says nothing to act on. */
const LISTED_FAMILIES = FAMILIES.filter((family) => family.gap !== null && family.id !== 'gender');

/**
 * The groups a listed pupil is in that a leader acts on (PP, SEND, persistently absent, effort a
 * concern ...), so a list shows at a glance who is also in which group, as the gap tables count them.
 */
export function focusGroupsOf(pupil: PupilRecord): string[] {
  const groups: string[] = [];
  for (const family of LISTED_FAMILIES) {
    if (pupil.groups[family.id] === family.gap!.focus) groups.push(family.groups[family.gap!.focus]!.label);
  }
  return groups;
}

/** The subject with the pupil's highest projected grade (the first on a tie), or null when none is graded. */
function bestOf(subjects: readonly ProjectedSubject[], position: number): ProjectedSubject | null {
  let best: ProjectedSubject | null = null;
  for (const subject of subjects) {
    const grade = projectedGrade(subject, position);
    if (!Number.isNaN(grade) && (best === null || grade > projectedGrade(best, position))) best = subject;
  }
  return best;
}
