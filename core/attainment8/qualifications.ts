/**
 * Tracklight's table of qualifications: every subject name a tracker's header row may hold, read as
 * the qualification the DfE counts. The facts in it (discount codes, which element each may fill,
 * double awards) are the DfE's, from two published lists; none of their text is copied:
 *
 * - "Qualifications counting in the English Baccalaureate", published October 2019, for the 2016 to
 *   2021 key stage 4 performance tables: which GCSEs count as English, maths, science (combined
 *   science as a double award), humanities and languages.
 *   https://www.gov.uk/government/publications/english-baccalaureate-eligible-qualifications
 * - "List of 2014 - 2021 qualifications and discount codes" (Key stage 4 qualifications, discount codes
 *   and point scores), published October 2019: its 2021 tab gives each qualification's KS4 discount code.
 *   https://www.gov.uk/government/publications/key-stage-4-qualifications-discount-codes-and-point-scores
 *
 * A name the table does not know is not refused: it counts in open, as the DfE counts any other
 * approved qualification, and ATTAINMENT8's detail says so.
 */
import type { Qualification } from './qualification';
import { foldSubjectName, withoutCourseWords } from './subjectNames';
import { ENGLISH_AND_MATHS } from './table/englishMaths';
import { HUMANITIES, LANGUAGES } from './table/humanitiesLanguages';
import { OPEN_GCSES } from './table/openGcses';
import { SCIENCES } from './table/sciences';
import { TECHNICAL_AWARDS } from './table/technicalAwards';

export type { Eligibility, Qualification } from './qualification';

export const QUALIFICATIONS: readonly Qualification[] = [
  ...ENGLISH_AND_MATHS,
  ...SCIENCES,
  ...HUMANITIES,
  ...LANGUAGES,
  ...OPEN_GCSES,
  ...TECHNICAL_AWARDS,
];

let byName: Map<string, Qualification> | undefined;

/**
 * Every folded name, to its qualification; the first entry to claim a name keeps it (a test checks
 * none is claimed twice). Made on first use, so loading the functions (every Sheets custom-function
 * run does) does not fold a few hundred names that only ATTAINMENT8 and the report read.
 */
function qualificationsByName(): Map<string, Qualification> {
  if (byName) return byName;
  byName = new Map();
  for (const entry of QUALIFICATIONS) {
    for (const name of entry.names) {
      const folded = foldSubjectName(name);
      if (!byName.has(folded)) byName.set(folded, entry);
    }
  }
  return byName;
}

/** The qualification a header names, or undefined when the table does not know it. */
export function findQualification(name: unknown): Qualification | undefined {
  if (typeof name !== 'string') return undefined;
  const folded = foldSubjectName(name);
  const byFoldedName = qualificationsByName();
  return byFoldedName.get(folded) ?? byFoldedName.get(withoutCourseWords(folded));
}

export interface SubjectColumn {
  /** The header as the detail names it; a blank header is named by its column. */
  name: string;
  qualification: Qualification | undefined;
}

/** A subject header cell as Attainment 8 counts it, the same for ATTAINMENT8 and the report. */
export const subjectColumn = (header: unknown, column: number): SubjectColumn => ({
  name: String(header ?? '').trim() || `Column ${column + 1}`,
  qualification: findQualification(header),
});
