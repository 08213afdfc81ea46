/**
 * The DfE performance-table headlines, from projected grades: English and maths at grade 4+, 5+ and
 * 7+, EBacc entry, achievement at 9-4 and 9-5 and APS (core/report/ebacc.ts), average Attainment 8 and
 * its four elements, and Progress 8 (its elements, pupils and 95% interval), for the cohort and for the
 * leading gap's two groups.
 */
import type { Element } from '../attainment8/attainment8';
import { PER_GRADE } from '../grades/twelfths';
import { type ProjectedPoints } from './attainmentPoints';
import { ELEMENTS } from '../attainment8/attainment8';
import type { Cohort } from './cohort';
import { ebaccPillar, pupilEbacc, type Pillar } from './ebacc';
import { FAMILY_BY_ID, type FamilyId } from './groups';
import { progress8Figures, type Progress8Figures, type Progress8Scores } from './progress8';
import { projectedGrade, type Projection } from './projection';

/** Our reading of the DfE's EBacc rules, shown with the figures (core/report/ebacc.ts cites the sources). */
export const EBACC_RULE =
  'EBacc entry: a grade in both English Language and English Literature, maths, science (combined science, core and additional science, ' +
  'or 3 of biology, chemistry, physics and computer science), a language, and history or geography. ' +
  'EBacc 9-4 and 9-5: grade 4+ (or 5+) in the better English, maths, combined science 4-4 (5-5) or 2 of the single sciences, ' +
  'the language and the humanity. EBacc APS: the points of English, maths, two science grades, the humanity and the language, ' +
  'divided by 6; 0 for a pillar not taken.';

export interface HeadlineRow {
  label: string;
  /** Pupils with any projected grade: the denominator of every share. */
  pupils: number;
  englishMaths4: number | null;
  englishMaths5: number | null;
  englishMaths7: number | null;
  ebaccEntry: number | null;
  /** Share of pupils achieving the EBacc at grade 4+ and at 5+; null when the tracker lacks a pillar's column. */
  ebacc4: number | null;
  ebacc5: number | null;
  /** Mean EBacc average point score over the same pupils; null when the tracker lacks a pillar's column. */
  ebaccAps: number | null;
  averageAttainment8: number | null;
  /** Pupils with an Attainment 8 (some projected grade): the denominator of the average and its elements. */
  attainment8Pupils: number;
  /** Mean points of each element over the pupils with an Attainment 8; null with no Attainment 8. */
  attainment8Elements: Record<Element, number> | null;
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

const FOUR = 4 * PER_GRADE;
const FIVE = 5 * PER_GRADE;
const SEVEN = 7 * PER_GRADE;

export function headlineMeasures(
  cohort: Cohort,
  projection: Projection,
  points: ProjectedPoints | null,
  progress8: Progress8Scores | null,
  gapFamily: FamilyId | null,
): HeadlineMeasures | null {
  if (projection.collection === null) return null;
  const pillars = projection.subjects.map((subject) => ebaccPillar(subject.name));
  const has = (...wanted: Pillar[]) => pillars.some((pillar) => pillar !== null && wanted.includes(pillar));
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
  // One note for all the EBacc figures: without a pillar's column every pupil would score 0 in it.
  if (missing.length > 0) notes.push(`EBacc entry needs columns for ${missing.join(', ')}.`);
  if (!points) notes.push('Average Attainment 8 needs a wide tracker with at least two subjects.');
  if (!englishAndMaths && missing.length > 0 && !points) return null;

  // Each pupil is read once; the rows below only add up these flags and points.
  const grades = new Array<number>(projection.subjects.length);
  const perPupil = cohort.pupils.map(({ position }) => {
    let english = -Infinity;
    let maths = -Infinity;
    let graded = false;
    projection.subjects.forEach((subject, i) => {
      const grade = projectedGrade(subject, position);
      grades[i] = grade;
      if (Number.isNaN(grade)) return;
      graded = true;
      // English counts as the better of Language and Literature, as in the DfE's English and maths measure.
      if (pillars[i] === 'englishLanguage' || pillars[i] === 'englishLiterature') english = Math.max(english, grade);
      else if (pillars[i] === 'maths') maths = Math.max(maths, grade);
    });
    const lower = Math.min(english, maths);
    return { graded, four: lower >= FOUR, five: lower >= FIVE, seven: lower >= SEVEN, ebacc: pupilEbacc(grades, pillars), position };
  });

  const row = (label: string, include: (position: number) => boolean): HeadlineRow => {
    const counts = { pupils: 0, four: 0, five: 0, seven: 0, entry: 0, ebacc4: 0, ebacc5: 0, aps: 0, a8: 0, a8Pupils: 0 };
    const elements: Record<Element, number> = { english: 0, maths: 0, ebacc: 0, open: 0 };
    for (const pupil of perPupil) {
      if (!pupil.graded || !include(pupil.position)) continue;
      counts.pupils += 1;
      counts.four += Number(pupil.four);
      counts.five += Number(pupil.five);
      counts.seven += Number(pupil.seven);
      counts.entry += Number(pupil.ebacc.entered);
      counts.ebacc4 += Number(pupil.ebacc.achieved4);
      counts.ebacc5 += Number(pupil.ebacc.achieved5);
      counts.aps += pupil.ebacc.aps;
      const a8 = points?.total[pupil.position] ?? NaN;
      if (Number.isNaN(a8)) continue;
      counts.a8 += a8;
      counts.a8Pupils += 1;
      for (const element of ELEMENTS) elements[element] += points!.elements[element][pupil.position]!;
    }
    const { pupils, a8Pupils } = counts;
    const share = (count: number, available: boolean) => (available && pupils > 0 ? count / pupils : null);
    const ebacc = missing.length === 0;
    for (const element of ELEMENTS) elements[element] /= a8Pupils;
    return {
      label,
      pupils,
      englishMaths4: share(counts.four, englishAndMaths),
      englishMaths5: share(counts.five, englishAndMaths),
      englishMaths7: share(counts.seven, englishAndMaths),
      ebaccEntry: share(counts.entry, ebacc),
      ebacc4: share(counts.ebacc4, ebacc),
      ebacc5: share(counts.ebacc5, ebacc),
      ebaccAps: share(counts.aps, ebacc),
      averageAttainment8: a8Pupils > 0 ? counts.a8 / a8Pupils : null,
      attainment8Pupils: a8Pupils,
      attainment8Elements: a8Pupils > 0 ? elements : null,
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
