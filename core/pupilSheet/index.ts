/** The live one-page pupil report sheet (issue 13, step 4). */
export {
  pupilSheetPlan,
  readBack,
  type PupilSheetPlan,
  type PupilSheetFacts,
  type PupilSheetInput,
  type PupilSheetOutcome,
} from './pupilSheetPlan';
export { pupilSheetWriteProblem, type PupilSheetNow, type PupilSheetWritten } from './writeCheck';
export { PUPIL_SHEET_MARK_KEY, readPupilSheetMark } from './pupilSheetMark';
export { PICKER_CELL, COMMENT_LINES } from './sheetLayout';
export { rangeOf } from './cellArea';
