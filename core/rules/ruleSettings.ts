/**
 * The traffic-light settings a document keeps (Excel: document settings; Sheets: document
 * properties): which palette, how far from target still counts as On, and the school's grade
 * scale (left out: the built-in GCSE scale), which the report and class sheets read by too.
 * Unknown keys are dropped rather than refused, so a document saved by a later version still opens.
 */
import * as z from 'zod/mini';
import '../schema';
import { gradeSettingsSchema } from '../grades/gradeSettings';
import { PALETTE_NAMES } from './palettes';

export const MAX_TOLERANCE = 9;

export const paletteNameSchema = z.enum(PALETTE_NAMES, {
  error: () => `Choose a palette: ${PALETTE_NAMES.join(', ')}`,
});

/** In grades, as ON_TRACK takes it: 0.34 (or 0.33, read as a third) makes 5- On for a 5. */
export const toleranceSchema = z
  .number({ error: `Tolerance must be a number of grades from 0 to ${MAX_TOLERANCE}, e.g. 0.34` })
  .check(
    z.minimum(0, 'Tolerance cannot be below 0: use 0 for exactly on target, or e.g. 0.34 for a third either way'),
    z.maximum(MAX_TOLERANCE, `Tolerance must be at most ${MAX_TOLERANCE} grades: use e.g. 0.34 for a third either way`),
  );

export const ruleSettingsSchema = z.object(
  {
    palette: z._default(paletteNameSchema, 'standard'),
    tolerance: z._default(toleranceSchema, 0),
    scale: z.optional(gradeSettingsSchema),
  },
  { error: 'Traffic-light settings must be an object with a palette and a tolerance' },
);

export type RuleSettings = z.infer<typeof ruleSettingsSchema>;
export type RuleSettingsInput = z.input<typeof ruleSettingsSchema>;

export const DEFAULT_RULE_SETTINGS: RuleSettings = ruleSettingsSchema.parse({});

/**
 * Reads saved settings without losing the good parts: a setting that cannot be read falls back
 * to its default, and its message is returned for the panel to show.
 */
export function readRuleSettings(saved: unknown): { settings: RuleSettings; problems: string[] } {
  const whole = ruleSettingsSchema.safeParse(saved ?? {});
  if (whole.success) return { settings: whole.data, problems: [] };
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) {
    return { settings: DEFAULT_RULE_SETTINGS, problems: whole.error.issues.map((issue) => issue.message) };
  }
  const fields = saved as Record<string, unknown>;
  const palette = paletteNameSchema.safeParse(fields.palette ?? DEFAULT_RULE_SETTINGS.palette);
  const tolerance = toleranceSchema.safeParse(fields.tolerance ?? DEFAULT_RULE_SETTINGS.tolerance);
  const scale = z.optional(gradeSettingsSchema).safeParse(fields.scale);
  const why = scale.success ? '' : scale.error.issues.map((issue) => issue.message).join('; ');
  const scaleProblems = scale.success ? [] : [`The saved grade scale could not be used (${why}): the GCSE 9-1 scale is used`];
  return {
    settings: {
      palette: palette.success ? palette.data : DEFAULT_RULE_SETTINGS.palette,
      tolerance: tolerance.success ? tolerance.data : DEFAULT_RULE_SETTINGS.tolerance,
      ...(scale.success && scale.data ? { scale: scale.data } : {}),
    },
    problems: [
      ...[palette, tolerance].flatMap((field) => (field.success ? [] : field.error.issues.map((issue) => issue.message))),
      ...scaleProblems,
    ],
  };
}
