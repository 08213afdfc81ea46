/**
 * Every collection by every group (all subjects pooled), then the gaps between each pair of groups
 * with their 95% intervals, then the gap trends in words. Groups under 10 pupils carry a caution
 * and stay in the table.
 */
import { SMALL_GROUP } from '../gaps/ppGap';
import type { Figures, GapFigures, GapVerdict, Report } from '../report';
import { smallGroupCaution } from '../report/wording';
import { STATUSES } from '../tracking/status';
import { FORMATS, type CellValue, type GridCell, type SheetGrid } from './grid';
import { trackerText } from './trackerText';

const GROUP_COLUMNS = [
  { label: 'Collection' },
  { label: 'Group' },
  { label: 'Pupils with a grade', format: FORMATS.count },
  { label: 'Grades compared', format: FORMATS.count },
  ...STATUSES.map((status) => ({ label: status, format: FORMATS.count })),
  ...STATUSES.map((status) => ({ label: `${status} %`, format: FORMATS.share })),
  { label: 'On or above target', format: FORMATS.share },
  { label: 'Mean residual (grades)', format: FORMATS.residual },
  { label: 'Caution' },
];

const CAUTION = `Fewer than ${SMALL_GROUP} pupils: read with caution`;

function figuresRow(collection: string, group: string, figures: Figures): (GridCell | CellValue)[] {
  return [
    trackerText(collection),
    group,
    figures.pupils,
    figures.compared,
    ...STATUSES.map((status) => figures.counts[status]),
    ...STATUSES.map((status) => figures.shares?.[status] ?? null),
    figures.onTarget,
    figures.meanResidual,
    figures.small ? CAUTION : null,
  ];
}

export function groupGridSection(grid: SheetGrid, report: Report): void {
  if (report.byCollection.length === 0) return;
  const body = report.byCollection.flatMap(({ collection, groups }) => {
    if (groups.all.pupils === 0)
      return [
        [
          trackerText(collection),
          'All pupils',
          0,
          0,
          ...new Array<CellValue>(GROUP_COLUMNS.length - 5).fill(null),
          'No grades entered yet',
        ],
      ];
    return [
      figuresRow(collection, 'All pupils', groups.all),
      ...groups.families.flatMap((family) => family.groups.map((group) => figuresRow(collection, group.label, group.figures))),
    ];
  });
  grid.table('Groups at each collection, all subjects together', GROUP_COLUMNS, body);
  grid.blank();
}

const READING: Readonly<Record<GapVerdict, (gap: GapFigures) => string>> = {
  behind: (gap) => `${gap.focusPupils} behind`,
  ahead: (gap) => `${gap.focusPupils} ahead`,
  'no clear difference': () => 'No clear difference',
  'too few pupils': () => 'Too few pupils to judge',
  'no data': () => 'No data',
};

export function gapSection(grid: SheetGrid, report: Report): void {
  const body = report.trends.flatMap((trend) =>
    trend.points.flatMap(({ collection, gap }) => {
      if (gap === null) return [];
      return [
        [
          trackerText(collection),
          gap.name,
          gap.focus.label,
          gap.focus.figures.onTarget,
          gap.rest.label,
          gap.rest.figures.onTarget,
          gap.onTarget === null ? null : gap.onTarget * 100,
          gap.meanResidual,
          gap.interval?.low ?? null,
          gap.interval?.high ?? null,
          READING[gap.verdict](gap),
          smallGroupCaution(gap, collection),
        ],
      ];
    }),
  );
  if (body.length === 0) return;
  grid.table(
    'Gaps between groups (comparison group minus focus group; above 0 means the focus group is behind)',
    [
      { label: 'Collection' },
      { label: 'Gap' },
      { label: 'Focus group' },
      { label: 'Focus on target', format: FORMATS.share },
      { label: 'Comparison group' },
      { label: 'Comparison on target', format: FORMATS.share },
      { label: 'Gap on target (points)', format: FORMATS.points },
      { label: 'Gap in mean residual (grades)', format: FORMATS.residual },
      { label: '95% CI low', format: FORMATS.residual },
      { label: '95% CI high', format: FORMATS.residual },
      { label: 'Reading' },
      { label: 'Caution' },
    ],
    body,
  );
  grid.blank();
  grid.title('How the gaps changed');
  for (const trend of report.trends) {
    grid.text(`${trend.onTargetSentence}.`);
    grid.text(`${trend.residualSentence}.`);
    if (trend.latestResidualSentence) grid.text(`${trend.latestResidualSentence}.`);
    if (trend.caution) grid.text(trend.caution);
  }
  grid.blank();
}
