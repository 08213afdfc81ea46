/**
 * Which columns belong to which subject on a wide tracker. A subject is taken from the heading
 * ("Maths RP2"), or, when blocks repeat "Target | RP1 | RP2" under a row of subject names, from that row.
 */
import { MAX_HEADING_CHARS, subjectKey, type HeaderReading } from './classify';
import { SUBJECT_ROLES } from './roles';
import { headerText } from './tokens';

export interface ColumnSubject {
  subject: string | null;
  /** True when the subject came from the row above the headings, so it is not part of the heading itself. */
  fromBand: boolean;
}

export { subjectKey };

const isMarked = (reading: HeaderReading) => reading.role === 'grade' || reading.role === 'target';

/**
 * A subject the core knows by name ("Maths", "Eng Lang") is taken at once. An unknown word ("Art", "PE",
 * "D&T") is a subject only when at least two columns share it and one of them is a grade or a target,
 * so a one-off word such as "Teacher" in "Teacher Prediction" is never mistaken for a subject.
 */
export function subjectsFromHeadings(readings: readonly HeaderReading[]): ColumnSubject[] {
  const uses = new Map<string, { count: number; marked: boolean; text: string }>();
  for (const reading of readings) {
    if (!reading.subject) continue;
    const use = uses.get(reading.subject.key) ?? { count: 0, marked: false, text: reading.subject.text };
    use.count += 1;
    use.marked ||= isMarked(reading);
    uses.set(reading.subject.key, use);
  }
  return readings.map((reading) => {
    const part = reading.subject;
    const use = part ? uses.get(part.key)! : undefined;
    const confirmed = part !== null && use !== undefined && (part.known || (use.count >= 2 && use.marked));
    // The first spelling met names the subject everywhere, so "Maths" and "MATHS" are one subject.
    return { subject: confirmed ? use.text : null, fromBand: false };
  });
}

/**
 * Subject names in the row above the headings, each spanning the columns up to the next name
 * (a merged cell reads as a value in its first column and blanks after it). Used only when the
 * headings themselves name no subject, repeat themselves (two targets, or the same collection twice),
 * and the row above splits the grade and target columns into at least two subjects.
 */
export function subjectsFromBandRow(
  readings: readonly HeaderReading[],
  fromHeadings: ColumnSubject[],
  rowAbove: readonly unknown[] | undefined,
): ColumnSubject[] {
  const marked = readings.map((reading, column) => ({ reading, column })).filter(({ reading }) => isMarked(reading));
  if (!rowAbove || marked.some(({ column }) => fromHeadings[column]!.subject !== null)) return fromHeadings;
  const targets = marked.filter(({ reading }) => reading.role === 'target').length;
  const gradeKeys = marked.filter(({ reading }) => reading.role === 'grade').map(({ reading }) => reading.fullKey);
  if (targets < 2 && new Set(gradeKeys).size === gradeKeys.length) return fromHeadings;

  let band: string | null = null;
  const bands = readings.map((_, column) => {
    const text = headerText(rowAbove[column]);
    if (text !== '') band = text.length <= MAX_HEADING_CHARS ? text : null;
    return band;
  });
  const markedKeys = new Set(
    marked
      .map(({ column }) => bands[column])
      .filter((text): text is string => text !== null)
      .map(subjectKey),
  );
  if (markedKeys.size < 2) return fromHeadings;
  return readings.map((reading, column) =>
    SUBJECT_ROLES.has(reading.role) && bands[column] ? { subject: bands[column]!, fromBand: true } : fromHeadings[column]!,
  );
}
