/// <reference types="office-js" />
/**
 * "Build report" in Excel: the core's ReportSheetPlan translated into Excel JS, in one Excel.run and
 * two syncs whatever the pupil count. The first adds the sheet, writes every value in one call, sets
 * each number-format rectangle, the bold rows and the column widths, and shows the sheet; the second
 * adds the native chart. The chart has its own sync so that, should an older Excel refuse part of it,
 * the report's figures are already on the sheet and the message can say exactly that.
 * Every command is about the new sheet: no other sheet is touched. If Excel refuses the sheet itself
 * (a sheet of that name appeared since the plan was made), nothing after it runs.
 */
import type { ReportChart, ReportSheetPlan } from '../../core/reportSheet';
import { ExcelHostError, runOnSheet, type ExcelApi } from './excelApi';

/**
 * The plan's sizes are pixels; Excel's column widths and chart sizes are points, 72 to the inch against 96
 * pixels (RangeFormat.columnWidth's unit is not in its reference page; Microsoft confirmed points in office-js issue 187).
 */
export const POINTS_PER_PIXEL = 0.75;

/** The plan's chart types as Excel.ChartType spells them. */
export const EXCEL_CHART_TYPES: Readonly<Record<ReportChart['type'], `${Excel.ChartType}`>> = { clusteredColumn: 'ColumnClustered', line: 'Line' };
const EXCEL_SERIES_BY: Readonly<Record<ReportChart['seriesBy'], `${Excel.ChartSeriesBy}`>> = { columns: 'Columns' };

/** 'A' -> 0, 'AB' -> 27. */
const columnNumber = (letters: string): number => [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) - 1;

/**
 * Neighbouring columns of the same width, as whole-column ranges ('C:N'), so setting the widths
 * takes one call per run of columns rather than one per column.
 */
export function columnWidthRuns(widths: ReportSheetPlan['columnWidths']): { columns: string; points: number }[] {
  const runs: { first: string; last: string; pixels: number }[] = [];
  for (const { column, pixels } of widths) {
    const previous = runs.at(-1);
    if (previous && previous.pixels === pixels && columnNumber(column) === columnNumber(previous.last) + 1) previous.last = column;
    else runs.push({ first: column, last: column, pixels });
  }
  return runs.map(({ first, last, pixels }) => ({ columns: `${first}:${last}`, points: pixels * POINTS_PER_PIXEL }));
}

/** Excel takes a number format for each cell of the range: one format repeated over the range's rows and columns. */
const formatGrid = (format: string, rows: number, columns: number): string[][] => Array.from({ length: rows }, () => new Array<string>(columns).fill(format));

function queueSheet(context: Excel.RequestContext, plan: ReportSheetPlan): Excel.Worksheet {
  const sheet = context.workbook.worksheets.add(plan.sheetName);
  sheet.getRange(plan.range).values = plan.values;
  for (const { format, ranges } of plan.numberFormats) {
    for (const range of ranges) sheet.getRange(range.address).numberFormat = formatGrid(format, range.rows, range.columns);
  }
  for (const address of plan.boldRanges) sheet.getRange(address).format.font.bold = true;
  for (const run of columnWidthRuns(plan.columnWidths)) sheet.getRange(run.columns).format.columnWidth = run.points;
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
  const retry = `Nothing in your other sheets was changed. If a half-filled sheet called '${name}' was left, delete it, then click Build report again.`;
  return runOnSheet(excel, name, `add the report sheet '${name}'`, retry, async (context) => {
    const sheet = queueSheet(context, plan);
    await context.sync();
    if (!plan.chart) return;
    queueChart(sheet, plan.chart);
    try {
      await context.sync();
    } catch (problem) {
      throw new ExcelHostError(`The report sheet '${name}' was added with all its figures, but Excel could not add its chart (${messageOf(problem)}). The chart's figures are in the table '${plan.chart.title}' on that sheet: select it and use Insert > Chart to chart them. Nothing in your other sheets was changed.`);
    }
  });
}
