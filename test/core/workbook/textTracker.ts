/**
 * A tracker built to carry given texts into every place a report copies text from: pupils' names,
 * UPNs, classes and programmes; subject names; collection labels; intervention column headings.
 * The layout is the one a user would end with in the panel: detected, then every column given its
 * role, subject and collection by hand (a heading such as "Maths Dec-24" is not recognised as a
 * grade by detection alone), then re-analysed as the panel does (rebuildPairs).
 */
import { detectLayout, rebuildPairs, type ColumnRole, type Layout } from '../../../core/layout';
import { buildReport, type Report } from '../../../core/report';
import { reportSheetPlan, type ReportSheetPlan } from '../../../core/reportSheet';

export interface TextTrackerShape {
  /** One pupil per text: it is their surname, UPN, class and intervention programme. */
  pupils: readonly string[];
  subjects: readonly string[];
  collections: readonly string[];
  /** Intervention columns headed by these texts, each naming its own programme ("Y" for half the pupils). */
  programmeColumns?: readonly string[];
}

interface PlannedColumn {
  header: string;
  role: ColumnRole;
  subject: string | null;
  collection: string | null;
}

export const TITLE_ROWS = 2;

function plannedColumns(shape: TextTrackerShape): PlannedColumn[] {
  const plain = (header: string, role: ColumnRole): PlannedColumn => ({ header, role, subject: null, collection: null });
  return [
    plain('UPN', 'upn'),
    plain('Surname', 'surname'),
    plain('Forename', 'forename'),
    plain('Class', 'class'),
    plain('Intervention', 'intervention'),
    ...(shape.programmeColumns ?? []).map((heading) => plain(heading, 'intervention')),
    ...shape.subjects.flatMap((subject) => [
      { header: `${subject} Target`, role: 'target' as const, subject, collection: null },
      ...shape.collections.map((collection) => ({ header: `${subject} ${collection}`, role: 'grade' as const, subject, collection })),
    ]),
  ];
}

/** Target 7 in every subject; 5 at the first collection, 4 after it: every pupil is below target everywhere. */
export function textTrackerRows(shape: TextTrackerShape): (string | number)[][] {
  const columns = plannedColumns(shape);
  const blank = () => new Array<string>(columns.length).fill('');
  const grades = shape.subjects.flatMap(() => [7, ...shape.collections.map((_, c) => (c === 0 ? 5 : 4))]);
  const pupils = shape.pupils.map((text, p) => [
    text,
    text,
    '',
    text,
    text,
    ...(shape.programmeColumns ?? []).map(() => (p % 2 === 0 ? 'Y' : 'N')),
    ...grades,
  ]);
  return [
    ['Tracker with texts a host would read as values', ...blank().slice(1)],
    blank(),
    columns.map((column) => column.header),
    ...pupils,
  ];
}

/** Detection, then each column's role, subject and collection set as a user sets them in the panel. */
export function correctedLayout(rows: unknown[][], shape: TextTrackerShape): Layout {
  const detected = detectLayout(rows.slice(0, 15));
  const planned = plannedColumns(shape);
  const columns = detected.columns.map((column) => ({ ...column, ...withoutHeader(planned[column.index]!) }));
  return rebuildPairs({ ...detected, columns });
}

const withoutHeader = ({ role, subject, collection }: PlannedColumn) => ({ role, subject, collection });

/** What the panel does between reading the tracker through a host and writing the report. */
export function reportFor(
  rows: unknown[][],
  shape: TextTrackerShape,
  existingSheetNames: readonly string[],
  maxSheetName: number,
): { report: Report; plan: ReportSheetPlan } {
  const report = buildReport({ layout: correctedLayout(rows, shape), rows });
  const plan = reportSheetPlan(report, { sourceSheet: 'Texts', date: '2025-03-14', existingSheetNames, maxSheetName });
  return { report, plan };
}

/**
 * The two trackers the host tests write reports from: one whose pupils and subjects are the texts
 * (so they reach the pupil lists, the subject table and the intervention table), and one whose
 * collections and intervention columns are (so they reach the chart table and intervention headings).
 */
export const textTrackers = (texts: readonly string[]): Record<'pupilsAndSubjects' | 'collectionsAndColumns', TextTrackerShape> => ({
  pupilsAndSubjects: { pupils: texts, subjects: texts, collections: ['RP1', 'RP2'] },
  collectionsAndColumns: {
    pupils: ['Ann', 'Bob', 'Cat', 'Dan', 'Eve', 'Fay'],
    subjects: ['Maths', 'English'],
    collections: texts,
    programmeColumns: texts,
  },
});
