/** "Build report": a Report turned into exactly what a host writes to a new sheet (values, formats, bold, widths, chart). */
export { reportSheetPlan, type ReportSheetOptions, type ReportSheetPlan } from './plan';
export { reportSheetName, reportDate, shortenSheetPart } from './sheetName';
export { trackerText } from './trackerText';
export { FORMATS, type FormatRange } from './grid';
export type { ReportChart } from './chart';
