/** The subjects the sample school teaches, how each department writes grades, and who takes what. */
import { classifySubject, type SubjectKind } from '../attainment8/subjects';
import type { Random } from './random';

/** fine: 5+, 5, 5- ; whole: 5 ; double: combined science's 5-4, 5-5. */
export type GradeStyle = 'fine' | 'whole' | 'double';
/** The part of the DfE Attainment 8 estimate a subject's target comes from (TARGET_GRADE's element). */
export type TargetElement = 'english' | 'maths' | 'ebacc' | 'open';

export interface SampleSubject {
  name: string;
  /** Staff are shared across key stages: KS3 English and GCSE English Literature have one department. */
  department: string;
  style: GradeStyle;
  kind: SubjectKind;
  element: TargetElement;
}

const ELEMENT_BY_KIND: Record<SubjectKind, TargetElement> = {
  maths: 'maths',
  englishLanguage: 'english',
  englishLiterature: 'english',
  combinedScience: 'ebacc',
  ebacc: 'ebacc',
  open: 'open',
};

const subject = (name: string, department: string, style: GradeStyle): SampleSubject => {
  const kind = classifySubject(name);
  return { name, department, style, kind, element: ELEMENT_BY_KIND[kind] };
};

/** Key stage 3 (Y7-Y9): everyone takes everything, with one language. */
export const KS3_SUBJECTS: readonly SampleSubject[] = [
  subject('Maths', 'Maths', 'fine'),
  subject('English', 'English', 'fine'),
  subject('Science', 'Science', 'whole'),
  subject('History', 'Humanities', 'whole'),
  subject('Geography', 'Humanities', 'fine'),
  subject('French', 'MFL', 'fine'),
  subject('Spanish', 'MFL', 'fine'),
  subject('Art', 'Art', 'whole'),
  subject('Computing', 'Computing', 'whole'),
  subject('Music', 'Music', 'whole'),
  subject('Design & Technology', 'D&T', 'whole'),
];

/** Key stage 4 (Y10-Y11): the GCSE core, then a humanity, a language for some, and open options. */
export const KS4_SUBJECTS: readonly SampleSubject[] = [
  subject('Maths', 'Maths', 'fine'),
  subject('English Language', 'English', 'fine'),
  subject('English Literature', 'English', 'fine'),
  subject('Combined Science', 'Science', 'double'),
  subject('History', 'Humanities', 'whole'),
  subject('Geography', 'Humanities', 'fine'),
  subject('French', 'MFL', 'fine'),
  subject('Spanish', 'MFL', 'fine'),
  subject('Art', 'Art', 'whole'),
  subject('Computer Science', 'Computing', 'fine'),
  subject('Music', 'Music', 'whole'),
  subject('Design & Technology', 'D&T', 'whole'),
  subject('Business', 'Business', 'whole'),
];

export const subjectsForYear = (year: number): readonly SampleSubject[] => (year >= 10 ? KS4_SUBJECTS : KS3_SUBJECTS);

const KS4_OPEN_OPTIONS = ['Art', 'Computer Science', 'Music', 'Design & Technology', 'Business'];
// About half of pupils nationally enter a language at GCSE, so EBacc entry varies as it does in schools.
const KS4_LANGUAGE_SHARE = 0.55;

/** The subjects one pupil takes, in the year's catalogue order. */
export function chooseSubjects(year: number, classIndex: number, random: Random): string[] {
  if (year < 10) {
    // KS3 languages are timetabled by class: alternate classes learn French and Spanish.
    const language = classIndex % 2 === 0 ? 'French' : 'Spanish';
    return KS3_SUBJECTS.map((s) => s.name).filter((name) => name !== (language === 'French' ? 'Spanish' : 'French'));
  }
  const chosen = new Set(['Maths', 'English Language', 'English Literature', 'Combined Science']);
  chosen.add(random.chance(0.5) ? 'History' : 'Geography');
  const takesLanguage = random.chance(KS4_LANGUAGE_SHARE);
  if (takesLanguage) chosen.add(random.chance(0.5) ? 'French' : 'Spanish');
  const open = [...KS4_OPEN_OPTIONS];
  for (let count = takesLanguage ? 2 : 3; count > 0; count -= 1) chosen.add(open.splice(random.below(open.length), 1)[0]!);
  return KS4_SUBJECTS.map((s) => s.name).filter((name) => chosen.has(name));
}
