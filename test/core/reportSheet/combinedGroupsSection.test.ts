/** The combined groups section as written: one row per group and collection, numbers with their formats, then the words. */
import { describe, expect, it } from 'vitest';
import { prepareSections } from '../../../core/report/buildReport';
import { combinedGroupsReport, type CombinedGroupsReport } from '../../../core/report/combinedGroups';
import type { ReportSheetPlan } from '../../../core/reportSheet';
import { combinedGroupHeadlines } from '../../../core/report/combinedGroups';
import { combinedGroupsSection, COMBINED_GROUPS_TITLE } from '../../../core/reportSheet/combinedGroupsSection';
import { FORMATS, SheetGrid } from '../../../core/reportSheet/grid';
import { col, grade, target, times, tracker } from '../report/support';
import { columnIn, expectFormatsOnNumbersOnly, formatsAt, tableAt } from './support';

const SPECS = [col('PP', 'pp'), col('Gender', 'gender'), target(), grade('RP1'), grade('RP2')];
// Target 5. PP boys (3): RP1 4, 4, 5 (residuals -1, -1, 0), RP2 all 5. Everyone else (4): RP1 and RP2 all 5. One blank gender.
const BODY = [
  ['Y', 'M', 5, 4, 5],
  ['Y', 'M', 5, 4, 5],
  ['Y', 'M', 5, 5, 5],
  ...times(2, ['N', 'M', 5, 5, 5]),
  ...times(2, ['Y', 'F', 5, 5, 5]),
  ['Y', '', 5, 5, 5],
];

function written(): { plan: ReportSheetPlan; report: CombinedGroupsReport } {
  const result = combinedGroupsReport(
    prepareSections({ ...tracker(SPECS, BODY), settings: { combinedGroups: [{ conditions: ['pp', 'boys'] }] } }),
  );
  if (!result.ok) throw new Error(result.leftOut.because);
  const grid = new SheetGrid();
  combinedGroupsSection(grid, result.value);
  // The section's grid read back with the same helpers as a whole report sheet (they use only values and formats).
  const plan: ReportSheetPlan = { ...grid.finish(), sheetName: 'Report', range: 'A1', columnWidths: [], columnWidthRuns: [], charts: [] };
  return { plan, report: result.value };
}

describe('combinedGroupsSection', () => {
  const { plan, report } = written();
  const table = tableAt(plan, COMBINED_GROUPS_TITLE);

  it('writes one row per group and collection with the figures as numbers', () => {
    const at = (row: number, label: string) => table.body[row]![columnIn(table, label)];
    // The collection is tracker text: "RP1" is not plain words, so it lands with the apostrophe that keeps it as typed.
    expect(table.body.map((row) => row.slice(0, 4))).toEqual([
      ['PP boys', "'RP1", 3, 4],
      ['PP boys', "'RP2", 3, 4],
    ]);
    // RP1: PP boys 1 of 3 on target, everyone else 4 of 4; gap 100% - 33.3% = 66.7 points.
    expect(at(0, 'Group on target')).toBeCloseTo(1 / 3, 12);
    expect(at(0, 'Everyone else on target')).toBe(1);
    expect(at(0, 'Gap on target (points)')).toBeCloseTo(200 / 3, 10);
    // Mean residuals: PP boys (-1 - 1 + 0) / 3 = -2/3; everyone else 0; gap 0 - (-2/3) = 2/3.
    expect(at(0, 'Group mean residual (grades)')).toBeCloseTo(-2 / 3, 12);
    expect(at(0, 'Gap in mean residual (grades)')).toBeCloseTo(2 / 3, 12);
    expect(at(0, 'Caution')).toBe('Fewer than 10 pupils: read with caution');
    // RP2: everyone on target, no spread at all, so the interval is the gap itself, 0 to 0.
    expect([at(1, 'Gap in mean residual (grades)'), at(1, '95% CI low'), at(1, '95% CI high')]).toEqual([0, 0, 0]);
  });

  it('gives every number its format and none to text', () => {
    expectFormatsOnNumbersOnly(plan);
    const firstBody = table.headerRow + 1;
    expect(formatsAt(plan, firstBody, columnIn(table, 'Pupils in group') + 1)).toEqual([FORMATS.count]);
    expect(formatsAt(plan, firstBody, columnIn(table, 'Group on target') + 1)).toEqual([FORMATS.share]);
    expect(formatsAt(plan, firstBody, columnIn(table, '95% CI low') + 1)).toEqual([FORMATS.residual]);
  });

  it('follows the table with the latest gap in words, the caution and the note on pupils in neither group', () => {
    const words = plan.values.slice(table.headerRow + table.body.length).map((row) => row[0]);
    expect(words).toEqual([report.groups[0]!.sentence, report.groups[0]!.caution, report.notes[0], '']);
    expect(report.notes[0]).toBe(
      'PP boys: 1 pupil is in neither group, because the tracker does not give their gender (blank or unreadable).',
    );
  });

  it('offers the panel at most two headline lines', () => {
    const result = combinedGroupsReport(
      prepareSections({
        ...tracker(SPECS, BODY),
        settings: { combinedGroups: [{ conditions: ['pp'] }, { conditions: ['boys'] }, { conditions: ['girls'] }] },
      }),
    );
    const headlines = result.ok ? combinedGroupHeadlines(result.value) : [];
    expect(headlines).toEqual(result.ok ? result.value.groups.slice(0, 2).map((group) => group.sentence) : ['left out']);
    expect(headlines).toHaveLength(2);
  });
});
