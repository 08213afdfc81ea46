/**
 * Headings read again with the rest of the sheet in view, where a heading alone misleads: the values beneath a column
 * ("Unit 1 Forces" over "Secure" and "Developing" is a grade column), and the final target beside a collection's own.
 */
import { classifyHeader, type HeaderReading } from './classify';
import { namesSteppingStone } from './gradeWords';
import type { ColumnRole } from './roles';
import { tokenise } from './tokens';
import { valuesSay } from './values';

/**
 * Headings a column of "Secure" or "6b" shows to be a grade column: one that reads as nothing a report uses, or the
 * service-child flag, whose "Forces" is also a physics topic ("Unit 1 Forces"). Every other heading is believed whatever
 * its values, so an effort, baseline or EHCP column is never made a grade by what it holds.
 */
const OPEN_TO_GRADE_VALUES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(['other', 'serviceChild']);

/** Each reading, read again as a grade or an effort column where the values under it say so. */
export function readWithValues(readings: readonly HeaderReading[], dataRows: readonly unknown[][]): HeaderReading[] {
  return readings.map((reading, column) => {
    const says = valuesSay(dataRows.map((row) => row[column]));
    const reread =
      says === 'grade' && OPEN_TO_GRADE_VALUES.has(reading.role)
        ? classifyHeader(reading.text, 'grade')
        : says === 'effort' && (reading.role === 'grade' || reading.role === 'other')
          ? classifyHeader(reading.text, 'effort')
          : reading;
    // A blank heading stays blank: the panel asks for one rather than guess.
    return reread.role === 'other' ? reading : reread;
  });
}

const subjectOf = (reading: HeaderReading) => reading.subject?.key ?? '';
const steppingStone = (reading: HeaderReading) => namesSteppingStone(tokenise(reading.text).map((token) => token.word));

/**
 * "Term 1 Target" beside "End of Year Target" is the expected grade for Term 1, a step on the way to the final target, so
 * Term 1's grades are coloured against it and the rest against the final one; "Autumn Target" and "Spring Target" with no
 * final target are each their own collection's. A lone "Summer Target" is the target every grade is coloured against.
 */
export function readSteppingStones(readings: readonly HeaderReading[]): HeaderReading[] {
  const targets = readings.filter((reading) => reading.role === 'target');
  const finals = new Set(targets.filter((reading) => !steppingStone(reading)).map(subjectOf));
  const stones = targets.filter(steppingStone).map(subjectOf);
  const asExpected = (reading: HeaderReading) =>
    finals.has(subjectOf(reading)) || finals.has('') || stones.filter((key) => key === subjectOf(reading)).length >= 2;
  return readings.map((reading) =>
    reading.role === 'target' && steppingStone(reading) && asExpected(reading) ? { ...reading, role: 'expected' } : reading,
  );
}
