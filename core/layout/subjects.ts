/**
 * Which columns belong to which subject on a wide tracker. A subject is taken from the heading
 * ("Maths RP2"), or, when blocks repeat "Target | RP1 | RP2" under a row of subject names, from that row (bandRow.ts).
 */
import { subjectKey, type HeaderReading } from './classify';

export interface ColumnSubject {
  subject: string | null;
  /** True when the subject came from the row above the headings, so it is not part of the heading itself. */
  fromBand: boolean;
}

export { subjectKey };

/** Grade and target columns: the ones whose subject must be known to pair them. */
export const isMarked = (reading: HeaderReading): boolean => reading.role === 'grade' || reading.role === 'target';

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
