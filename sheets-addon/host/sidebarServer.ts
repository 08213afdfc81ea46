/**
 * The sidebar's server side: each Host method of the shared panel as a function Apps Script
 * runs when the sidebar calls google.script.run.<name>(...). Each only translates between the
 * core's values and Apps Script; the core has already decided what to do.
 */
import { readClassSheetFacts } from './classSheetFacts';
import { writeClassSheets } from './classSheets';
import { applyColouring, removeColouring } from './colouring';
import { applyGradeChecks, removeGradeChecks } from './gradeChecks';
import { lockCollection, readLocks, unlockCollection } from './locking';
import { addSheet } from './addSheet';
import { readValues } from './readValues';
import { selectCell } from './selectCell';
import { readPupilSheetFacts, writePupilSheet } from './pupilSheet';
import { addReportSheet } from './reportSheet';
import type { SheetsServer } from './serverApi';
import { loadSettings, saveSettings } from './documentSettings';
import { activeSheet, allSheets } from './sheetTops';

export const sidebarServer: SheetsServer = {
  activeSheet,
  allSheets,
  loadSettings,
  saveSettings,
  applyColouring,
  removeColouring,
  applyGradeChecks,
  removeGradeChecks,
  addSheet,
  readValues,
  addReportSheet,
  readClassSheetFacts,
  writeClassSheets,
  selectCell,
  readLocks,
  lockCollection,
  unlockCollection,
  readPupilSheetFacts,
  writePupilSheet,
};
