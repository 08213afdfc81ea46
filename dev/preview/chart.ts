/**
 * A report's chart drawn as a plain SVG for the preview: clustered columns or lines, one series per
 * column of the chart's data range, read live from the sheet as a host's chart is. It is a stand-in
 * for Excel's and Sheets' own charts, good enough to see the report: the title, both axis titles, a
 * legend, and for screen readers a role="img" with a description giving every value. All text goes
 * in through textContent.
 */
import type { ReportChart } from '../../core/reportSheet';
import { readA1Range } from '../../core/rules';
import { formatNumber } from './numberFormat';
import type { CellValue } from './workbook';

const SVG = 'http://www.w3.org/2000/svg';
/** Okabe and Ito's colours: told apart with any colour vision. */
const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'];

let charts = 0;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  text?: string,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

export interface ChartData {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
}

/** The chart's data range from the sheet as shown: header row of series names, categories down the first column. */
export function chartData(chart: ReportChart, shown: readonly CellValue[][]): ChartData {
  const range = readA1Range(chart.dataRange);
  if (typeof range === 'string') throw new Error(range);
  const cell = (row: number, column: number) => shown[row - 1]?.[column - 1] ?? null;
  const bodyRows = Array.from(
    { length: range.lastRow - range.firstRow - chart.headerRows + 1 },
    (_, i) => range.firstRow + chart.headerRows + i,
  );
  const columns = Array.from({ length: range.lastColumn - range.firstColumn }, (_, i) => range.firstColumn + 1 + i);
  return {
    categories: bodyRows.map((row) => String(cell(row, range.firstColumn) ?? '')),
    series: columns.map((column) => ({
      name: String(cell(range.firstRow, column) ?? ''),
      values: bodyRows.map((row) => {
        const value = cell(row, column);
        return typeof value === 'number' ? value : null;
      }),
    })),
  };
}

export function chartSvg(chart: ReportChart, shown: readonly CellValue[][]): SVGSVGElement {
  const data = chartData(chart, shown);
  const { widthPx: width, heightPx: height } = chart.anchor;
  const id = `pv-chart-${(charts += 1)}`;
  const show = (value: number) => formatNumber(value, chart.valueFormat);
  const root = svg('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
    class: 'pv-chart',
  });
  root.dataset.type = chart.type;
  const description = data.categories
    .map(
      (category, i) =>
        `${category}: ` +
        `${data.series.map((series) => `${series.name} ${series.values[i] === null ? 'no data' : show(series.values[i]!)}`).join(', ')}`,
    )
    .join('; ');
  root.append(
    svg('title', { id: `${id}-title` }, chart.title),
    svg('desc', { id: `${id}-desc` }, `${chart.yAxisTitle} by ${chart.xAxisTitle.toLowerCase()}. ${description}.`),
  );
  root.append(svg('rect', { x: 0, y: 0, width, height, fill: '#fff', stroke: '#c8c8c8' }));
  root.append(
    svg('text', { x: width / 2, y: 18, 'text-anchor': 'middle', 'font-size': 12, 'font-weight': 600, fill: '#242424' }, chart.title),
  );

  // The legend under the title, one swatch and name per series.
  let legendX = 56;
  data.series.forEach((series, s) => {
    root.append(svg('rect', { x: legendX, y: 28, width: 10, height: 10, fill: SERIES_COLOURS[s % SERIES_COLOURS.length]! }));
    const label = svg('text', { x: legendX + 14, y: 37, 'font-size': 11, fill: '#242424' }, series.name);
    root.append(label);
    legendX += 24 + series.name.length * 6.5;
  });

  const plot = { left: 56, right: width - 14, top: 50, bottom: height - 46 };
  const highest = Math.max(0, ...data.series.flatMap((series) => series.values.filter((value): value is number => value !== null)));
  // Round steps: tenths or fifths of 100% for shares, whole numbers otherwise.
  const share = chart.valueFormat.endsWith('%');
  const step = share ? (highest <= 0.4 ? 0.1 : 0.2) : Math.max(1, Math.ceil(highest / 5));
  const ticks = Math.max(1, Math.ceil(highest / step - 1e-9));
  const top = step * ticks;
  const y = (value: number) => plot.bottom - (Math.max(0, value) / top) * (plot.bottom - plot.top);
  for (let tick = 0; tick <= ticks; tick += 1) {
    const value = step * tick;
    root.append(svg('line', { x1: plot.left, x2: plot.right, y1: y(value), y2: y(value), stroke: tick === 0 ? '#616161' : '#e0e0e0' }));
    root.append(svg('text', { x: plot.left - 6, y: y(value) + 4, 'text-anchor': 'end', 'font-size': 10, fill: '#424242' }, show(value)));
  }
  root.append(
    svg(
      'text',
      {
        transform: `translate(14 ${(plot.top + plot.bottom) / 2}) rotate(-90)`,
        'text-anchor': 'middle',
        'font-size': 11,
        fill: '#424242',
      },
      chart.yAxisTitle,
    ),
  );
  root.append(
    svg(
      'text',
      { x: (plot.left + plot.right) / 2, y: height - 8, 'text-anchor': 'middle', 'font-size': 11, fill: '#424242' },
      chart.xAxisTitle,
    ),
  );

  const band = (plot.right - plot.left) / Math.max(1, data.categories.length);
  data.categories.forEach((category, i) => {
    root.append(
      svg(
        'text',
        { x: plot.left + band * (i + 0.5), y: plot.bottom + 16, 'text-anchor': 'middle', 'font-size': 11, fill: '#242424' },
        category,
      ),
    );
  });
  data.series.forEach((series, s) => {
    const colour = SERIES_COLOURS[s % SERIES_COLOURS.length]!;
    const group = svg('g', { class: 'pv-series', fill: colour, stroke: colour });
    group.dataset.series = series.name;
    const barWidth = (band * 0.7) / data.series.length;
    const points: string[] = [];
    series.values.forEach((value, i) => {
      if (value === null) return;
      const label = `${series.name} at ${data.categories[i]}: ${show(value)}`;
      const mark =
        chart.type === 'line'
          ? svg('circle', { cx: plot.left + band * (i + 0.5), cy: y(value), r: 4 })
          : svg('rect', {
              x: plot.left + band * (i + 0.15) + barWidth * s,
              y: y(value),
              width: Math.max(1, barWidth - 2),
              height: plot.bottom - y(value),
              stroke: 'none',
            });
      mark.dataset.category = data.categories[i]!;
      mark.dataset.value = String(value);
      mark.append(svg('title', {}, label));
      group.append(mark);
      points.push(`${plot.left + band * (i + 0.5)},${y(value)}`);
    });
    if (chart.type === 'line' && points.length > 1)
      group.prepend(svg('polyline', { points: points.join(' '), fill: 'none', 'stroke-width': 2 }));
    root.append(group);
  });
  return root;
}
