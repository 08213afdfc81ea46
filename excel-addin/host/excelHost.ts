/// <reference types="office-js" />
/**
 * The Excel side of the shared panel's Host: each method is one Excel.run batch (or one settings
 * call) that translates the core's answer into Excel JS. Nothing is decided here. Grade checks, the
 * report sheet, class sheets and the pupil report sheet load on first use, as the panel's actions
 * that call them do (core/panel/onDemand.ts).
 */
import type { Host } from '../../core/panel/host';
import { SHEET_NAME_LIMIT } from '../../core/workbook/sheetNames';
import { followActiveSheet } from './activeSheetEvents';
import { addSheet } from './addSheet';
import { applyColouring, removeColouring } from './colouring';
import { lockCollection, readLocks, unlockCollection } from './locking';
import { loadSettings, saveSettings } from './documentSettings';
import { runInExcel, type ExcelApi, type OfficeApi } from './excelApi';
import { readActiveSheet, readAllSheets } from './sheetTops';
import { readValues } from './readValues';
import { selectCell } from './selectCell';

/** `excel` and `office` are Office's globals in the task pane; tests pass recording fakes. */
export function createExcelHost(excel: ExcelApi = globalThis.Excel, office: OfficeApi = globalThis.Office): Host {
  // Class-sheet marks are worksheet custom properties (ExcelApi 1.12); without them the core falls
  // back to the saved records and exactly what was written (core/classSheets/ownership.ts).
  const marks = () => office.context.requirements.isSetSupported('ExcelApi', '1.12');
  // Grade checks find validated cells with getSpecialCells and RangeAreas (ExcelApi 1.9).
  const validation = () => office.context.requirements.isSetSupported('ExcelApi', '1.9');
  return {
    kind: 'excel',
    // Tracklight's lock records say which protected sheets are locked by Tracklight, and for which collections.
    activeSheet: () => runInExcel(excel, 'read the active sheet', (context) => readActiveSheet(context, office)),
    allSheets: () => runInExcel(excel, "read the workbook's sheets", (context) => readAllSheets(context, office)),
    loadSettings: () => loadSettings(office),
    saveSettings: (settings) => saveSettings(office, settings),
    applyColouring: (plan) => applyColouring(excel, plan, office),
    removeColouring: (sheetName) => removeColouring(excel, sheetName, office),
    applyGradeChecks: async (plan) => (await import('./gradeChecks')).applyGradeChecks(excel, office, plan, validation()),
    removeGradeChecks: async (sheetName) => (await import('./gradeChecks')).removeGradeChecks(excel, office, sheetName, validation()),
    addSheet: (name, rows) => addSheet(excel, name, rows),
    onActiveSheetChange: (listener) => followActiveSheet(excel, listener),
    maxSheetName: SHEET_NAME_LIMIT.excel,
    readValues: (sheetName) => readValues(excel, sheetName),
    addReportSheet: async (plan) => (await import('./reportSheet')).addReportSheet(excel, plan),
    readClassSheetFacts: async () => {
      const { readClassSheetFacts } = await import('./classSheetFacts');
      return runInExcel(excel, "read the workbook's sheets", (context) => readClassSheetFacts(context, marks()));
    },
    writeClassSheets: async (plan) => (await import('./classSheets')).writeClassSheets(excel, plan, marks()),
    selectCell: (sheetName, a1) => selectCell(excel, sheetName, a1),
    readLocks: (sheetName) => readLocks(excel, office, sheetName),
    // Sheet protection is ExcelApi 1.2; the locked flags are read and put back with getCellProperties (1.9).
    lockCollection: (plan) => lockCollection(excel, office, plan, validation()),
    unlockCollection: (sheetName, collection) => unlockCollection(excel, office, sheetName, collection, validation()),
    readPupilSheetFacts: async () => (await import('./pupilSheet')).readPupilSheetFacts(excel, marks()),
    writePupilSheet: async (plan) => {
      const pupilSheet = await import('./pupilSheet');
      return pupilSheet.writePupilSheet(excel, plan, pupilSheet.pupilSheetSupport(office));
    },
  };
}
