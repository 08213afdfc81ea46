/**
 * worksheet.charts in the Excel fake: charts.add(type, sourceData, seriesBy) and the parts of a chart
 * a host sets: title, both axes' titles and number formats, setPosition, top/left/width/height.
 * As in Excel: the type must be one of Excel.ChartType's values and seriesBy one of
 * Excel.ChartSeriesBy's; sizes are in points; setPosition(start) moves the chart's top-left corner to
 * that cell and keeps its size, setPosition(start, end) also sizes it to cover the end cell.
 */
import { FakeExcelError, formatAddress, parseAddress, type Rect } from './excelFakeA1';
import { DEFAULT_CHART_SIZE, type FakeChart, type FakeChartAxis, type FakeChartTitle } from './excelFakeFormatting';
import { FakeCollection, FakeObject, type Batch, type RangeModel } from './excelFakeProxy';
import type { FakeSheet } from './excelFakeWorkbook';

/** Excel.ChartType's values (ExcelApi), less 'Invalid'. */
const CHART_TYPES = new Set(
  (
    'ColumnClustered ColumnStacked ColumnStacked100 3DColumnClustered 3DColumnStacked 3DColumnStacked100 BarClustered ' +
    'BarStacked BarStacked100 3DBarClustered 3DBarStacked 3DBarStacked100 LineStacked LineStacked100 LineMarkers ' +
    'LineMarkersStacked LineMarkersStacked100 PieOfPie PieExploded 3DPieExploded BarOfPie XYScatterSmooth ' +
    'XYScatterSmoothNoMarkers XYScatterLines XYScatterLinesNoMarkers AreaStacked AreaStacked100 3DAreaStacked 3DAreaStacked100 ' +
    'DoughnutExploded RadarMarkers RadarFilled Surface SurfaceWireframe SurfaceTopView SurfaceTopViewWireframe Bubble ' +
    'Bubble3DEffect StockHLC StockOHLC StockVHLC StockVOHLC CylinderColClustered CylinderColStacked CylinderColStacked100 ' +
    'CylinderBarClustered CylinderBarStacked CylinderBarStacked100 CylinderCol ConeColClustered ConeColStacked ' +
    'ConeColStacked100 ConeBarClustered ConeBarStacked ConeBarStacked100 ConeCol PyramidColClustered PyramidColStacked ' +
    'PyramidColStacked100 PyramidBarClustered PyramidBarStacked PyramidBarStacked100 PyramidCol 3DColumn Line 3DLine 3DPie Pie ' +
    'XYScatter 3DArea Area Doughnut Radar Histogram Boxwhisker Pareto RegionMap Treemap Waterfall Sunburst Funnel'
  ).split(' '),
);
const SERIES_BY = new Set(['Auto', 'Columns', 'Rows']);

type ChartModel = { sheet: FakeSheet; chart: FakeChart };

/** A Range proxy of this fake: what charts.add and setPosition take. */
export interface FakeRangeSource {
  rangeModel(): RangeModel;
}

const untitled = (): FakeChartTitle => ({ text: '', visible: false });
const newAxis = (): FakeChartAxis => ({ title: untitled(), numberFormat: 'General' });

export class ChartCollection extends FakeCollection<FakeSheet, ChartModel, Chart> {
  constructor(batch: Batch, resolve: () => FakeSheet | null) {
    super(batch, resolve, 'ChartCollection');
  }
  protected members(sheet: FakeSheet): ChartModel[] {
    return sheet.charts.map((chart) => ({ sheet, chart }));
  }
  protected item(model: ChartModel): Chart {
    return new Chart(this.batch, () => model.sheet.existingChart(model.chart));
  }

  add(type: string, sourceData: FakeRangeSource, seriesBy = 'Auto'): Chart {
    let added: ChartModel | undefined;
    this.queue('add', (sheet) => {
      if (!CHART_TYPES.has(type)) throw new FakeExcelError('InvalidArgument', `'${type}' is not a chart type`);
      if (!SERIES_BY.has(seriesBy)) throw new FakeExcelError('InvalidArgument', `'${seriesBy}' is not a ChartSeriesBy value`);
      const source = sourceData.rangeModel();
      added = {
        sheet,
        chart: sheet.addChart({
          type,
          seriesBy,
          source: { sheet: source.sheet.name, address: formatAddress(source.rect) },
          title: untitled(),
          axes: { category: newAxis(), value: newAxis() },
          top: 0,
          left: 0,
          ...DEFAULT_CHART_SIZE,
          topLeftCell: null,
        }),
      };
    });
    return new Chart(this.batch, () => {
      if (!added) throw new FakeExcelError('InvalidObjectPath', 'This chart was not added: its add() failed or has not been synced');
      return added.sheet.existingChart(added.chart);
    });
  }
}

type Size = 'top' | 'left' | 'width' | 'height';

export class Chart extends FakeObject<ChartModel> {
  protected readonly scalars = {
    chartType: ({ chart }: ChartModel) => chart.type,
    top: ({ chart }: ChartModel) => chart.top,
    left: ({ chart }: ChartModel) => chart.left,
    width: ({ chart }: ChartModel) => chart.width,
    height: ({ chart }: ChartModel) => chart.height,
  };
  readonly title = new ChartTitle(this.batch, this.resolve, 'ChartTitle', (chart) => chart.title);
  readonly axes = new ChartAxes(this.batch, this.resolve);

  constructor(batch: Batch, resolve: () => ChartModel | null) {
    super(batch, resolve, 'Chart');
  }
  protected override navigation(name: string) {
    return name === 'title' ? this.title : name === 'axes' ? this.axes : undefined;
  }
  get chartType(): string {
    return this.read('chartType');
  }
  get top(): number {
    return this.read('top');
  }
  set top(points: number) {
    this.setSize('top', points);
  }
  get left(): number {
    return this.read('left');
  }
  set left(points: number) {
    this.setSize('left', points);
  }
  get width(): number {
    return this.read('width');
  }
  set width(points: number) {
    this.setSize('width', points);
  }
  get height(): number {
    return this.read('height');
  }
  set height(points: number) {
    this.setSize('height', points);
  }

  setPosition(startCell: string | FakeRangeSource, endCell?: string | FakeRangeSource): void {
    this.queue('setPosition', ({ sheet, chart }) => {
      const start = cellOf(sheet, startCell);
      const corner = sheet.cornerOf(start);
      let size = {};
      if (endCell !== undefined) {
        const end = cellOf(sheet, endCell);
        const far = sheet.cornerOf({ row: end.row + end.rows, column: end.column + end.columns, rows: 1, columns: 1 });
        if (far.top <= corner.top || far.left <= corner.left)
          throw new FakeExcelError('InvalidArgument', 'The end cell must be below and to the right of the start cell');
        size = { width: far.left - corner.left, height: far.top - corner.top };
      }
      sheet.changeChart(chart, (target) =>
        Object.assign(target, corner, size, { topLeftCell: formatAddress({ ...start, rows: 1, columns: 1 }) }),
      );
    });
  }

  private setSize(property: Size, points: number): void {
    this.queue(`${property}=`, ({ sheet, chart }) => {
      const least = property === 'width' || property === 'height' ? 1 : 0;
      if (typeof points !== 'number' || !Number.isFinite(points) || points < least)
        throw new FakeExcelError('InvalidArgument', `${String(points)} is not a chart ${property} in points`);
      sheet.changeChart(chart, (target) => (target[property] = points));
    });
  }
}

/** A cell on the chart's own sheet, given as an address or a Range of this fake. */
function cellOf(sheet: FakeSheet, cell: string | FakeRangeSource): Rect {
  if (typeof cell === 'string') return parseAddress(cell);
  const { sheet: owner, rect } = cell.rangeModel();
  if (owner !== sheet) throw new FakeExcelError('InvalidArgument', 'A chart can only be positioned on cells of its own sheet');
  return rect;
}

class ChartTitle extends FakeObject<ChartModel> {
  protected readonly scalars = {
    text: ({ chart }: ChartModel) => this.pick(chart).text,
    visible: ({ chart }: ChartModel) => this.pick(chart).visible,
  };
  constructor(
    batch: Batch,
    resolve: () => ChartModel | null,
    typeName: string,
    private readonly pick: (chart: FakeChart) => FakeChartTitle,
  ) {
    super(batch, resolve, typeName);
  }
  get text(): string {
    return this.read('text');
  }
  set text(text: string) {
    this.queue('text=', ({ sheet, chart }) => {
      if (typeof text !== 'string') throw new FakeExcelError('InvalidArgument', 'A title is text');
      sheet.changeChart(chart, (target) => (this.pick(target).text = text));
    });
  }
  get visible(): boolean {
    return this.read('visible');
  }
  set visible(visible: boolean) {
    this.queue('visible=', ({ sheet, chart }) => sheet.changeChart(chart, (target) => (this.pick(target).visible = visible === true)));
  }
}

class ChartAxes extends FakeObject<ChartModel> {
  protected readonly scalars = {};
  readonly categoryAxis = new ChartAxis(this.batch, this.resolve, 'category');
  readonly valueAxis = new ChartAxis(this.batch, this.resolve, 'value');
  constructor(batch: Batch, resolve: () => ChartModel | null) {
    super(batch, resolve, 'ChartAxes');
  }
  protected override navigation(name: string) {
    return name === 'categoryAxis' ? this.categoryAxis : name === 'valueAxis' ? this.valueAxis : undefined;
  }
}

class ChartAxis extends FakeObject<ChartModel> {
  protected readonly scalars = { numberFormat: ({ chart }: ChartModel) => chart.axes[this.which].numberFormat };
  readonly title: ChartTitle;
  constructor(
    batch: Batch,
    resolve: () => ChartModel | null,
    private readonly which: 'category' | 'value',
  ) {
    super(batch, resolve, 'ChartAxis');
    this.title = new ChartTitle(batch, resolve, 'ChartAxisTitle', (chart) => chart.axes[which].title);
  }
  protected override navigation(name: string) {
    return name === 'title' ? this.title : undefined;
  }
  get numberFormat(): string {
    return this.read('numberFormat');
  }
  set numberFormat(format: string) {
    this.queue('numberFormat=', ({ sheet, chart }) => {
      if (typeof format !== 'string') throw new FakeExcelError('InvalidArgument', 'A number format is text');
      sheet.changeChart(chart, (target) => (target.axes[this.which].numberFormat = format));
    });
  }
}
