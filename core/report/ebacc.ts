/**
 * One pupil's English Baccalaureate measures from projected grades: entry, achievement at grade 4 and at
 * grade 5, and the EBacc average point score (APS). Which pillar a subject fills comes from the table of
 * qualifications (findQualification), the same table Attainment 8 counts with, so the two never disagree.
 *
 * The rules, from the DfE's "Secondary accountability measures" guide (EBacc sections) and its "English
 * Baccalaureate (EBacc)" guidance, https://www.gov.uk/government/publications/english-baccalaureate-ebacc,
 * as checked here against the DfE's APS definition republished by LG Inform
 * (https://standards.esd.org.uk/?uri=metricType%2f10751) and the DfE's reply on combined science
 * thresholds quoted by 4Matrix (http://www.4matrix.com/node/5834). The guide's own text could not be read
 * here, so the science thresholds below are those two sources' reading of it:
 * - English: both English Language and English Literature taken; the better of the two counts.
 * - Science: combined science (a double award, both grades at 4-4 / 5-5 or above; 5-4 is 4+ but not 5+),
 *   or 3 of biology, chemistry, physics and computer science with 2 of them at the grade, or (legacy)
 *   core and additional science. A combined grade is read as its mean (5-4 = 4.5), so "mean at the grade"
 *   is "both grades at it", as a double grade's two halves are never more than one apart.
 * - Maths, the better of history and geography, and the best language.
 * - APS: English + maths + the two best science grades (combined science's two grades, or the best two of
 *   the three or more single sciences) + humanity + language, 0 for a pillar not taken, divided by 6 (not
 *   5: science is two grades). APS counts every pupil, not only those entering the EBacc.
 */
import { findQualification } from '../attainment8/qualifications';
import { PER_GRADE } from '../grades/twelfths';

export type Pillar =
  'englishLanguage' | 'englishLiterature' | 'maths' | 'combinedScience' | 'pairedScience' | 'singleScience' | 'humanity' | 'language';

/** The legacy core and additional science GCSEs' discount codes (the table's 2017 tab): a pair, not single sciences. */
const LEGACY_PAIRED_SCIENCE = new Set(['RA1B', 'RA1C']);

/** The pillar a subject fills; null for an open subject or a name the table does not know (counted as open). */
export function ebaccPillar(name: string): Pillar | null {
  const qualification = findQualification(name);
  switch (qualification?.eligibility) {
    case 'englishLanguage':
    case 'englishLiterature':
    case 'maths':
      return qualification.eligibility;
    case 'ebaccScience':
      if (qualification.doubleAward) return 'combinedScience';
      return LEGACY_PAIRED_SCIENCE.has(qualification.discountCode ?? '') ? 'pairedScience' : 'singleScience';
    case 'ebaccHumanities':
      return 'humanity';
    case 'ebaccLanguage':
      return 'language';
    default:
      return null;
  }
}

export interface PupilEbacc {
  entered: boolean;
  /** Every pillar at grade 4 or above (9-4), and at grade 5 or above (9-5). */
  achieved4: boolean;
  achieved5: boolean;
  /** EBacc average point score, in points. */
  aps: number;
}

const FOUR = 4 * PER_GRADE;
const FIVE = 5 * PER_GRADE;
/** The higher of two grades in twelfths, NaN (not taken) losing to any grade. */
const better = (a: number, b: number) => (Number.isNaN(a) || b > a ? b : a);
/** A science route's two best grades, highest first, or null when the route is not taken. */
const topTwo = (grades: number[], needed: number): [number, number] | null => {
  if (grades.length < needed) return null;
  const sorted = grades.sort((a, b) => b - a);
  return [sorted[0]!, sorted[1]!];
};

/** grades[i] is the pupil's grade in twelfths (NaN: none) in the subject whose pillar is pillars[i]. */
export function pupilEbacc(grades: readonly number[], pillars: readonly (Pillar | null)[]): PupilEbacc {
  let language = NaN;
  let literature = NaN;
  let maths = NaN;
  let combined = NaN;
  let humanity = NaN;
  let modernLanguage = NaN;
  const singles: number[] = [];
  const paired: number[] = [];
  pillars.forEach((pillar, i) => {
    const grade = grades[i]!;
    if (pillar === null || Number.isNaN(grade)) return;
    if (pillar === 'englishLanguage') language = better(language, grade);
    else if (pillar === 'englishLiterature') literature = better(literature, grade);
    else if (pillar === 'maths') maths = better(maths, grade);
    else if (pillar === 'combinedScience') combined = better(combined, grade);
    else if (pillar === 'humanity') humanity = better(humanity, grade);
    else if (pillar === 'language') modernLanguage = better(modernLanguage, grade);
    else (pillar === 'singleScience' ? singles : paired).push(grade);
  });
  // Each science route the pupil has taken, as its two counted grades; the pupil is credited with the best.
  const routes = [
    Number.isNaN(combined) ? null : ([combined, combined] as [number, number]),
    topTwo(singles, 3),
    topTwo(paired, 2),
  ].filter((route): route is [number, number] => route !== null);
  const english = Number.isNaN(language) || Number.isNaN(literature) ? NaN : Math.max(language, literature);
  const entered =
    !Number.isNaN(english) && !Number.isNaN(maths) && routes.length > 0 && !Number.isNaN(humanity) && !Number.isNaN(modernLanguage);
  const achieved = (grade: number) =>
    entered &&
    english >= grade &&
    maths >= grade &&
    humanity >= grade &&
    modernLanguage >= grade &&
    routes.some((route) => route[1] >= grade);
  const points = (grade: number) => (Number.isNaN(grade) ? 0 : grade);
  const science = routes.reduce((best, route) => Math.max(best, route[0] + route[1]), 0);
  const total = points(english) + points(maths) + science + points(humanity) + points(modernLanguage);
  return { entered, achieved4: achieved(FOUR), achieved5: achieved(FIVE), aps: total / PER_GRADE / 6 };
}
