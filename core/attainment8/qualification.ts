/**
 * One entry of Tracklight's table of qualifications (core/attainment8/qualifications.ts lists its
 * sources): what a subject is called, which Attainment 8 element it may fill, whether one grade fills
 * two slots, and the DfE discount code that says which other qualifications it counts once with.
 */

/**
 * Where a qualification may count in Attainment 8: English language or literature, maths, one of the
 * three EBacc pillars (on the DfE's "Qualifications counting in the English Baccalaureate"), or, for
 * every other approved qualification, only the open element.
 */
export type Eligibility =
  'englishLanguage' | 'englishLiterature' | 'maths' | 'ebaccScience' | 'ebaccHumanities' | 'ebaccLanguage' | 'open';

export interface Qualification {
  /** The one name Tracklight gives the subject, so "Chem RP1" pairs with "Chemistry Target". */
  name: string;
  eligibility: Eligibility;
  /** One grade fills two slots (combined science). */
  doubleAward: boolean;
  /** The DfE's key stage 4 discount code; null where the DfE's list has none for it. */
  discountCode: string | null;
  /** Names, abbreviations and exam boards' course titles, as written (the table folds them). */
  names: readonly string[];
}

type Options = { doubleAward?: boolean };

/** A qualification whose own name is also a spelling trackers use. */
export const qualification = (
  name: string,
  eligibility: Eligibility,
  discountCode: string | null,
  names: readonly string[] = [],
  { doubleAward = false }: Options = {},
): Qualification => ({ name, eligibility, doubleAward, discountCode, names: [name, ...names] });

export const ebaccScience = (name: string, code: string | null, names: readonly string[] = [], options: Options = {}) =>
  qualification(name, 'ebaccScience', code, names, options);
export const humanity = (name: string, code: string | null, names: readonly string[] = []) =>
  qualification(name, 'ebaccHumanities', code, names);
export const language = (name: string, code: string | null, names: readonly string[] = []) =>
  qualification(name, 'ebaccLanguage', code, names);
export const open = (name: string, code: string | null, names: readonly string[] = []) => qualification(name, 'open', code, names);

/** How Technical Awards are headed in trackers: "BTEC Sport", "Cambridge National Sport Studies", "Tech Award in Sport". */
const VOCATIONAL_PREFIXES = [
  'btec',
  'btec tech award',
  'btec first award',
  'btec first',
  'tech award',
  'technical award',
  'vocational award',
  'cambridge national',
  'cambridge nationals',
  'cambridge national certificate',
  'vcert',
  'ncfe',
];

/**
 * An open Technical Award family. `courses` are the subject words that need a prefix ("BTEC Music",
 * since "Music" alone is the GCSE); `alone` are course titles no GCSE shares ("Music Practice").
 */
export const vocational = (name: string, code: string, courses: readonly string[], alone: readonly string[] = []) =>
  open(name, code, [...alone, ...courses.flatMap((course) => VOCATIONAL_PREFIXES.map((prefix) => `${prefix} ${course}`))]);
