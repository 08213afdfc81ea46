/// <reference types="office-js" />
/**
 * The Excel side of the shared panel's Host: each method is one Excel.run batch (or one settings
 * call) that translates the core's answer into Excel JS. Nothing is decided here.
 */
import type { Host } from '../../core/panel/host';
import { SHEET_NAME_LIMIT } from '../../core/workbook/sheetNames';
import { followActiveSheet } from './activeSheetEvents';
import { addSheet } from './addSheet';
import { readClassSheetFacts } from './classSheetFacts';
import { writeClassSheets } from './classSheets';
import { applyColouring, removeColouring } from './colouring';
import { applyGradeChecks, removeGradeChecks } from './gradeChecks';
import { lockCollection, readLocks, unlockCollection } from './locking';
import { loadSettings, saveSettings } from './documentSettings';
import { runInExcel, type ExcelApi, type OfficeApi } from './excelApi';
import { readActiveSheet, readAllSheets } from './sheetTops';
import { readValues } from './readValues';
import { addReportSheet } from './reportSheet';
import { selectCell } from './selectCell';
import { pupilSheetSupport, readPupilSheetFacts, writePupilSheet } from './pupilSheet';

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
    applyGradeChecks: (plan) => applyGradeChecks(excel, office, plan, validation()),
    removeGradeChecks: (sheetName) => removeGradeChecks(excel, office, sheetName, validation()),
    addSheet: (name, rows) => addSheet(excel, name, rows),
    onActiveSheetChange: (listener) => followActiveSheet(excel, listener),
    maxSheetName: SHEET_NAME_LIMIT.excel,
    readValues: (sheetName) => readValues(excel, sheetName),
    addReportSheet: (plan) => addReportSheet(excel, plan),
    readClassSheetFacts: () => runInExcel(excel, "read the workbook's sheets", (context) => readClassSheetFacts(context, marks())),
    writeClassSheets: (plan) => writeClassSheets(excel, plan, marks()),
    selectCell: (sheetName, a1) => selectCell(excel, sheetName, a1),
    readLocks: (sheetName) => readLocks(excel, office, sheetName),
    // Sheet protection is ExcelApi 1.2; the locked flags are read and put back with getCellProperties (1.9).
    lockCollection: (plan) => lockCollection(excel, office, plan, validation()),
    unlockCollection: (sheetName, collection) => unlockCollection(excel, office, sheetName, collection, validation()),
    readPupilSheetFacts: () => readPupilSheetFacts(excel, marks()),
    writePupilSheet: (plan) => writePupilSheet(excel, plan, pupilSheetSupport(office)),
  };
}
