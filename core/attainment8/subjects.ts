/**
 * What the rest of Tracklight asks of a subject name (the report, the layout, the sample school):
 * how it counts in Attainment 8 and what one name it goes by. All of it is read from the table of
 * qualifications (core/attainment8/qualifications.ts).
 */
import { findQualification, type Qualification } from './qualifications';
import { foldSubjectName } from './subjectNames';

export { foldSubjectName } from './subjectNames';

/** How a subject counts in Attainment 8. */
export type SubjectKind = 'maths' | 'englishLanguage' | 'englishLiterature' | 'combinedScience' | 'ebacc' | 'open';

/** The kind a qualification counts as; one the table does not know counts as open. */
export function kindOf(qualification: Qualification | undefined): SubjectKind {
  switch (qualification?.eligibility) {
    case 'maths':
    case 'englishLanguage':
    case 'englishLiterature':
      return qualification.eligibility;
    case 'ebaccScience':
    case 'ebaccHumanities':
    case 'ebaccLanguage':
      return qualification.doubleAward ? 'combinedScience' : 'ebacc';
    default:
      return 'open';
  }
}

/** An unrecognised name counts as open, as the DfE counts any other approved qualification. */
export function classifySubject(name: unknown): SubjectKind {
  return kindOf(findQualification(name));
}

/** One name per subject, so "Chem RP1" pairs with "Chemistry Target"; an unknown name comes back folded. */
export function canonicalSubjectName(name: string): string {
  return findQualification(name)?.name ?? foldSubjectName(name);
}

/** Whether the name is a subject Tracklight knows, EBacc or not (Art, PE, RE...). */
export const isKnownSubject = (name: string): boolean => findQualification(name) !== undefined;
