/**
 * The grade settings schema (gradeSettingsSchema.ts) as a value, for the schemas that hold one
 * (the traffic-light settings, the document settings) and the panel, which parses with it.
 * Importing this module builds it; the custom functions' path imports gradeSettingsSchema.ts,
 * which builds it only when a school's scale is first read.
 */
import { gradeSettingsSchemaOnce } from './gradeSettingsSchema';

export { foldLabel, NUMBER_MEANINGS } from './gradeLabels';
export type { GradeSettings, GradeSettingsInput } from './gradeSettingsSchema';

/** A school's own grade labels (6a/6b/6c, Secure/Developing...) and the grade value each stands for. */
export const gradeSettingsSchema = gradeSettingsSchemaOnce();
