/** Tracklight's core: everything the spreadsheet functions compute, once, for both hosts. */
export { CellError, isCellError, type CellErrorCode } from './errors';
export { BLANK, type CellOutput, type Grid, type Result } from './values';
export { functions, createFunctions, DEFINITIONS, type FunctionName } from './functions';
export type { SpreadsheetFunction, ParameterDoc } from './registry/registry';
export { createGradeScale, defaultGradeScale, type GradeScale, type GradeReading } from './grades/gradeScale';
export { gradeSettingsSchema, type GradeSettings } from './grades/gradeSettings';
export { allBuiltInGradeLabels } from './grades/builtInGrades';
export { STATUSES, statusFor, readStatus, type Status } from './tracking/status';
export { classifySubject, type SubjectKind } from './attainment8/subjects';
export { dfeAttainment8Estimate, dfeGradeEstimate } from './targets/targetGrade';
// Traffic lights (issue 4). Layout detection, the colouring plan, the sample school and the
// report have their own entry points (core/layout, core/colouring, core/sample, core/report),
// so the custom-functions bundles carry only what they use.
export {
  trafficLightRules,
  isTracklightRule,
  RuleInputError,
  PALETTES,
  PALETTE_NAMES,
  ruleSettingsSchema,
  readRuleSettings,
  DEFAULT_RULE_SETTINGS,
  type TrafficLightRule,
  type RuleSettings,
  type PaletteName,
} from './rules';
