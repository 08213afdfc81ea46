/// <reference types="google-apps-script" />
/**
 * "Build report": the core's ReportSheetPlan written to a new sheet. The number of calls is fixed
 * whatever the pupil count: one setValues for every value, one range list per number format, one
 * for the bold titles and headers, one call per run of equal column widths, and one per chart. The
 * core has already made the name unique, put an apostrophe before any text Sheets would read as a
 * formula, number or date, and worked out every range, so this only translates.
 */
import type { ReportChart, ReportSheetPlan } from '../../core/reportSheet';
import { reportSheetPlanSchema } from '../../core/reportSheet/schema';
import { readSent, refusal, stoppedWhile } from './errors';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const UNREADABLE =
  'Tracklight could not read the report to write. Close the sidebar, open it again, and try once more. Nothing was changed.';

/** Never over an existing sheet: Sheets compares names without regard to case, and insertSheet refuses a clash itself. */
function addNewSheet(spreadsheet: Spreadsheet, name: string): Sheet {
  const clash =
    `A sheet called '${name}' already exists, and Tracklight never writes over a sheet. ` +
    'Build the report again to get a new name. Nothing was changed.';
  if (spreadsheet.getSheetByName(name)) throw new Error(clash);
  try {
    return spreadsheet.insertSheet(name);
  } catch (error) {
    throw refusal(`add a sheet called '${name}'`, error, 'Build the report again to get a new name. Nothing was changed.');
  }
}

/**
 * The chart table's range with its header row; series run down the columns (Sheets' default), so
 * the first column's collections are the categories. useFirstColumnAsDomain is not in Google's
 * reference but is the option Sheets keeps for "use column A as labels"; an option a chart does not
 * know is ignored, so it can only make the collections the x axis, never break the chart.
 */
function buildChart(sheet: Sheet, chart: ReportChart): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  return sheet
    .newChart()
    .setChartType(chart.type === 'line' ? Charts.ChartType.LINE : Charts.ChartType.COLUMN)
    .addRange(sheet.getRange(chart.dataRange))
    .setNumHeaders(chart.headerRows)
    .setOption('useFirstColumnAsDomain', true)
    .setPosition(chart.anchor.row, chart.anchor.column, 0, 0)
    .setOption('title', chart.title)
    .setOption('hAxis', { title: chart.xAxisTitle })
    .setOption('vAxis', { title: chart.yAxisTitle, format: chart.valueFormat })
    .setOption('width', chart.anchor.widthPx)
    .setOption('height', chart.anchor.heightPx)
    .build();
}

function writeReport(sheet: Sheet, plan: ReportSheetPlan): void {
  const rows = plan.values.length;
  const width = plan.values[0]!.length;
  // The pupil lists make the report longer with more pupils, so rows are always added the same
  // way, in one call: the report's rows, ahead of the empty rows every new sheet has. A branch
  // taken only past 1,000 rows would make a large year group cost more calls than a small one.
  sheet.insertRowsAfter(sheet.getMaxRows(), rows);
  // Columns follow the tables, never the pupils. Each chart's anchor cell must exist too.
  const columns = Math.max(width, ...plan.charts.map((chart) => chart.anchor.column));
  const maxColumns = sheet.getMaxColumns();
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);

  sheet.getRange(1, 1, rows, width).setValues(plan.values);
  for (const { format, ranges } of plan.numberFormats) {
    if (ranges.length > 0) sheet.getRangeList(ranges.map((range) => range.address)).setNumberFormat(format);
  }
  if (plan.boldRanges.length > 0) sheet.getRangeList(plan.boldRanges).setFontWeight('bold');
  // Sheets counts columns from 1; the plan's runs from 0, as the core does.
  for (const run of plan.columnWidthRuns) sheet.setColumnWidths(run.firstColumn + 1, run.count, run.pixels);
  for (const chart of plan.charts) sheet.insertChart(buildChart(sheet, chart));
}

/**
 * Adds the report sheet and makes it the active one. If Sheets stops part way, the half-written
 * sheet (which Tracklight has just made, and nobody has typed in) is taken away again, so a
 * failed report leaves the spreadsheet as it was.
 */
export function addReportSheet(plan: ReportSheetPlan): void {
  const checked = readSent(reportSheetPlanSchema, plan, UNREADABLE);
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = addNewSheet(spreadsheet, checked.sheetName);
  try {
    writeReport(sheet, checked);
  } catch (error) {
    let removed = true;
    try {
      spreadsheet.deleteSheet(sheet);
    } catch {
      removed = false;
    }
    const after = removed
      ? 'The unfinished report sheet was taken away again, and nothing else was changed.'
      : `The unfinished sheet '${checked.sheetName}' is still there: delete it, then build the report again. Nothing else was changed.`;
    throw stoppedWhile('writing the report', error, after);
  }
  sheet.activate();
}
