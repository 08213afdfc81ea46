/**
 * Grade distributions on the report sheet: the table per collection (counts and DfE shares, as numbers
 * with formats), the chart table and its chart, anchors far enough apart that no two charts overlap,
 * and tracker text written as text.
 */
import { describe, expect, it } from 'vitest';
import { SCALE_PRESETS } from '../../../core/grades/scalePresets';
import type { GradeDistributions } from '../../../core/report/distributions';
import { CHART_SIZE } from '../../../core/reportSheet/chart';
import {
  CHART_ROWS,
  chartsApart,
  clearOfChart,
  distributionSection,
  MOST_DISTRIBUTION_CHARTS,
} from '../../../core/reportSheet/distributionSection';
import { SheetGrid, type FinishedGrid } from '../../../core/reportSheet/grid';
import { literalText } from '../../../core/workbook/literalCells';
import { byColumn, distributionsFor } from '../report/distributionsSupport';
import { range } from './support';

function written(distributions: GradeDistributions, before = 0) {
  const grid = new SheetGrid();
  for (let r = 0; r < before; r += 1) grid.text('An earlier section');
  const charts = distributionSection(grid, distributions);
  return { charts, sheet: grid.finish(), nextRow: grid.nextRow };
}

/** Every format a 1-based cell has (a cell should have at most one). */
const formatsAt = (sheet: FinishedGrid, row: number, column: number): string[] =>
  sheet.numberFormats.flatMap(({ format, ranges }) =>
    ranges
      .map((entry) => range(entry.address))
      .filter((box) => row >= box.firstRow && row <= box.lastRow && column >= box.firstColumn && column <= box.lastColumn)
      .map(() => format),
  );

const rowOf = (sheet: FinishedGrid, first: string) => sheet.values.findIndex((row) => row[0] === first) + 1;

// Maths 9, 7, 5, 4, U; English 8, 4, 4, 3, blank (see test/core/report/distributions.test.ts for how grades count).
const twoSubjects = distributionsFor(['Maths', 'English'], ['RP1'], byColumn([9, 7, 5, 4, 'U'], [8, 4, 4, 3, '']));

describe('the grade distribution table', () => {
  const { charts, sheet } = written(twoSubjects);
  const title = rowOf(sheet, 'Grade distribution at RP1');
  const header = sheet.values[title]!;

  it('writes a header of pupils, each grade 9 to U and the four bands, in words no host reads as a number or date', () => {
    expect(title).toBe(1);
    expect(header.slice(0, 16)).toEqual([
      'Subject',
      'Pupils',
      ...['9', '8', '7', '6', '5', '4', '3', '2', '1'].map((g) => `Grade ${g}`),
      'U',
      ...['9-7', '9-5', '9-4', '9-1'].map((band) => `Grades ${band}`),
    ]);
    expect(sheet.boldRanges).toContain('A1');
    expect(sheet.boldRanges).toContain('A2:P2');
  });

  it('writes counts and shares as numbers, formatted as counts and shares', () => {
    const body = sheet.values.slice(title + 1, title + 4).map((row) => row.slice(0, 16));
    // Maths: 5 pupils, one each at 9, 7, 5, 4, U; 9-7 2 of 5, 9-5 3, 9-4 4, 9-1 4 (U is below 1).
    // English: 4 pupils (one blank), 8, 4, 4, 3; 9-7 1 of 4, 9-5 1, 9-4 3, 9-1 4.
    // All subjects: the 9 grades of both: 9-7 3 of 9, 9-5 4, 9-4 7, 9-1 8.
    expect(body).toEqual([
      ['Maths', 5, 1, 0, 1, 0, 1, 1, 0, 0, 0, 1, 2 / 5, 3 / 5, 4 / 5, 4 / 5],
      ['English', 4, 0, 1, 0, 0, 0, 2, 1, 0, 0, 0, 1 / 4, 1 / 4, 3 / 4, 1],
      ['All subjects', 9, 1, 1, 1, 0, 1, 3, 1, 0, 0, 1, 3 / 9, 4 / 9, 7 / 9, 8 / 9],
    ]);
    const firstBody = title + 2;
    for (let column = 2; column <= 12; column += 1) expect(formatsAt(sheet, firstBody, column)).toEqual(['0']);
    for (let column = 13; column <= 16; column += 1) expect(formatsAt(sheet, firstBody + 2, column)).toEqual(['0%']);
    expect(formatsAt(sheet, firstBody, 1)).toEqual([]);
    expect(sheet.values[title + 4]![0]).toBe('All subjects counts each pupil once in every subject they have a grade in.');
  });

  it('draws one chart whose data is exactly its chart table: a header, then the grades 9 to U down column A', () => {
    expect(charts).toHaveLength(1);
    const [chart] = charts;
    const box = range(chart!.dataRange);
    const chartHeader = rowOf(sheet, 'Grade');
    expect([box.firstRow, box.lastRow, box.firstColumn, box.lastColumn]).toEqual([chartHeader, chartHeader + 10, 1, 3]);
    expect(sheet.values[chartHeader - 1]!.slice(0, 3)).toEqual(['Grade', 'Maths', 'English']);
    // Written as text (literalText): '9 for 9, U as it is.
    expect(sheet.values.slice(chartHeader, chartHeader + 10).map((row) => row[0])).toEqual(chart!.categories.map(literalText));
    expect(chart!.categories).toEqual(['9', '8', '7', '6', '5', '4', '3', '2', '1', 'U']);
    // Nothing of the chart table sits outside its range: the rows above and below are its title and a blank.
    expect(sheet.values[chartHeader - 2]![0]).toBe("Share of pupils at each grade at RP1 (the chart's data)");
    expect(sheet.values[chartHeader + 10]!.every((cell) => cell === '')).toBe(true);
    // Maths at 9: 1 of 5; English at 4: 2 of 4; shares formatted as shares.
    expect(sheet.values[chartHeader]!.slice(1, 3)).toEqual([1 / 5, 0]);
    expect(sheet.values[chartHeader + 5]!.slice(1, 3)).toEqual([1 / 5, 2 / 4]);
    expect(formatsAt(sheet, chartHeader + 1, 2)).toEqual(['0%']);
    expect(chart).toMatchObject({
      type: 'clusteredColumn',
      seriesBy: 'columns',
      headerRows: 1,
      series: ['Maths', 'English'],
      title: 'Grade distribution at RP1',
      xAxisTitle: 'Grade',
      yAxisTitle: 'Share of pupils with a grade',
      valueFormat: '0%',
      anchorRow: title,
    });
  });

  it('writes the grade categories as text, so a host keeps "9" a category rather than a value', () => {
    const chartHeader = rowOf(sheet, 'Grade');
    expect(sheet.values[chartHeader]![0]).toBe("'9");
  });
});

describe('chart placement', () => {
  it('counts a chart as CHART_ROWS rows: its 300 px at about 21 px a row, and a row to spare', () => {
    expect(CHART_ROWS).toBe(Math.ceil(CHART_SIZE.heightPx / 21) + 1);
    expect(CHART_ROWS * 21).toBeGreaterThan(CHART_SIZE.heightPx);
  });

  it('checks anchors in any order', () => {
    expect(chartsApart([])).toBe(true);
    expect(chartsApart([5])).toBe(true);
    expect(chartsApart([1, 1 + CHART_ROWS, 1 + 2 * CHART_ROWS])).toBe(true);
    expect(chartsApart([1 + 2 * CHART_ROWS, 1, 1 + CHART_ROWS])).toBe(true);
    expect(chartsApart([1, CHART_ROWS])).toBe(false);
    expect(chartsApart([40, 1, 30])).toBe(false);
  });

  it('spaces three collections so no two charts overlap, nor anything after the last', () => {
    // One short subject on a four-label scale: each block's tables are shorter than a chart, so blank rows pad it.
    const labels = ['Secure', 'Developing', 'Mastered'];
    const three = distributionsFor(
      ['Science'],
      ['RP1', 'RP2', 'RP3'],
      byColumn(labels, labels, labels),
      SCALE_PRESETS['ks3-descriptors'].settings,
    );
    const { charts, nextRow } = written(three);
    const anchors = charts.map((chart) => chart.anchorRow);
    expect(anchors).toHaveLength(3);
    expect(chartsApart(anchors)).toBe(true);
    expect(nextRow - anchors[2]!).toBeGreaterThanOrEqual(CHART_ROWS);
    // Each block: title, header, Science, blank, chart title, header, 3 grades, blank = 10 rows, padded to CHART_ROWS.
    expect(anchors).toEqual([1, 1 + CHART_ROWS, 1 + 2 * CHART_ROWS]);
  });

  it('charts only the latest 12 collections of 14, says so, and still writes every table', () => {
    const collections = Array.from({ length: 14 }, (_, i) => `W${i + 1}`);
    const fourteen = distributionsFor(['Maths'], collections, byColumn(...collections.map(() => [5, 4, 6])));
    const { charts, sheet } = written(fourteen);
    expect(MOST_DISTRIBUTION_CHARTS).toBe(12);
    expect(charts.map((chart) => chart.title)).toEqual(collections.slice(2).map((name) => `Grade distribution at ${name}`));
    expect(collections.every((name) => rowOf(sheet, `Grade distribution at ${name}`) > 0)).toBe(true);
    expect(sheet.values[0]![0]).toBe('Charts are drawn for the latest 12 collections; the 2 before them have tables only.');
    expect(chartsApart(charts.map((chart) => chart.anchorRow))).toBe(true);
  });

  it('keeps a single collection clear of whatever comes next', () => {
    const { charts, nextRow } = written(twoSubjects, 3);
    expect(charts.map((chart) => chart.anchorRow)).toEqual([4]);
    expect(chartsApart([charts[0]!.anchorRow, nextRow])).toBe(true);
  });

  it('pads below an earlier chart so the first distribution chart clears it', () => {
    const grid = new SheetGrid();
    const earlierChart = grid.title('Share of grades on or above target by collection');
    grid.text('RP1');
    clearOfChart(grid, earlierChart);
    const charts = distributionSection(grid, twoSubjects);
    expect(chartsApart([earlierChart, ...charts.map((chart) => chart.anchorRow)])).toBe(true);
    expect(charts[0]!.anchorRow).toBe(earlierChart + CHART_ROWS);
  });
});

describe('series and tracker text', () => {
  it('pools a chart of 5 subjects into one All subjects series, and keeps every subject in the table', () => {
    const names = ['Maths', 'English', 'Science', 'History', 'French'];
    const five = distributionsFor(names, ['RP1'], byColumn(...names.map(() => [5, 4])));
    const { charts, sheet } = written(five);
    expect(charts[0]!.series).toEqual(['All subjects']);
    expect(range(charts[0]!.dataRange).lastColumn).toBe(2);
    const title = rowOf(sheet, 'Grade distribution at RP1');
    expect(sheet.values.slice(title + 1, title + 7).map((row) => row[0])).toEqual([...names, 'All subjects']);
  });

  it('writes a subject named =SUM(A1) as text, in the table and the chart header, and a collection name as text', () => {
    const odd = distributionsFor(['=SUM(A1)', 'Maths'], ['10E1'], byColumn([5], [4]));
    const { charts, sheet } = written(odd);
    const title = rowOf(sheet, 'Grade distribution at 10E1');
    expect(sheet.values[title + 1]![0]).toBe("'=SUM(A1)");
    expect(sheet.values[rowOf(sheet, 'Grade') - 1]!.slice(0, 3)).toEqual(['Grade', "'=SUM(A1)", 'Maths']);
    expect(charts[0]!.series).toEqual(['=SUM(A1)', 'Maths']);
    // The collection inside a title is the report's own sentence, which starts with words: nothing to escape.
    expect(charts[0]!.title).toBe('Grade distribution at 10E1');
  });
});
