/**
 * Embedded charts for the Sheets fake: Sheet.newChart()'s EmbeddedChartBuilder and the charts it
 * builds, which keep their settings as plain data so tests can compare a sheet's charts.
 *
 * Google documents the builder's methods but not every refusal. Where it is silent the fake is
 * the stricter of the two readings, so the add-on cannot come to rely on a leniency Sheets may
 * not have: a chart type must be one of Charts.ChartType, an anchor is a 1-based row and column,
 * and a chart goes on the sheet whose newChart() made it, anchored on a cell that exists.
 */
import type { Recorded } from './sheetsRecorder';
import { areaToA1, type Area } from './sheetsGrid';

/** Charts.ChartType, as far as a sheet's charts go. */
export const ChartType = {
  AREA: 'AREA',
  BAR: 'BAR',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  HISTOGRAM: 'HISTOGRAM',
  LINE: 'LINE',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  STEPPED_AREA: 'STEPPED_AREA',
  TABLE: 'TABLE',
} as const;

type RangeData = { area: Area; sheet: unknown };

/** What insertChart needs of a fake sheet. */
export interface ChartSheet {
  maxRows: number;
  maxColumns: number;
  charts: object[];
  refuseIfLocked(): void;
}

export interface ChartPosition {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

export interface ChartData {
  /** The sheet whose newChart() started this chart. */
  sheet: unknown;
  type: string | null;
  ranges: RangeData[];
  numHeaders: number | null;
  position: ChartPosition | null;
  options: Record<string, unknown>;
}

/** A chart as plain data: its ranges in A1 notation, its options as set. */
export interface ChartSnapshot {
  type: string | null;
  ranges: string[];
  numHeaders: number | null;
  position: ChartPosition | null;
  options: Record<string, unknown>;
}

const wholeNumber = (value: unknown, least: number) => Number.isInteger(value) && (value as number) >= least;
/** Options arrive from the script's own realm: kept as plain data. */
const plain = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

export function chartFactory(recorded: Recorded) {
  const built = new WeakSet<object>();

  function chart(data: ChartData): object {
    const api = recorded('EmbeddedChart', {
      data,
      getRanges: () => [...data.ranges],
      getNumHeaders: () => data.numHeaders,
      getOptions: () => recorded('ChartOptions', { get: (option: string) => data.options[option] ?? null }),
    });
    built.add(api);
    return api;
  }

  function builder(sheet: unknown): object {
    const state: ChartData = { sheet, type: null, ranges: [], numHeaders: null, position: null, options: {} };
    const api: object = recorded('EmbeddedChartBuilder', {
      addRange: (range: unknown) => {
        if (!(range as Partial<RangeData> | null)?.area) throw new Error('addRange takes a Range.');
        const { area } = range as RangeData;
        // Google: a range already on the chart is not added again.
        if (!state.ranges.some((known) => areaToA1(known.area) === areaToA1(area) && known.sheet === (range as RangeData).sheet))
          state.ranges.push(range as RangeData);
        return api;
      },
      setChartType: (type: unknown) => {
        if (!Object.values(ChartType).includes(type as never))
          throw new Error(`setChartType takes a Charts.ChartType, not ${String(type)}.`);
        state.type = type as string;
        return api;
      },
      setNumHeaders: (headers: unknown) => {
        if (!wholeNumber(headers, 0))
          throw new Error(`setNumHeaders takes a whole number of header rows or columns, not ${String(headers)}.`);
        state.numHeaders = headers as number;
        return api;
      },
      setOption: (option: unknown, value: unknown) => {
        if (typeof option !== 'string' || option === '') throw new Error('setOption takes the option name as text.');
        state.options[option] = plain(value);
        return api;
      },
      setPosition: (anchorRow: unknown, anchorColumn: unknown, offsetX: unknown, offsetY: unknown) => {
        if (!wholeNumber(anchorRow, 1) || !wholeNumber(anchorColumn, 1) || !wholeNumber(offsetX, 0) || !wholeNumber(offsetY, 0)) {
          throw new Error('setPosition takes a 1-based anchor row and column and offsets in whole pixels.');
        }
        state.position = {
          anchorRow: anchorRow as number,
          anchorColumn: anchorColumn as number,
          offsetX: offsetX as number,
          offsetY: offsetY as number,
        };
        return api;
      },
      getRanges: () => [...state.ranges],
      build: () => chart({ ...state, ranges: [...state.ranges], options: { ...state.options } }),
    });
    return api;
  }

  /** Sheet.insertChart on the fake sheet `sheet`. */
  function insert(sheet: ChartSheet, candidate: unknown): void {
    if (typeof candidate !== 'object' || candidate === null || !built.has(candidate))
      throw new Error('insertChart takes a chart built by Sheet.newChart().build().');
    const { data } = candidate as { data: ChartData };
    if (data.sheet !== sheet) throw new Error('The fake only inserts a chart on the sheet whose newChart() made it.');
    if (data.position && (data.position.anchorRow > sheet.maxRows || data.position.anchorColumn > sheet.maxColumns)) {
      throw new Error('The coordinates of the chart anchor are outside the dimensions of the sheet.');
    }
    sheet.refuseIfLocked();
    sheet.charts.push(candidate);
  }

  return { builder, insert, dataOf: (candidate: object) => (candidate as { data: ChartData }).data };
}

export function chartSnapshot(data: ChartData): ChartSnapshot {
  return {
    type: data.type,
    ranges: data.ranges.map((range) => areaToA1(range.area)),
    numHeaders: data.numHeaders,
    position: data.position && { ...data.position },
    options: plain(data.options),
  };
}
