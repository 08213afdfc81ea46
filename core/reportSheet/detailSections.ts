/** The subject table (ranked), intervention impact and projected Attainment 8 / Progress 8, each only where the report has them. */
import { SMALL_GROUP } from '../gaps/ppGap';
import type { MeanComparison, ProgrammeImpact, Report } from '../report';
import { STATUSES } from '../tracking/status';
import { FORMATS, type SheetGrid } from './grid';
import { trackerText } from './trackerText';

const CAUTION = `Fewer than ${SMALL_GROUP} pupils: read with caution`;

export function subjectSection(grid: SheetGrid, report: Report): void {
  const comparison = report.subjectComparison;
  if (!comparison) return;
  grid.table(
    'Subjects at their latest collection, ranked by share on target',
    [
      { label: 'Rank', format: FORMATS.count },
      { label: 'Subject' },
      { label: 'Collection' },
      { label: 'Pupils with a grade', format: FORMATS.count },
      { label: 'Grades compared', format: FORMATS.count },
      { label: 'On or above target', format: FORMATS.share },
      { label: 'Mean residual (grades)', format: FORMATS.residual },
      ...STATUSES.map((status) => ({ label: `${status} %`, format: FORMATS.share })),
      { label: 'Caution' },
    ],
    comparison.subjects.map((row) => [
      row.rank,
      trackerText(row.subject),
      trackerText(row.collection),
      row.figures.pupils,
      row.figures.compared,
      row.figures.onTarget,
      row.figures.meanResidual,
      ...STATUSES.map((status) => row.figures.shares?.[status] ?? null),
      row.figures.small ? CAUTION : null,
    ]),
  );
  if (comparison.groups.length > 0) {
    grid.blank();
    grid.table(
      'Subject groups against the other subjects',
      [
        { label: 'Subject group' },
        { label: 'Grades compared', format: FORMATS.count },
        { label: 'On or above target', format: FORMATS.share },
        { label: 'Mean residual (grades)', format: FORMATS.residual },
        { label: 'Other subjects: grades compared', format: FORMATS.count },
        { label: 'Other subjects: on or above target', format: FORMATS.share },
        { label: 'Other subjects: mean residual', format: FORMATS.residual },
        { label: 'Subjects in the group' },
      ],
      comparison.groups.map(({ name, group, rest }) => [
        trackerText(name),
        group.grades,
        group.onTarget,
        group.meanResidual,
        rest.grades,
        rest.onTarget,
        rest.meanResidual,
        trackerText(group.subjects.join(', ')),
      ]),
    );
    for (const group of comparison.groups) grid.text(group.sentence);
  }
  grid.blank();
}

const PROGRESS_READING: Readonly<Record<ProgrammeImpact['verdict'], string>> = {
  more: 'More progress than everyone else',
  less: 'Less progress than everyone else',
  'no clear difference': 'No clear difference',
  'too few pupils': 'Too few pupils to judge',
  'no data': 'No data',
};

export function interventionSection(grid: SheetGrid, report: Report): void {
  if (report.interventions.length === 0) return;
  const { from, to } = report.interventions[0]!;
  grid.table(
    `Intervention impact: change in mean residual from ${from} to ${to}, against everyone else`,
    [
      { label: 'Column' },
      { label: 'Programme' },
      { label: 'Pupils', format: FORMATS.count },
      { label: 'Mean change (grades)', format: FORMATS.residual },
      { label: 'Everyone else: pupils', format: FORMATS.count },
      { label: 'Everyone else: mean change', format: FORMATS.residual },
      { label: 'Difference (grades)', format: FORMATS.residual },
      { label: '95% CI low', format: FORMATS.residual },
      { label: '95% CI high', format: FORMATS.residual },
      { label: 'Reading' },
      { label: 'Caution' },
    ],
    report.interventions.flatMap((impact) =>
      impact.programmes.map((programme) => [
        trackerText(impact.column),
        trackerText(programme.programme),
        programme.pupils,
        programme.meanChange,
        programme.others.pupils,
        programme.others.meanChange,
        programme.difference,
        programme.interval?.low ?? null,
        programme.interval?.high ?? null,
        PROGRESS_READING[programme.verdict],
        programme.small ? CAUTION : null,
      ]),
    ),
  );
  for (const impact of report.interventions) for (const programme of impact.programmes) grid.text(programme.sentence);
  grid.blank();
}

export function attainmentSection(grid: SheetGrid, report: Report): void {
  const attainment = report.attainment;
  if (!attainment) return;
  const a8 = { format: FORMATS.attainment8 };
  const p8 = { format: FORMATS.progress8 };
  const gap = attainment.gap;
  const groupRows = (comparison: MeanComparison | null, format: { format: string }, measure: string) =>
    comparison
      ? [comparison.focus, comparison.rest].map((side) => [measure, side.label, side.pupils, { value: side.mean, ...format }])
      : [];
  grid.table(
    `Projected Attainment 8 and Progress 8 from ${attainment.collection}`,
    [{ label: 'Measure' }, { label: 'Group' }, { label: 'Pupils', format: FORMATS.count }, { label: 'Mean' }],
    [
      ['Attainment 8', 'All pupils', attainment.attainment8.pupils, { value: attainment.attainment8.mean, ...a8 }],
      ...groupRows(gap?.attainment8 ?? null, a8, 'Attainment 8'),
      ...(attainment.progress8
        ? [['Progress 8', 'All pupils', attainment.progress8.pupils, { value: attainment.progress8.mean, ...p8 }]]
        : []),
      ...groupRows(gap?.progress8 ?? null, p8, 'Progress 8'),
    ],
  );
  if (gap) {
    const gapRow = (measure: string, comparison: MeanComparison, format: { format: string }) => [
      measure,
      `${comparison.rest.label} minus ${comparison.focus.label}`,
      { value: comparison.difference, ...format },
      { value: comparison.interval?.low ?? null, ...format },
      { value: comparison.interval?.high ?? null, ...format },
      comparison.small ? CAUTION : null,
    ];
    grid.blank();
    grid.table(
      'Projected Attainment 8 and Progress 8 gaps',
      [
        { label: 'Measure' },
        { label: 'Difference' },
        { label: 'Value' },
        { label: '95% CI low' },
        { label: '95% CI high' },
        { label: 'Caution' },
      ],
      [gapRow('Attainment 8', gap.attainment8, a8), ...(gap.progress8 ? [gapRow('Progress 8', gap.progress8, p8)] : [])],
    );
    for (const text of gap.sentences) grid.text(`${text}.`);
  }
  grid.blank();
}
