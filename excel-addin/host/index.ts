/** The Excel host for the shared panel (core/panel): createExcelHost() in the task pane. */
export { createExcelHost } from './excelHost';
export { SETTINGS_KEY } from './documentSettings';
export { ExcelHostError, type ExcelApi, type OfficeApi } from './excelApi';
