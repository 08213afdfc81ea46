/**
 * Classes and teachers: at each collection, how each class's grades (and each teacher's) stand against their targets,
 * with the class's mean target beside it so a top set and a bottom set are read fairly, and the PP gap inside the class.
 * The figures are for questions in a line-management meeting, never a verdict on a teacher: see CLASSES_NOTE.
 */
import { SMALL_GROUP } from '../gaps/ppGap';
import { ClassTally, rankByResidual, type ClassFigures } from './classTally';
import { FAMILY_BY_ID, type FamilyId } from './groups';
import type { PupilRecord } from './pupils';
import type { SectionInput, SectionResult } from './sectionInput';
import { counted, oneDecimal } from './sectionWords';

export type { ClassFigures } from './classTally';

export const CLASSES_SECTION = 'Classes and teachers';

export const CLASSES_NOTE =
  'Residuals compare grades with targets. Classes differ in more than teaching (sets, prior attainment, timetabling), ' +
  'so this table is for asking questions, not for judging teachers.';

export interface ClassRow extends ClassFigures {
  className: string;
  /** The class's usual teacher: the teacher most of its pupils have (the first met on a tie), or null. */
  teacher: string | null;
}

export interface TeacherRow extends ClassFigures {
  teacher: string;
  /** The classes the teacher's pupils are in, as written. */
  classes: string[];
}

export interface ClassesReport {
  /** Latest collection first, then by rank (lowest mean residual first); a class with no pupil graded at a collection has no row there. */
  classes: ClassRow[];
  teachers: TeacherRow[];
  /** The family the in-class gap is about: PP, else disadvantaged; null when the tracker has neither column. */
  gapFamily: FamilyId | null;
  /** "PP gap", "Disadvantaged gap". */
  gapName: string | null;
  /** "PP pupils", "Disadvantaged pupils". */
  focusPupils: string | null;
  /** The latest collection any class has a mean residual at. */
  latest: string | null;
  /** About the lowest class at `latest`; null with fewer than 2 classes there. */
  sentence: string | null;
  note: string;
}

const leftOut = (because: string): SectionResult<ClassesReport> => ({ ok: false, leftOut: { section: CLASSES_SECTION, because } });

export function classesReport(input: SectionInput): SectionResult<ClassesReport> {
  const { cohort, comparisons, families } = input;
  const roles = new Set(cohort.layout.columns.map((column) => column.role));
  if (!roles.has('class') && !roles.has('teacher')) return leftOut('the tracker has no class or teacher column');
  if (!comparisons.some(({ status }) => status.some((index) => index >= 0)))
    return leftOut('no grade has a target to compare it with: pair the grade columns with a target in the panel');
  const inAClass = cohort.pupils.filter((pupil) => pupil.identity.className !== null || pupil.identity.teacher !== null);
  if (inAClass.length === 0) return leftOut('the class and teacher columns are empty');

  const gapFamily = (['pp', 'disadvantaged'] as const).find((id) => families.some((family) => family.id === id)) ?? null;
  const gap = gapFamily ? FAMILY_BY_ID.get(gapFamily)!.gap! : null;
  const classes: ClassRow[] = [];
  const teachers: TeacherRow[] = [];
  const usualTeachers = usualTeacherOf(inAClass);
  const classesOf = classesByTeacher(inAClass);
  // Latest first: a head of department starts from where the classes are now.
  for (const collection of [...cohort.collections].reverse()) {
    const figures = input.atCollection(collection);
    const byClass = new Map<string, ClassTally>();
    const byTeacher = new Map<string, ClassTally>();
    for (const pupil of inAClass) {
      const group = gapFamily ? pupil.groups[gapFamily] : undefined;
      const { className, teacher } = pupil.identity;
      if (className !== null) tallyOf(byClass, className).add(figures, pupil.position, group);
      if (teacher !== null) tallyOf(byTeacher, teacher).add(figures, pupil.position, group);
    }
    const classRows = [...byClass].map(([className, tally]) => ({
      className,
      teacher: usualTeachers.get(className) ?? null,
      ...tally.figures(collection),
    }));
    const teacherRows = [...byTeacher].map(([teacher, tally]) => ({
      teacher,
      classes: classesOf.get(teacher) ?? [],
      ...tally.figures(collection),
    }));
    classes.push(...ranked(classRows, (row) => row.className));
    teachers.push(...ranked(teacherRows, (row) => row.teacher));
  }
  const latest = classes.find((row) => row.meanResidual !== null)?.collection ?? null;
  const atLatest = classes.filter((row) => row.collection === latest && row.meanResidual !== null);
  return {
    ok: true,
    value: {
      classes,
      teachers,
      gapFamily,
      gapName: gap?.name ?? null,
      focusPupils: gap?.focusPupils ?? null,
      latest,
      sentence: atLatest.length >= 2 ? lowestClassSentence(atLatest[0]!, atLatest.length, gap?.focusPupils ?? null) : null,
      note: CLASSES_NOTE,
    },
  };
}

const tallyOf = (tallies: Map<string, ClassTally>, key: string): ClassTally => {
  let tally = tallies.get(key);
  if (!tally) tallies.set(key, (tally = new ClassTally()));
  return tally;
};

const byName = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

/** Rows with a pupil graded, ranked, lowest mean residual first; unranked rows last, by name. */
function ranked<T extends ClassFigures>(rows: T[], name: (row: T) => string): T[] {
  const graded = rows.filter((row) => row.pupils > 0);
  rankByResidual(graded);
  return graded.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || byName.compare(name(a), name(b)));
}

/** Each class's most common teacher among its pupils; a tie goes to the teacher met first in the tracker. */
function usualTeacherOf(pupils: readonly PupilRecord[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const { identity } of pupils) {
    if (identity.className === null || identity.teacher === null) continue;
    const teachers = counts.get(identity.className) ?? new Map<string, number>();
    teachers.set(identity.teacher, (teachers.get(identity.teacher) ?? 0) + 1);
    counts.set(identity.className, teachers);
  }
  const usual = new Map<string, string>();
  for (const [className, teachers] of counts) {
    let best: [string, number] | null = null;
    for (const entry of teachers) if (best === null || entry[1] > best[1]) best = entry;
    if (best) usual.set(className, best[0]);
  }
  return usual;
}

function classesByTeacher(pupils: readonly PupilRecord[]): Map<string, string[]> {
  const classes = new Map<string, Set<string>>();
  for (const { identity } of pupils) {
    if (identity.className === null || identity.teacher === null) continue;
    classes.set(identity.teacher, (classes.get(identity.teacher) ?? new Set<string>()).add(identity.className));
  }
  return new Map([...classes].map(([teacher, names]) => [teacher, [...names].sort(byName.compare)]));
}

/** "10X3 (BDG) is 0.6 grades below target on average at RP2, the lowest of 6 classes; 4 of its 9 PP pupils are well below." */
export function lowestClassSentence(row: ClassRow, classCount: number, focusPupils: string | null): string {
  const mean = oneDecimal(row.meanResidual!);
  const standing = mean === 0 ? 'on target' : `${Math.abs(mean).toFixed(1)} grades ${mean < 0 ? 'below' : 'above'} target`;
  const teacher = row.teacher === null ? '' : ` (${row.teacher})`;
  // "Disadvantaged pupils" reads in lower case mid-sentence; "PP pupils" keeps its capitals.
  const group = focusPupils?.replace(/^[A-Z](?=[a-z])/, (first) => first.toLowerCase()) ?? null;
  const focus =
    group !== null && row.focusPupils > 0
      ? `; ${row.focusWellBelow === 0 ? 'none' : row.focusWellBelow} of its ` +
        `${counted(row.focusPupils, group.replace(/pupils$/, 'pupil'), group)} ${row.focusWellBelow > 1 ? 'are' : 'is'} well below`
      : '';
  return `${row.className}${teacher} is ${standing} on average at ${row.collection}, the lowest of ${classCount} classes${focus}.`;
}

/** At most two lines for the panel's preview. */
export function classesHeadlines(classes: ClassesReport): string[] {
  const atLatest = classes.classes.filter((row) => row.collection === classes.latest);
  const small = atLatest.filter((row) => row.small).length;
  const count =
    classes.latest === null
      ? null
      : `${counted(atLatest.length, 'class', 'classes')} compared at ${classes.latest}` +
        (small > 0 ? `, ${small} with fewer than ${SMALL_GROUP} pupils graded (read with caution).` : '.');
  return [classes.sentence, count].filter((line): line is string => line !== null);
}
