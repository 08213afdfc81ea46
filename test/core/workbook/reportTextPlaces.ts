/**
 * Where a report put a text copied from the tracker, and what the host's cell there holds now.
 * The places come from the core's own Report (which pupil, subject, programme or collection went
 * into which table row), so a place is checked only where the core meant the text to be; the cell
 * is read from what the host stored, found by table title and column header.
 */
import type { Report } from '../../../core/report';
import { columnOf, writtenTable } from './writtenTables';

export interface TextPlace {
  place: string;
  /** What the core put there: the text itself, or for a sentence, the sentence the core made with it. */
  expected: string;
  cell: unknown;
}

export const TABLES = {
  underachieving: 'Underachieving at',
  subjects: 'Subjects at their latest collection',
  interventions: 'Intervention impact',
  chart: 'Share of grades on or above target by collection',
} as const;

export const PLACE_KINDS = [
  'pupil list: Pupil',
  'pupil list: UPN',
  'pupil list: Class',
  'subject table: Subject',
  'intervention table: Programme',
  'intervention table: Column',
  'intervention sentence',
  'chart table: Collection',
] as const;
type PlaceKind = (typeof PLACE_KINDS)[number];

/** Every cell of the written report that the core filled with `text`, or with a sentence about the programme `text`. */
export function placesOf(text: string, report: Report, written: unknown[][]): TextPlace[] {
  const places: TextPlace[] = [];
  const add = (place: PlaceKind, cells: unknown[], index: number, expected = text) => {
    if (index >= 0) places.push({ place, expected, cell: cells[index] });
  };
  const pupil = report.lists.underachieving.findIndex((entry) => entry.pupil.name === text);
  if (pupil >= 0) {
    const list = writtenTable(written, TABLES.underachieving);
    add('pupil list: Pupil', columnOf(list, 'Pupil'), pupil);
    add('pupil list: UPN', columnOf(list, 'UPN'), pupil);
    add('pupil list: Class', columnOf(list, 'Class'), pupil);
  }
  const subject = report.subjectComparison?.subjects.findIndex((row) => row.subject === text) ?? -1;
  if (subject >= 0) add('subject table: Subject', columnOf(writtenTable(written, TABLES.subjects), 'Subject'), subject);

  const programmes = report.interventions.flatMap((impact) =>
    impact.programmes.map((programme) => ({ column: impact.column, ...programme })),
  );
  if (programmes.length > 0) {
    const table = writtenTable(written, TABLES.interventions);
    const sentences = written.slice(table.endRow, table.endRow + programmes.length).map((row) => row[0]);
    programmes.forEach((programme, index) => {
      if (programme.programme !== text) return;
      add('intervention table: Programme', columnOf(table, 'Programme'), index);
      add('intervention sentence', sentences, index, programme.sentence);
    });
    add(
      'intervention table: Column',
      columnOf(table, 'Column'),
      programmes.findIndex((programme) => programme.column === text),
    );
  }
  const collection = report.byCollection.findIndex((entry) => entry.collection === text);
  if (collection >= 0) add('chart table: Collection', columnOf(writtenTable(written, TABLES.chart), 'Collection'), collection);
  return places;
}
