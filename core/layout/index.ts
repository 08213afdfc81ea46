/** Column detection: what each column of a tracker holds, which target each grade is coloured against. */
export { detectLayout, type DetectOptions } from './detect';
export { validateLayout, rebuildPairs, type LayoutCheck } from './validate';
export {
  layoutSchema,
  layoutColumnSchema,
  layoutPairSchema,
  layoutWarningSchema,
  WARNING_CODES,
  type Layout,
  type LayoutColumn,
  type LayoutPair,
  type LayoutWarning,
  type LayoutWarningCode,
} from './schema';
export { COLUMN_ROLES, GRADE_KINDS, PAIR_TARGET_ROLES, ROLE_LABELS, type ColumnRole, type GradeKind } from './roles';
export { columnLetter, MAX_COLUMNS } from '../workbook/a1';
export { subjectKey } from './classify';
export { ROWS_READ } from './headerRow';
