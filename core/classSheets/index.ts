/** "Class sheets": one live sheet per class (a FILTER over the tracker plus the same traffic lights), planned for both hosts. */
export { classSheetsPlan, MAX_CLASS_SHEETS, type ClassSheetsInput, type ClassSheetsPlan, type ClassSheet } from './plan';
export { chooseClassColumn, classValuesRange, type ClassColumnChoice } from './classColumn';
export { distinctClasses, naturalCompare, MAX_CLASS_LENGTH, type ClassGroup, type SkippedClass } from './classes';
export { classFilterFormula, classCondition, headerFormula, quoteSheetName, stringLiteral, type FilterSource } from './formulas';
export { classSheetRecordSchema, readClassSheetRecords, type ClassSheetRecord } from './records';
