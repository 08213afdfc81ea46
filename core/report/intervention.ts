/**
 * Did the intervention group move? For each programme in an intervention column, the change in each
 * pupil's mean residual between two collections, against the change for everyone else. Each pupil's
 * change is paired subject by subject (only subjects graded at both collections count), so a pupil who
 * dropped a subject does not look as if they moved.
 */
import { SMALL_GROUP } from '../gaps/ppGap';
import { PER_GRADE } from '../grades/twelfths';
import type { LayoutColumn } from '../layout/schema';
import { subjectKey } from '../layout/subjects';
import type { Cohort } from './cohort';
import type { Comparison } from './columns';
import { Summary } from './meanGap';
import { spansZero, welchDifference, type Interval } from './welch';
import { twoDecimals } from './wording';
import { addAt } from './addAt';

export interface ProgrammeImpact {
  programme: string;
  pupils: number;
  /** Mean change in residual, in grades: +0.30 means 0.3 of a grade closer to (or further above) target. */
  meanChange: number | null;
  others: { pupils: number; meanChange: number | null };
  /** Programme minus everyone else. */
  difference: number | null;
  interval: Interval | null;
  verdict: 'more' | 'less' | 'no clear difference' | 'too few pupils' | 'no data';
  small: boolean;
  sentence: string;
}

export interface InterventionImpact {
  column: string;
  letter: string;
  /** The subject a subject-specific column ("Maths Intervention") is limited to, else null for every subject. */
  subject: string | null;
  from: string;
  to: string;
  programmes: ProgrammeImpact[];
}

const fold = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** The two collections to compare: the settings' choice when it exists, else the first and latest with grades. */
export function chooseCollections(
  graded: readonly string[],
  from: string | undefined,
  to: string | undefined,
  warnings: string[],
): [string, string] | null {
  const find = (wanted: string | undefined, fallback: string | undefined, which: string) => {
    if (wanted === undefined) return fallback;
    const match = graded.find((name) => fold(name) === fold(wanted));
    if (!match)
      warnings.push(
        `The intervention ${which} collection '${wanted}' has no grades on this tracker, so ${fallback ?? 'none'} is used: ` +
          `choose one of ${graded.join(', ') || 'the collections once grades are in'}.`,
      );
    return match ?? fallback;
  };
  const start = find(from, graded[0], 'starting');
  const end = find(to, graded[graded.length - 1], 'ending');
  return start === undefined || end === undefined || start === end ? null : [start, end];
}

export function interventionImpact(
  cohort: Cohort,
  comparisons: readonly Comparison[],
  columns: readonly LayoutColumn[],
  collections: [string, string],
): InterventionImpact[] {
  const [from, to] = collections;
  return columns.map((column, which) => {
    const key = column.subject === null ? null : subjectKey(column.subject);
    const changes = residualChanges(cohort, comparisons, from, to, key);
    const names = new Map<string, string>();
    for (const pupil of cohort.pupils)
      for (const name of pupil.interventions[which]!) if (!names.has(fold(name))) names.set(fold(name), name);
    const programmes = [...names].map(([folded, name]) => {
      const inProgramme = new Summary();
      const others = new Summary();
      for (const pupil of cohort.pupils) {
        const change = changes[pupil.position]!;
        if (Number.isNaN(change)) continue;
        (pupil.interventions[which]!.some((own) => fold(own) === folded) ? inProgramme : others).add(change);
      }
      return describeProgramme(name, inProgramme, others, from, to);
    });
    return { column: column.label, letter: column.letter, subject: column.subject, from, to, programmes };
  });
}

/** Per pupil, the mean over subjects graded at both collections of (residual at `to` - residual at `from`), in grades. */
function residualChanges(
  cohort: Cohort,
  comparisons: readonly Comparison[],
  from: string,
  to: string,
  onlySubject: string | null,
): Float64Array {
  const sums = new Float64Array(cohort.pupils.length);
  const counts = new Float64Array(cohort.pupils.length);
  const atFrom = new Map<string, Comparison>();
  for (const comparison of comparisons) if (comparison.column.collection === from) atFrom.set(comparison.column.subjectKey, comparison);
  for (const end of comparisons) {
    const start = atFrom.get(end.column.subjectKey);
    if (end.column.collection !== to || !start || (onlySubject !== null && end.column.subjectKey !== onlySubject)) continue;
    for (let p = 0; p < sums.length; p += 1) {
      const change = end.residual[p]! - start.residual[p]!;
      if (Number.isNaN(change)) continue;
      addAt(sums, p, change);
      addAt(counts, p, 1);
    }
  }
  return sums.map((sum, p) => (counts[p]! > 0 ? sum / counts[p]! / PER_GRADE : NaN));
}

function describeProgramme(programme: string, inProgramme: Summary, others: Summary, from: string, to: string): ProgrammeImpact {
  const welch = welchDifference(inProgramme.sample(), others.sample());
  const difference = inProgramme.mean === null || others.mean === null ? null : inProgramme.mean - others.mean;
  const interval = welch?.interval ?? null;
  const verdict: ProgrammeImpact['verdict'] =
    difference === null
      ? 'no data'
      : interval === null
        ? 'too few pupils'
        : spansZero(interval)
          ? 'no clear difference'
          : difference > 0
            ? 'more'
            : 'less';
  const moved = (mean: number) => {
    const shown = twoDecimals(Math.abs(mean));
    return shown === '0.00' ? 'did not change' : `${mean > 0 ? 'rose' : 'fell'} by ${shown} grades`;
  };
  const movement = (mean: number) => {
    const shown = twoDecimals(Math.abs(mean));
    return shown === '0.00' ? 'no change' : `a ${mean > 0 ? 'rise' : 'fall'} of ${shown} grades`;
  };
  const pupils = (n: number) => `${n} ${n === 1 ? 'pupil' : 'pupils'}`;
  let sentence: string;
  if (inProgramme.mean === null) sentence = `${programme}: no pupil in the programme has residuals at both ${from} and ${to}.`;
  else if (others.mean === null)
    sentence =
      `${programme} (${pupils(inProgramme.n)}): mean residual ${moved(inProgramme.mean)} from ${from} to ${to}; ` +
      'no other pupil has residuals at both collections to compare with.';
  else {
    const range = interval ? ` (95% CI ${twoDecimals(interval.low)} to ${twoDecimals(interval.high)})` : '';
    const judgement =
      verdict === 'more' || verdict === 'less'
        ? `${twoDecimals(Math.abs(difference!))} grades ${verdict}${range}`
        : verdict === 'no clear difference'
          ? `no clear difference${range}`
          : 'too few pupils to judge the difference';
    sentence =
      `${programme} (${pupils(inProgramme.n)}): mean residual ${moved(inProgramme.mean)} from ${from} to ${to}, ` +
      `against ${movement(others.mean)} for everyone else (${pupils(others.n)}): ${judgement}.`;
  }
  if (inProgramme.n > 0 && inProgramme.n < SMALL_GROUP)
    sentence += ` Fewer than ${SMALL_GROUP} pupils in the programme: read with caution.`;
  return {
    programme,
    pupils: inProgramme.n,
    meanChange: inProgramme.mean,
    others: { pupils: others.n, meanChange: others.mean },
    difference,
    interval,
    verdict,
    small: inProgramme.n < SMALL_GROUP || others.n < SMALL_GROUP,
    sentence,
  };
}
