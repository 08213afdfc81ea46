/**
 * "Build report": everything a host writes for one report sheet, worked out before any host call.
 * A host adds the sheet, writes `values` to `range` in one call, sets each number-format range, makes
 * `boldRanges` bold, sets the column widths run by run and adds the charts. None of these counts grows
 * with pupils: the tables are shaped by collections, groups and subjects, and the pupil lists are rows
 * of the same single write.
 */
import type { Report } from '../report';
import type { WritableCell } from '../workbook/literalCells';
import { CHART_SIZE, chartSection, type ReportChart } from './chart';
import { reportColumnWidths, type ColumnWidth, type ColumnWidthRun } from './columnWidths';
import { attainmentSection, interventionSection, subjectSection } from './detailSections';
import { address, SheetGrid, type FormatRange } from './grid';
import { gapSection, groupGridSection } from './groupSections';
import { accuracySection } from './accuracySection';
import { attainment8Section } from './attainment8Section';
import { classesSection } from './classSections';
import { combinedGroupsSection } from './combinedGroupsSection';
import { clearOfChart, distributionSection } from './distributionSection';
import { headlineSection } from './headlineSection';
import { leftOutSection, listSections, warningSection } from './listSections';
import { progress8Section } from './progress8Section';
import { reportDate, reportSheetName } from './sheetName';

export interface ReportSheetOptions {
  /** The tracker sheet the report was built from. */
  sourceSheet: string;
  /** The day of the report: a Date (the user's own day is used) or text YYYY-MM-DD. */
  date: Date | string;
  /** Every sheet in the workbook, so the new name is never one of them. */
  existingSheetNames: readonly string[];
  /** The host's longest sheet name (SHEET_NAME_LIMIT); Excel's 31 when not given. */
  maxSheetName?: number;
}

export interface ReportSheetPlan {
  /** Unique among existingSheetNames, within the host's length limit, valid in both hosts. */
  sheetName: string;
  /** Where `values` goes: A1 to its bottom-right cell. */
  range: string;
  /**
   * Rectangular: every row has the same width. Text copied from the tracker that is not plain words,
   * and the report's own text that starts with = + - @ or ', starts with the apostrophe both hosts read
   * as "this is text" (core/workbook/literalCells.ts), so every cell shows exactly what it should.
   */
  values: WritableCell[][];
  numberFormats: { format: string; ranges: FormatRange[] }[];
  /** Section titles (one cell) and header rows. */
  boldRanges: string[];
  /** Each column's width, from A. */
  columnWidths: ColumnWidth[];
  /** The same widths as runs of neighbouring columns: what a host sets, one call per run. */
  columnWidthRuns: ColumnWidthRun[];
  /** Native charts, each beside its own table: the on-target chart, then one per distribution. */
  charts: ReportChart[];
}

const withoutRow = <T extends { anchorRow: number }>({ anchorRow: _anchorRow, ...rest }: T): Omit<T, 'anchorRow'> => rest;

export function reportSheetPlan(report: Report, options: ReportSheetOptions): ReportSheetPlan {
  const date = reportDate(options.date);
  const grid = new SheetGrid();
  headlineSection(grid, report, options.sourceSheet, date);
  leftOutSection(grid, report);
  attainment8Section(grid, report);
  progress8Section(grid, report);
  const chart = chartSection(grid, report);
  const charts = chart ? [chart] : [];
  groupGridSection(grid, report);
  gapSection(grid, report);
  subjectSection(grid, report);
  if (report.classes) classesSection(grid, report.classes);
  if (report.distributions) {
    // The on-target chart's table is shorter than its chart: the distributions' charts start clear of it.
    if (chart) clearOfChart(grid, chart.anchorRow);
    charts.push(...distributionSection(grid, report.distributions));
  }
  if (report.accuracy) accuracySection(grid, report.accuracy);
  if (report.combinedGroups) combinedGroupsSection(grid, report.combinedGroups);
  if (report.attendanceSentence) {
    grid.text(report.attendanceSentence);
    grid.blank();
  }
  interventionSection(grid, report);
  attainmentSection(grid, report);
  listSections(grid, report);
  warningSection(grid, report);

  const { values, numberFormats, boldRanges } = grid.finish();
  const width = values[0]!.length;
  const anchorColumn = width + 2;
  return {
    sheetName: reportSheetName(options.sourceSheet, date, options.existingSheetNames, options.maxSheetName),
    range: address(1, 1, values.length, width),
    values,
    numberFormats,
    boldRanges,
    ...reportColumnWidths(width),
    charts: charts.map((chart) => ({
      ...withoutRow(chart),
      anchor: { cell: address(chart.anchorRow, anchorColumn), row: chart.anchorRow, column: anchorColumn, ...CHART_SIZE },
    })),
  };
}
