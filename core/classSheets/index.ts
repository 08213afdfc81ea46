/** "Class sheets": one live sheet per class (a FILTER over the tracker plus the same traffic lights), planned for both hosts. */
export { classSheetsPlan, MAX_CLASS_SHEETS, type ClassSheetsInput, type ClassSheetsPlan, type ClassSheet } from './plan';
export { chooseClassColumn, classValuesRange, type ClassColumnChoice } from './classColumn';
export { distinctClasses, naturalCompare, MAX_CLASS_LENGTH, type ClassGroup, type SkippedClass } from './classes';
export { classFilterFormula, classCondition, headerFormula, quoteSheetName, stringLiteral, type FilterSource } from './formulas';
export { classSheetRecordSchema, readClassSheetRecords, recordsToSave, type ClassSheetRecord } from './records';
export { CLASS_SHEET_MARK_KEY, readMark, type ClassSheetMark } from './mark';
export { classSheetClaims, MANAGED_CELLS, type ClassSheetFacts } from './ownership';
export { holdsPlannedFormulas, managedCellText, spillProblem, stoppedAt, writeProblem, type ClassSheetsOutcome } from './writeChecks';
