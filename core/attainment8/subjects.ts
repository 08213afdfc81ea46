/** How a subject counts in Attainment 8. */
export type SubjectKind = 'maths' | 'englishLanguage' | 'englishLiterature' | 'combinedScience' | 'ebacc' | 'open';

interface KnownSubject {
  name: string;
  kind: SubjectKind;
  /** Folded spellings trackers use (see foldSubjectName). */
  aliases: readonly string[];
}

const LANGUAGES = [
  'French',
  'Spanish',
  'German',
  'Italian',
  'Latin',
  'Classical Greek',
  'Mandarin',
  'Chinese',
  'Arabic',
  'Urdu',
  'Polish',
  'Portuguese',
  'Russian',
  'Japanese',
  'Bengali',
  'Punjabi',
  'Turkish',
  'Biblical Hebrew',
  'Modern Hebrew',
  'Gujarati',
  'Persian',
  'Dutch',
  'Modern Greek',
];

const ebacc = (name: string, ...aliases: string[]): KnownSubject => ({ name, kind: 'ebacc', aliases: [name.toLowerCase(), ...aliases] });
const open = (name: string, ...aliases: string[]): KnownSubject => ({ name, kind: 'open', aliases: [name.toLowerCase(), ...aliases] });

/** Subjects trackers name, each under one canonical name, with the abbreviations schools use. */
const SUBJECTS: readonly KnownSubject[] = [
  { name: 'Maths', kind: 'maths', aliases: ['maths', 'math', 'mathematics', 'ma', 'mat'] },
  {
    name: 'English Language',
    kind: 'englishLanguage',
    aliases: ['english', 'english language', 'eng lang', 'english lang', 'eng language', 'en lang', 'lang', 'eng'],
  },
  {
    name: 'English Literature',
    kind: 'englishLiterature',
    aliases: ['english literature', 'eng lit', 'english lit', 'eng literature', 'en lit', 'lit', 'literature'],
  },
  {
    name: 'Combined Science',
    kind: 'combinedScience',
    aliases: [
      'combined science',
      'comb sci',
      'combined sci',
      'double science',
      'science combined',
      'science trilogy',
      'trilogy',
      'synergy',
      'science',
      'sci',
    ],
  },
  ebacc('Physics', 'phys'),
  ebacc('Chemistry', 'chem'),
  ebacc('Biology', 'bio', 'biol'),
  ebacc('Core Science', 'core sci'),
  ebacc('Additional Science', 'add sci', 'additional sci'),
  ebacc('Computer Science', 'comp sci', 'computing', 'computer sci', 'cs', 'comp'),
  ebacc('History', 'hist'),
  ebacc('Geography', 'geog', 'geo'),
  ...LANGUAGES.map((language) => ebacc(language)),
  ebacc('Ancient Greek', 'greek'),
  ebacc('Modern Foreign Language', 'mfl'),
  open('Art', 'art and design', 'art design', 'fine art'),
  open('Music'),
  open('PE', 'physical education', 'gcse pe'),
  open('Religious Studies', 're', 'rs', 'religious education'),
  open('Drama'),
  open('Design and Technology', 'd t', 'dt', 'design technology', 'dandt'),
  open('Business', 'business studies', 'bus'),
  open('Food Preparation and Nutrition', 'food', 'fpn', 'food tech', 'food technology'),
  open('Media Studies', 'media'),
  open('Citizenship'),
  open('Statistics', 'stats'),
  open('Further Maths', 'further mathematics', 'further math', 'additional maths'),
  open('Psychology', 'psych'),
  open('Sociology'),
  open('Engineering', 'eng design'),
  open('Health and Social Care', 'hsc', 'health social care'),
  open('Sport', 'btec sport', 'sports studies'),
  open('Dance'),
  open('Photography'),
  open('Textiles'),
  open('Film Studies', 'film'),
  open('Economics'),
  open('Child Development', 'child dev'),
  open('Hospitality and Catering', 'hospitality', 'catering'),
  open('ICT', 'information technology', 'it', 'digital information technology', 'dit'),
];

const SUBJECT_BY_ALIAS = new Map<string, KnownSubject>(
  SUBJECTS.flatMap((subject) => subject.aliases.map((alias) => [alias, subject] as [string, KnownSubject])),
);

/** "GCSE Eng. Lit (9-1)" -> "eng lit": case, punctuation, qualification words and grade ranges are ignored. */
export const foldSubjectName = (name: string): string =>
  name
    .toLowerCase()
    .replace(/\(.*?\)|\b(gcse|igcse|ks4|9 ?- ?1)\b/g, ' ')
    .replace(/[^a-z]+/g, ' ')
    .trim();

const lookUp = (name: unknown) => (typeof name === 'string' ? SUBJECT_BY_ALIAS.get(foldSubjectName(name)) : undefined);

/** An unrecognised name counts as open, as the DfE counts any other approved qualification. */
export function classifySubject(name: unknown): SubjectKind {
  return lookUp(name)?.kind ?? 'open';
}

/** One name per subject, so "Chem RP1" pairs with "Chemistry Target"; an unknown name comes back folded. */
export function canonicalSubjectName(name: string): string {
  return lookUp(name)?.name ?? foldSubjectName(name);
}

/** Whether the name is a subject Tracklight knows, EBacc or not (Art, PE, RE...). */
export const isKnownSubject = (name: string): boolean => lookUp(name) !== undefined;
