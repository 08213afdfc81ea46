/**
 * The row above the headings, where a tracker repeats one block of headings ("Target | RP1 | RP2", "Working At | Predicted")
 * and names each block in a merged cell, which reads as a value in its first column and blanks after it. A block's name is
 * a subject ("Maths"), a collection ("Autumn") or a measure that is never a grade ("Effort" over "Aut | Spr | Sum").
 * The row is read only when the headings name no subject, repeat themselves (two targets, or the same collection twice),
 * and the row splits the grade and target columns into at least two blocks.
 */
import { classifyHeader, MAX_HEADING_CHARS, subjectKey, type HeaderReading } from './classify';
import { MEASURE_ROLES, SUBJECT_ROLES, type ColumnRole } from './roles';
import { isMarked, type ColumnSubject } from './subjects';
import { headerText } from './tokens';

export interface BandReading {
  /** The headings, with a block under a measure's name taking that role. */
  readings: HeaderReading[];
  subjects: ColumnSubject[];
  /** The collection named over a grade or expected-grade column ("Autumn" over "Working At"), or null. */
  collections: (string | null)[];
}

type Band = { text: string; kind: 'subject' | 'collection' } | { text: string; kind: 'measure'; role: ColumnRole };

function bandOf(text: string): Band {
  const reading = classifyHeader(text);
  if (MEASURE_ROLES.has(reading.role)) return { text, kind: 'measure', role: reading.role };
  if (reading.role === 'grade' && reading.subject === null) return { text, kind: 'collection' };
  return { text, kind: 'subject' };
}

/** The block over each column: the nearest name at or left of it in the row above. */
function bandsOver(width: number, rowAbove: readonly unknown[]): (Band | null)[] {
  let band: Band | null = null;
  return Array.from({ length: width }, (_, column) => {
    const text = headerText(rowAbove[column]);
    if (text !== '') band = text.length <= MAX_HEADING_CHARS ? bandOf(text) : null;
    return band;
  });
}

export function readBandRow(
  readings: readonly HeaderReading[],
  fromHeadings: ColumnSubject[],
  rowAbove: readonly unknown[] | undefined,
): BandReading {
  const none: BandReading = { readings: [...readings], subjects: fromHeadings, collections: readings.map(() => null) };
  const marked = readings.map((reading, column) => ({ reading, column })).filter(({ reading }) => isMarked(reading));
  if (!rowAbove || marked.some(({ column }) => fromHeadings[column]!.subject !== null)) return none;
  const targets = marked.filter(({ reading }) => reading.role === 'target').length;
  const gradeKeys = marked.filter(({ reading }) => reading.role === 'grade').map(({ reading }) => reading.fullKey);
  if (targets < 2 && new Set(gradeKeys).size === gradeKeys.length) return none;

  const bands = bandsOver(readings.length, rowAbove);
  const namesOver = (columns: readonly number[], kind?: Band['kind']) =>
    new Set(
      columns.flatMap((column) => (bands[column] && (!kind || bands[column].kind === kind) ? [subjectKey(bands[column].text)] : [])),
    );
  if (namesOver(marked.map(({ column }) => column)).size < 2) return none;

  const measured = readings.map((reading, column): HeaderReading => {
    const band = bands[column];
    return band?.kind === 'measure' && reading.role === 'grade' ? { ...reading, role: band.role, subject: null } : reading;
  });
  const stillMarked = measured.flatMap((reading, column) => (isMarked(reading) ? [column] : []));
  const subjects =
    namesOver(stillMarked, 'subject').size < 2
      ? fromHeadings
      : measured.map((reading, column) => {
          const band = bands[column];
          return SUBJECT_ROLES.has(reading.role) && band?.kind === 'subject'
            ? { subject: band.text, fromBand: true }
            : fromHeadings[column]!;
        });
  const collections = measured.map((reading, column) => {
    const band = bands[column];
    return (reading.role === 'grade' || reading.role === 'expected') && band?.kind === 'collection' ? band.text : null;
  });
  return { readings: measured, subjects, collections };
}
