/// <reference types="office-js" />
/**
 * "Build report" in Excel: the core's ReportSheetPlan translated into Excel JS, in one Excel.run and
 * two syncs whatever the pupil count. The first adds the sheet, writes every value in one call, sets
 * each number-format rectangle, the bold rows and the column widths, and shows the sheet; the second
 * adds the native charts. The charts have their own sync so that, should an older Excel refuse part of it,
 * the report's figures are already on the sheet and the message can say exactly that.
 * Every command is about the new sheet: no other sheet is touched. If Excel refuses the sheet itself
 * (a sheet of that name appeared since the plan was made), nothing after it runs.
 */
import type { ReportChart, ReportSheetPlan } from '../../core/reportSheet';
import type { ColumnWidthRun } from '../../core/reportSheet/columnWidths';
import { columnLetter } from '../../core/workbook/a1';
import { ExcelHostError, runOnSheet, type ExcelApi } from './excelApi';

/**
 * The plan's sizes are pixels; Excel's column widths and chart sizes are points, 72 to the inch against 96
 * pixels (RangeFormat.columnWidth's unit is not in its reference page; Microsoft confirmed points in office-js issue 187).
 */
export const POINTS_PER_PIXEL = 0.75;

/** The plan's chart types as Excel.ChartType spells them. */
export const EXCEL_CHART_TYPES: Readonly<Record<ReportChart['type'], `${Excel.ChartType}`>> = {
  clusteredColumn: 'ColumnClustered',
  line: 'Line',
};
const EXCEL_SERIES_BY: Readonly<Record<ReportChart['seriesBy'], `${Excel.ChartSeriesBy}`>> = { columns: 'Columns' };

/** A run of neighbouring columns of one width (the plan's, counted from 0) as a whole-column range, 'C:N'. */
const columnsOf = ({ firstColumn, count }: ColumnWidthRun): string =>
  `${columnLetter(firstColumn)}:${columnLetter(firstColumn + count - 1)}`;

/** Excel takes a number format for each cell of the range: one format repeated over the range's rows and columns. */
const formatGrid = (format: string, rows: number, columns: number): string[][] =>
  Array.from({ length: rows }, () => new Array<string>(columns).fill(format));

function queueSheet(context: Excel.RequestContext, plan: ReportSheetPlan): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(plan.sheetName);
  sheet.getRange(plan.range).values = plan.values;
  for (const { format, ranges } of plan.numberFormats) {
    for (const range of ranges) sheet.getRange(range.address).numberFormat = formatGrid(format, range.rows, range.columns);
  }
  for (const address of plan.boldRanges) sheet.getRange(address).format.font.bold = true;
  for (const run of plan.columnWidthRuns) sheet.getRange(columnsOf(run)).format.columnWidth = run.pixels * POINTS_PER_PIXEL;
  sheet.activate();
  return sheet;
}

function queueChart(sheet: Excel.Worksheet, planned: ReportChart): void {
  const chart = sheet.charts.add(EXCEL_CHART_TYPES[planned.type], sheet.getRange(planned.dataRange), EXCEL_SERIES_BY[planned.seriesBy]);
  chart.title.text = planned.title;
  chart.title.visible = true;
  const { categoryAxis, valueAxis } = chart.axes;
  categoryAxis.title.text = planned.xAxisTitle;
  categoryAxis.title.visible = true;
  valueAxis.title.text = planned.yAxisTitle;
  valueAxis.title.visible = true;
  valueAxis.numberFormat = planned.valueFormat;
  // setPosition with one cell moves the chart's top-left corner there; the size is then set in points.
  chart.setPosition(planned.anchor.cell);
  chart.width = planned.anchor.widthPx * POINTS_PER_PIXEL;
  chart.height = planned.anchor.heightPx * POINTS_PER_PIXEL;
}

const messageOf = (problem: unknown) => (problem instanceof Error ? problem.message : String(problem));

export function addReportSheet(excel: ExcelApi, plan: ReportSheetPlan): Promise<void> {
  const name = plan.sheetName;
  const retry =
    'Nothing in your other sheets was changed. ' +
    `If a half-filled sheet called '${name}' was left, delete it, then click Build report again.`;
  return runOnSheet(excel, name, `add the report sheet '${name}'`, retry, async (context) => {
    const sheet = queueSheet(context, plan);
    await context.sync();
    if (plan.charts.length === 0) return;
    for (const chart of plan.charts) queueChart(sheet, chart);
    try {
      await context.sync();
    } catch (problem) {
      const one = plan.charts.length === 1;
      const tables = plan.charts.map((chart) => `'${chart.title}'`).join(', ');
      throw new ExcelHostError(
        `The report sheet '${name}' was added with all its figures, but Excel could not add its ${one ? 'chart' : 'charts'} ` +
          `(${messageOf(problem)}). The ${one ? "chart's figures are in the table" : "charts' figures are in the tables"} ${tables} ` +
          `on that sheet: select ${one ? 'it' : 'one'} and use Insert > Chart to chart it. Nothing in your other sheets was changed.`,
      );
    }
  });
}
