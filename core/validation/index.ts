/** "Check grades as they are typed": the plan, the mark that finds Tracklight's checks again, and Excel's list source. */
export {
  planGradeChecks,
  builtInGradeList,
  type GradeChecksPlan,
  type GradeCheckColumn,
  type GradeChecksApplied,
} from './gradeChecksPlan';
export { GRADE_CHECK_MARK, isTracklightGradeCheck } from './gradeCheckMark';
export { excelListSource, GRADE_LIST_SHEET, GRADE_LIST_HEADING, EXCEL_INLINE_LIST_LIMIT, type ExcelListSource } from './excelListSource';
export { gradeChecksPlanSchema } from './schema';
