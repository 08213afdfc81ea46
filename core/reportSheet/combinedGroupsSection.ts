/**
 * Combined groups on the report sheet: each group against everyone else at every collection with
 * grades, then the latest gap in words, the cautions and the notes (pupils in neither group, groups
 * left out, the attendance cut-offs). Groups under 10 pupils carry a caution and stay in the table.
 */
import { SMALL_GROUP } from '../gaps/ppGap';
import type { CombinedGroupsReport } from '../report/combinedGroups';
import { FORMATS, type CellValue, type GridCell, type SheetGrid } from './grid';
import { trackerText } from './trackerText';

const COLUMNS = [
  { label: 'Group' },
  { label: 'Collection' },
  { label: 'Pupils in group', format: FORMATS.count },
  { label: 'Pupils in everyone else', format: FORMATS.count },
  { label: 'Group on target', format: FORMATS.share },
  { label: 'Everyone else on target', format: FORMATS.share },
  { label: 'Gap on target (points)', format: FORMATS.points },
  { label: 'Group mean residual (grades)', format: FORMATS.residual },
  { label: 'Everyone else mean residual (grades)', format: FORMATS.residual },
  { label: 'Gap in mean residual (grades)', format: FORMATS.residual },
  { label: '95% CI low', format: FORMATS.residual },
  { label: '95% CI high', format: FORMATS.residual },
  { label: 'Caution' },
];

export const COMBINED_GROUPS_TITLE =
  'Combined groups against everyone else (everyone else minus the group; above 0 means the group is behind)';
const CAUTION = `Fewer than ${SMALL_GROUP} pupils: read with caution`;

export function combinedGroupsSection(grid: SheetGrid, report: CombinedGroupsReport): void {
  const body: (GridCell | CellValue)[][] = report.groups.flatMap((group) =>
    group.collections.map((at) => [
      group.name,
      trackerText(at.collection),
      at.group.pupils,
      at.rest.pupils,
      at.group.onTarget,
      at.rest.onTarget,
      at.onTargetGap === null ? null : at.onTargetGap * 100,
      at.group.meanResidual,
      at.rest.meanResidual,
      at.residualGap.difference,
      at.residualGap.interval?.low ?? null,
      at.residualGap.interval?.high ?? null,
      at.group.small || at.rest.small ? CAUTION : null,
    ]),
  );
  if (body.length > 0) grid.table(COMBINED_GROUPS_TITLE, COLUMNS, body);
  else grid.title(COMBINED_GROUPS_TITLE);
  for (const group of report.groups) {
    if (group.sentence) grid.text(group.sentence);
    else grid.text(`${group.name}: no collection has grades yet.`);
    if (group.caution) grid.text(group.caution);
  }
  for (const note of report.notes) grid.text(note);
  grid.blank();
}
