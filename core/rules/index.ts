/** Traffic-light rules: native conditional formats that agree with ON_TRACK, their palettes and settings. */
export { trafficLightRules, isTracklightRule, RuleInputError, type TrafficLightRule, type TrafficLightInput } from './trafficLightRules';
export { gradeTwelfthsExpression } from './gradeExpression';
export { PALETTES, PALETTE_NAMES, type Palette, type PaletteName, type StatusColours } from './palettes';
export {
  ruleSettingsSchema,
  paletteNameSchema,
  toleranceSchema,
  readRuleSettings,
  DEFAULT_RULE_SETTINGS,
  MAX_TOLERANCE,
  type RuleSettings,
  type RuleSettingsInput,
} from './ruleSettings';
export { readA1Range, a1RangeSchema, formatA1Range, describeRange, type A1Range } from '../workbook/a1';
