/**
 * The DfE performance-table headlines, from projected grades: English and maths at grade 4+, 5+ and
 * 7+, EBacc entry, average Attainment 8 and Progress 8 (its elements, pupils and 95% interval), for the
 * cohort and for the leading gap's two groups.
 */
import { foldSubjectName } from '../attainment8/subjects';
import { PER_GRADE } from '../grades/twelfths';
import type { Cohort } from './cohort';
import { FAMILY_BY_ID, type FamilyId } from './groups';
import { progress8Figures, type Progress8Figures, type Progress8Scores } from './progress8';
import { projectedGrade, type ProjectedSubject, type Projection } from './projection';

/** Our reading of the DfE's EBacc entry rule, shown with the figure. */
export const EBACC_RULE =
  'EBacc entry: a grade in both English Language and English Literature, maths, science (combined science, core and additional science, ' +
  'or 3 of biology, chemistry, physics and computer science), a language, and history or geography.';

export interface HeadlineRow {
  label: string;
  /** Pupils with any projected grade: the denominator of every share. */
  pupils: number;
  englishMaths4: number | null;
  englishMaths5: number | null;
  englishMaths7: number | null;
  ebaccEntry: number | null;
  averageAttainment8: number | null;
  /** The group's pupils with KS2 and projected grades; null when the report shows no Progress 8. */
  progress8: Progress8Figures | null;
}

export interface HeadlineMeasures {
  collection: string;
  rows: HeadlineRow[];
  ebaccRule: string;
  /** Why a measure is missing, e.g. "EBacc entry needs a language column". */
  notes: string[];
}

type Pillar =
  | 'englishLanguage'
  | 'englishLiterature'
  | 'maths'
  | 'combinedScience'
  | 'pairedScience'
  | 'singleScience'
  | 'humanity'
  | 'language'
  | null;

const SINGLE_SCIENCES = new Set([
  'physics',
  'chemistry',
  'biology',
  'phys',
  'chem',
  'bio',
  'computer science',
  'comp sci',
  'computing',
  'computer sci',
  'cs',
]);
const PAIRED_SCIENCES = new Set(['core science', 'core sci', 'additional science', 'add sci', 'additional sci']);
const HUMANITIES = new Set(['history', 'hist', 'geography', 'geog', 'geo']);

/** Which EBacc pillar a subject fills; the core's subject kinds say which subjects are EBacc at all. */
function pillarOf(subject: ProjectedSubject): Pillar {
  const name = foldSubjectName(subject.name);
  switch (subject.kind) {
    case 'englishLanguage':
    case 'englishLiterature':
    case 'maths':
    case 'combinedScience':
      return subject.kind;
    case 'ebacc':
      return SINGLE_SCIENCES.has(name)
        ? 'singleScience'
        : PAIRED_SCIENCES.has(name)
          ? 'pairedScience'
          : HUMANITIES.has(name)
            ? 'humanity'
            : 'language';
    default:
      return null;
  }
}

const FOUR = 4 * PER_GRADE;
const FIVE = 5 * PER_GRADE;
const SEVEN = 7 * PER_GRADE;

export function headlineMeasures(
  cohort: Cohort,
  projection: Projection,
  attainment8: Float64Array | null,
  progress8: Progress8Scores | null,
  gapFamily: FamilyId | null,
): HeadlineMeasures | null {
  if (projection.collection === null) return null;
  const pillars = projection.subjects.map(pillarOf);
  const has = (...wanted: Pillar[]) => pillars.some((pillar) => wanted.includes(pillar));
  const notes: string[] = [];
  const englishAndMaths = has('englishLanguage', 'englishLiterature') && has('maths');
  if (!englishAndMaths) notes.push('English and maths measures need an English and a maths column.');
  const missing = [
    !has('englishLanguage') && 'English Language',
    !has('englishLiterature') && 'English Literature',
    !has('maths') && 'maths',
    !has('combinedScience', 'pairedScience', 'singleScience') && 'a science',
    !has('language') && 'a language',
    !has('humanity') && 'history or geography',
  ].filter((name): name is string => typeof name === 'string');
  if (missing.length > 0) notes.push(`EBacc entry needs columns for ${missing.join(', ')}.`);
  if (!attainment8) notes.push('Average Attainment 8 needs a wide tracker with at least two subjects.');
  if (!englishAndMaths && missing.length > 0 && !attainment8) return null;

  // Each pupil is read once; the rows below only add up these flags.
  const perPupil = cohort.pupils.map(({ position }) => {
    const grades = projection.subjects.map((subject) => projectedGrade(subject, position));
    const best = (wanted: Pillar[]) =>
      grades.reduce((top, grade, i) => (wanted.includes(pillars[i]!) && grade > top ? grade : top), -Infinity);
    const entered = (pillar: Pillar) => grades.filter((grade, i) => pillars[i] === pillar && !Number.isNaN(grade)).length;
    // English counts as the better of Language and Literature, as in the DfE's English and maths measure.
    const lower = Math.min(best(['englishLanguage', 'englishLiterature']), best(['maths']));
    const ebacc =
      entered('englishLanguage') > 0 &&
      entered('englishLiterature') > 0 &&
      entered('maths') > 0 &&
      (entered('combinedScience') > 0 || entered('pairedScience') >= 2 || entered('singleScience') >= 3) &&
      entered('language') > 0 &&
      entered('humanity') > 0;
    return {
      graded: grades.some((grade) => !Number.isNaN(grade)),
      four: lower >= FOUR,
      five: lower >= FIVE,
      seven: lower >= SEVEN,
      ebacc,
      a8: attainment8?.[position] ?? NaN,
    };
  });

  const row = (label: string, include: (position: number) => boolean): HeadlineRow => {
    let pupils = 0;
    let four = 0;
    let five = 0;
    let seven = 0;
    let ebacc = 0;
    let a8Total = 0;
    let a8Count = 0;
    perPupil.forEach((pupil, position) => {
      if (!pupil.graded || !include(position)) return;
      pupils += 1;
      four += Number(pupil.four);
      five += Number(pupil.five);
      seven += Number(pupil.seven);
      ebacc += Number(pupil.ebacc);
      if (!Number.isNaN(pupil.a8)) {
        a8Total += pupil.a8;
        a8Count += 1;
      }
    });
    const share = (count: number, available: boolean) => (available && pupils > 0 ? count / pupils : null);
    return {
      label,
      pupils,
      englishMaths4: share(four, englishAndMaths),
      englishMaths5: share(five, englishAndMaths),
      englishMaths7: share(seven, englishAndMaths),
      ebaccEntry: share(ebacc, missing.length === 0),
      averageAttainment8: a8Count > 0 ? a8Total / a8Count : null,
      // Progress 8 counts every pupil with a score, as A8 does: the group, not only its graded pupils.
      progress8: progress8 ? progress8Figures(progress8, include) : null,
    };
  };

  const rows = [row('All pupils', () => true)];
  if (gapFamily) {
    const family = FAMILY_BY_ID.get(gapFamily)!;
    family.groups.forEach((group, index) =>
      rows.push(row(group.label, (position) => cohort.pupils[position]!.groups[gapFamily] === index)),
    );
  }
  return { collection: projection.collection, rows, ebaccRule: EBACC_RULE, notes };
}
