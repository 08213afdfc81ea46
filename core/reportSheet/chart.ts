/**
 * The report's native chart: share of grades on or above target at each collection, for the leading
 * gap's two groups (PP and not PP, else disadvantaged and not), or all pupils when the tracker has
 * neither. Its data is a small table on the sheet (Collection | group | group), so the chart is live
 * and both hosts build it from one range: Excel with worksheet.charts.add(type, range, "Columns"),
 * Sheets with newChart().addRange(range).setNumHeaders(1).setPosition(row, column, 0, 0).
 */
import type { Report } from '../report';
import { address, FORMATS, type SheetGrid } from './grid';
import { trackerText } from './trackerText';

export interface ReportChart {
  /** Clustered columns for up to 4 collections; a line reads better across more. */
  type: 'clusteredColumn' | 'line';
  /** The chart table with its header row: categories down the first column, one series per other column. */
  dataRange: string;
  seriesBy: 'columns';
  headerRows: 1;
  series: string[];
  categories: string[];
  title: string;
  xAxisTitle: string;
  yAxisTitle: string;
  valueFormat: string;
  /**
   * Where the chart's top-left corner sits (1-based), to the right of every table, and its size in
   * pixels: Sheets takes pixels (setOption('width'/'height')); Excel's chart.width/height are points, 3/4 of a pixel.
   */
  anchor: { cell: string; row: number; column: number; widthPx: number; heightPx: number };
}

/** A chart as a section plans it: its anchor row is known, its column waits for the sheet's final width. */
export type PlannedChart = Omit<ReportChart, 'anchor'> & { anchorRow: number };

export const CHART_SIZE = { widthPx: 480, heightPx: 300 } as const;

/** Writes the chart table and returns the chart without its anchor column, which waits for the sheet's final width. */
export function chartSection(grid: SheetGrid, report: Report): PlannedChart | null {
  const family = report.leadingFamily;
  const shares = report.byCollection.map((collection) => {
    const table = collection.groups.families.find((candidate) => candidate.family === family);
    return table ? table.groups.map((group) => group.figures.onTarget) : [collection.groups.all.onTarget];
  });
  if (shares.every((row) => row.every((share) => share === null))) return null;
  const familyTable = report.byCollection[0]?.groups.families.find((candidate) => candidate.family === family);
  const series = familyTable ? familyTable.groups.map((group) => group.label) : ['All pupils'];
  const title = `Share of grades on or above target by collection: ${familyTable ? series.join(' and ') : 'all pupils'}`;

  const place = grid.table(
    title,
    [{ label: 'Collection' }, ...series.map((label) => ({ label, format: FORMATS.share }))],
    report.byCollection.map((collection, i) => [trackerText(collection.collection), ...shares[i]!]),
  );
  grid.blank();
  return {
    type: report.collections.length > 4 ? 'line' : 'clusteredColumn',
    dataRange: address(place.headerRow, 1, place.lastBodyRow, place.columns),
    seriesBy: 'columns',
    headerRows: 1,
    series,
    categories: report.byCollection.map((collection) => collection.collection),
    title,
    xAxisTitle: 'Data collection',
    yAxisTitle: 'Grades on or above target',
    valueFormat: FORMATS.share,
    anchorRow: place.titleRow ?? place.headerRow,
  };
}
