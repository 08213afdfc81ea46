/**
 * The words schools head their columns with. A phrase matches a heading when every one of its words is
 * there, in any order ("Grade Target" = "Target Grade"). When several match, the higher priority wins,
 * then the longer phrase, then the earlier entry: priority settles the clashes a head of department
 * would settle at a glance ("Target Grade" is a target, "PP Group" a PP flag, "Class Teacher" a teacher).
 */
import { COLLECTION_PHRASES, EXPECTED_PHRASES, GRADE_KIND_PHRASES, STRONG_EXPECTED_PHRASES } from './gradeWords';
import { NEVER_GRADE_PHRASES } from './neverGradeWords';
import type { ColumnRole } from './roles';

export interface Phrase {
  role: ColumnRole;
  words: readonly string[];
  priority: number;
}

const phrases = (priority: number, role: ColumnRole, ...texts: string[]): Phrase[] =>
  texts.map((text) => ({ role, priority, words: text.split(' ') }));

/** Priority of grade words; a target word together with one of these and a minus sign is a difference column. */
export const GRADE_PRIORITY = 60;

export const PHRASES: readonly Phrase[] = [
  ...phrases(
    110,
    'priorBand',
    'prior attainment',
    'prior',
    'pa',
    'band',
    'hml',
    'high middle low',
    'l m h',
    'hap map lap',
    'attainment band',
    'attainment group',
  ),
  ...phrases(100, 'ks2Reading', 'ks 2 reading', 'ks 2 read', 'ks 2 rd', 'reading scaled score', 'read scaled score'),
  ...phrases(
    100,
    'ks2Maths',
    'ks 2 maths',
    'ks 2 math',
    'ks 2 mathematics',
    'ks 2 ma',
    'maths scaled score',
    'math scaled score',
    'mathematics scaled score',
  ),
  ...phrases(
    100,
    'ks2Average',
    'ks 2',
    'aps',
    'average point score',
    'ks 2 average',
    'ks 2 avg',
    'ks 2 mean',
    'ks 2 combined',
    'scaled score',
    'average scaled score',
    'ks 2 fine level',
  ),
  ...phrases(
    100,
    'ks2Other',
    'ks 2 gps',
    'ks 2 spag',
    'ks 2 writing',
    'ks 2 write',
    'ks 2 wri',
    'ks 2 science',
    'ks 2 english',
    'ks 2 ta',
    'gps scaled score',
    'spag scaled score',
  ),
  // "Progress vs Flight Path" compares two columns; it is not the flight path itself.
  ...phrases(93, 'status', 'vs flight path', 'v flight path', 'against flight path', 'to flight path', 'vs fp', 'against fp'),
  // Columns that sit beside grades but are never grades: never coloured, never paired, whatever collection words they carry.
  ...phrases(98, 'other', 'att 8', 'attainment 8'),
  ...phrases(98, 'name', 'candidate name'),
  ...NEVER_GRADE_PHRASES.flatMap(([role, texts]) => phrases(97, role, ...texts)),
  // The expected grade for one collection (a flight path): a target for that collection only.
  ...phrases(92, 'expected', ...STRONG_EXPECTED_PHRASES),
  // Headings that look like data words but are not grades: never coloured, never paired.
  ...phrases(
    95,
    'other',
    'comment',
    'comments',
    'notes',
    'note',
    'reason',
    'dob',
    'date of birth',
    'birth',
    'exam board',
    'board',
    'tier',
    'paper',
    'entry',
    'entries',
    'email',
    'address',
    'postcode',
    'age',
    'date',
    // FFT's chances of each grade are percentages, not grades.
    'chances',
    'chance',
    'probability',
  ),
  ...phrases(
    90,
    'status',
    'on target',
    'on track',
    'target met',
    'met target',
    'rag',
    'residual',
    'progress',
    'vs target',
    'v target',
    'versus target',
    'against target',
    'to target',
    'from target',
    'difference',
    'diff',
    'gap',
    'above below',
    'pos',
  ),
  ...phrases(
    80,
    'target',
    'target',
    'meg',
    'minimum expected',
    'min expected',
    'mtg',
    'tmg',
    'fft',
    'aspirational',
    'aspiration',
    'aspire',
  ),
  ...phrases(75, 'expected', ...EXPECTED_PHRASES),
  ...phrases(70, 'intervention', 'intervention', 'catch', 'catch up', 'tutoring', 'ntp', 'national tutoring', 'tuition'),
  ...phrases(
    66,
    'teacher',
    'class teacher',
    'set teacher',
    'teacher name',
    'teacher id',
    'teacher code',
    'staff name',
    'staff code',
    'staff id',
    'teacher initials',
  ),
  ...phrases(66, 'form', 'reg group', 'registration group', 'tutor group', 'form group', 'form name', 'reg form', 'form class'),
  ...phrases(66, 'yearGroup', 'year group', 'nc year'),
  ...phrases(65, 'class', 'class', 'set', 'teaching group', 'class code', 'teaching set', 'class group'),
  ...phrases(GRADE_PRIORITY, 'grade', ...GRADE_KIND_PHRASES.flatMap(([, texts]) => texts), ...COLLECTION_PHRASES),
  ...phrases(55, 'grade', 'grade'),
  // "Disadvantaged (Ever 6 FSM/CLA)" is the disadvantaged flag, explained: its own word outranks the others'.
  ...phrases(51, 'disadvantaged', 'disadvantaged', 'disadvantage', 'disadv', 'dis adv'),
  ...phrases(50, 'pp', 'pp', 'pupil premium', 'pp indicator', 'pp status', 'pp eligible'),
  ...phrases(50, 'fsm', 'fsm', 'ever 6', 'free school meals', 'fsm 6', 'e 6'),
  ...phrases(50, 'send', 'sen', 'send', 'special educational needs', 'sen status', 'sen code', 'sen need', 'sen provision', 'sen stage'),
  ...phrases(50, 'eal', 'eal', 'english additional language', 'english as an additional language', 'esol'),
  ...phrases(50, 'gender', 'gender', 'sex', 'm f', 'boy girl', 'male female'),
  ...phrases(52, 'ehcp', 'ehcp', 'ehc', 'ehc plan', 'education health care plan', 'education health and care plan'),
  ...phrases(
    52,
    'pla',
    'pla',
    'plac',
    'pcla',
    'previously looked after',
    'previously lac',
    'previously cla',
    'prev lac',
    'post lac',
    'post looked after',
  ),
  ...phrases(52, 'serviceChild', 'service child', 'service', 'forces', 'forces child', 'service pupil premium', 'spp'),
  ...phrases(52, 'youngCarer', 'young carer', 'carer'),
  ...phrases(50, 'lac', 'lac', 'cla', 'looked after', 'in care', 'cic', 'children looked after'),
  ...phrases(40, 'upn', 'upn', 'unique pupil number'),
  ...phrases(
    40,
    'admissionNumber',
    'adno',
    'adm no',
    'adm',
    'admission',
    'admission no',
    'admission number',
    'admissions number',
    'pupil id',
    'student id',
    'mis id',
    'id',
  ),
  ...phrases(
    40,
    'name',
    'name',
    'pupil',
    'student',
    'learner',
    'full name',
    'pupil name',
    'student name',
    'surname forename',
    'legal name',
  ),
  ...phrases(40, 'surname', 'surname', 'last name', 'family name', 'legal surname'),
  ...phrases(
    40,
    'forename',
    'forename',
    'first name',
    'given name',
    'preferred name',
    'chosen name',
    'preferred forename',
    'legal forename',
  ),
  ...phrases(35, 'class', 'group'),
  ...phrases(30, 'teacher', 'teacher', 'staff', 'teachers'),
  ...phrases(30, 'form', 'form', 'tutor', 'reg', 'registration'),
  ...phrases(30, 'yearGroup', 'year'),
];

/** Phrases by their first word: a heading is checked only against phrases that start with one of its words. */
export const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly Phrase[]> = (() => {
  const byWord = new Map<string, Phrase[]>();
  for (const phrase of PHRASES) {
    const list = byWord.get(phrase.words[0]!) ?? [];
    list.push(phrase);
    byWord.set(phrase.words[0]!, list);
  }
  return byWord;
})();
