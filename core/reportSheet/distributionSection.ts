/**
 * Grade distributions on the report sheet: per collection, a table of how many pupils have each grade
 * in each subject with the DfE's cumulative shares, then the small table its chart is drawn from
 * (Grade | a share per series). Every collection's block is at least CHART_ROWS tall, so the charts
 * beside the blocks never overlap each other or whatever chart comes after.
 */
import type { CollectionDistribution, GradeDistributions } from '../report/distributions';
import { isPlainWords } from '../workbook/literalCells';
import { CHART_SIZE, type PlannedChart } from './chart';
import { address, FORMATS, type SheetGrid } from './grid';
import { trackerText } from './trackerText';

/** A sheet row is about 21 px high: a chart covers this many rows from its anchor, with one row to spare. */
export const CHART_ROWS = Math.ceil(CHART_SIZE.heightPx / 21) + 1;

/** Whether charts anchored at these rows (in the same column, any order) are all at least CHART_ROWS apart. */
export function chartsApart(anchorRows: readonly number[]): boolean {
  const sorted = [...anchorRows].sort((a, b) => a - b);
  return sorted.every((row, i) => i === 0 || row - sorted[i - 1]! >= CHART_ROWS);
}

/** Blank rows until the next row is clear of a chart anchored at `anchorRow`: what comes next may have a chart of its own. */
export function clearOfChart(grid: SheetGrid, anchorRow: number): void {
  while (grid.nextRow < anchorRow + CHART_ROWS) grid.blank();
}

/** One series per subject up to this many; past it the chart shows all subjects pooled, so it stays readable. */
export const MOST_CHART_SUBJECTS = 4;

/**
 * A header the report writes as its own words must be words no host reads as a value: "9" would land as
 * a number and "9-7" as a date, so GCSE grades are headed "Grade 9" and bands "Grades 9-7". A school's
 * label is kept when it is plain words ("Secure") and headed the same way when not ("Grade 6a").
 */
const gradeHeader = (label: string): string => (isPlainWords(label) ? label : `Grade ${label}`);

function distributionTable(grid: SheetGrid, distributions: GradeDistributions, collection: CollectionDistribution): number {
  const place = grid.table(
    `Grade distribution at ${collection.collection}`,
    [
      { label: 'Subject' },
      { label: 'Pupils', format: FORMATS.count },
      ...distributions.grades.map((label) => ({ label: gradeHeader(label), format: FORMATS.count })),
      ...distributions.bands.map((label) => ({ label: `Grades ${label}`, format: FORMATS.share })),
    ],
    collection.rows.map((row) => [trackerText(row.subject), row.pupils, ...row.counts, ...row.bands]),
  );
  if (collection.rows.some((row) => row.allSubjects))
    grid.text('All subjects counts each pupil once in every subject they have a grade in.');
  return place.titleRow!;
}

/** The chart's series: each subject when there are few, else all subjects pooled. */
function chartSeries(collection: CollectionDistribution) {
  const subjects = collection.rows.filter((row) => !row.allSubjects);
  const pooled = collection.rows.filter((row) => row.allSubjects);
  return subjects.length <= MOST_CHART_SUBJECTS || pooled.length === 0 ? subjects : pooled;
}

/**
 * Header row then one row per grade, categories down the first column, as both hosts build a chart from
 * one range. Written row by row because its header holds subject names, which are the tracker's text.
 * Grade labels go through trackerText too: written as text, so "9" stays a category and never becomes a value.
 */
function chartTable(
  grid: SheetGrid,
  distributions: GradeDistributions,
  collection: CollectionDistribution,
  anchorRow: number,
): PlannedChart {
  const series = chartSeries(collection);
  grid.title(`Share of pupils at each grade at ${collection.collection} (the chart's data)`);
  const headerRow = grid.row([{ value: 'Grade' }, ...series.map((row) => trackerText(row.subject))]);
  distributions.grades.forEach((label, g) =>
    grid.row([trackerText(label), ...series.map((row) => ({ value: row.shares[g] ?? null, format: FORMATS.share }))]),
  );
  const lastRow = headerRow + distributions.grades.length;
  return {
    type: 'clusteredColumn',
    dataRange: address(headerRow, 1, lastRow, 1 + series.length),
    seriesBy: 'columns',
    headerRows: 1,
    series: series.map((row) => row.subject),
    categories: [...distributions.grades],
    title: `Grade distribution at ${collection.collection}`,
    xAxisTitle: 'Grade',
    yAxisTitle: 'Share of pupils with a grade',
    valueFormat: FORMATS.share,
    anchorRow,
  };
}

/** Charts for the latest this many collections: a year of half-termly drops, and a sheet a host draws quickly. */
export const MOST_DISTRIBUTION_CHARTS = 12;

export function distributionSection(grid: SheetGrid, distributions: GradeDistributions): PlannedChart[] {
  const { collections } = distributions;
  const firstCharted = Math.max(0, collections.length - MOST_DISTRIBUTION_CHARTS);
  if (firstCharted > 0)
    grid.text(
      `Charts are drawn for the latest ${MOST_DISTRIBUTION_CHARTS} collections; the ${firstCharted} before them have tables only.`,
    );
  return collections.flatMap((collection, at) => {
    const anchorRow = distributionTable(grid, distributions, collection);
    grid.blank();
    if (at < firstCharted) return [];
    const chart = chartTable(grid, distributions, collection, anchorRow);
    grid.blank();
    clearOfChart(grid, anchorRow);
    return [chart];
  });
}
