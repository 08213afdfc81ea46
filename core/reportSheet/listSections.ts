/**
 * The pupil lists senior leaders act on, and the things the data manager should check. These are
 * the only parts whose length follows the pupils; each is still one table, so one rectangle per
 * number format, and written in the same single values call as the rest.
 */
import type { PupilIdentity, Report } from '../report';
import { FORMATS, type CellValue, type GridCell, type SheetGrid } from './grid';
import { trackerText } from './trackerText';

const PUPIL_COLUMNS = [
  { label: 'Tracker row', format: FORMATS.count },
  { label: 'Pupil' },
  { label: 'UPN' },
  { label: 'Class' },
  { label: 'Groups' },
];

/** The pupil, and the groups they are in (PP, SEND, persistently absent ...): the report's own words, joined. */
const who = (pupil: PupilIdentity, groups: readonly string[]): (GridCell | CellValue)[] => [
  pupil.row,
  trackerText(pupil.name),
  trackerText(pupil.upn),
  trackerText(pupil.className),
  groups.length > 0 ? groups.join(', ') : null,
];

export function listSections(grid: SheetGrid, report: Report): void {
  const { lists, settings } = report;
  if (lists.collection === null) return;
  const at = `at ${lists.collection}`;
  const section = (title: string, columns: { label: string; format?: string }[], body: (GridCell | CellValue)[][]) => {
    grid.table(title, [...PUPIL_COLUMNS, ...columns], body);
    if (body.length === 0) grid.text('No pupils on this list.');
    grid.blank();
  };

  section(
    `Borderline ${at}: within one fine grade below 4 or 5 in English or maths`,
    [{ label: 'Subject' }, { label: 'Grade' }, { label: 'Short of grade', format: FORMATS.count }],
    lists.borderline.flatMap(({ pupil, groups, items }) =>
      items.map((item) => [...who(pupil, groups), trackerText(item.subject), trackerText(item.grade), item.threshold]),
    ),
  );
  const subjectColumns = (what: string) => [{ label: `Subjects ${what}`, format: FORMATS.count }, { label: 'Which subjects' }];
  section(
    `Praise ${at}: on or above target in at least ${settings.praiseMinSubjects} subjects`,
    subjectColumns('on or above target'),
    lists.praise.map(({ pupil, groups, subjects }) => [...who(pupil, groups), subjects.length, trackerText(subjects.join(', '))]),
  );
  section(
    `Underachieving ${at}: below target in at least ${settings.underachievingMinSubjects} subjects`,
    subjectColumns('below target'),
    lists.underachieving.map(({ pupil, groups, subjects }) => [...who(pupil, groups), subjects.length, trackerText(subjects.join(', '))]),
  );
}

export function warningSection(grid: SheetGrid, report: Report): void {
  if (report.warnings.length === 0) return;
  grid.title('Things to check in the tracker');
  for (const warning of report.warnings) grid.text(warning);
}

/** One line near the top: every section this tracker cannot support, and why, so a missing table is never a mystery. */
export function leftOutSection(grid: SheetGrid, report: Report): void {
  if (report.leftOut.length === 0) return;
  grid.text(`Left out: ${report.leftOut.map(({ section, because }) => `${section} (${because})`).join('; ')}.`);
  grid.blank();
}
