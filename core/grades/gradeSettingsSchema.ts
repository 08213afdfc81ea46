/**
 * A school's own grade scale: an ordered list of labels, each with the value it stands for
 * (Emerging 1 ... Mastered 4, 6c/6b/6a, Working towards/at/above), what plain numbers in a cell
 * mean (GCSE grades, or marks out of 100), and how wide one step is (what "Below, up to a grade
 * under" means on this scale). One scale serves the functions, the traffic-light rules and the
 * report, so every check that keeps those three in agreement is here and in gradeLabels.ts.
 *
 * The schema is built on first use, not when this module loads: Google Sheets loads the whole
 * add-on for every custom-function run, and a run that reads no school scale (most of them)
 * should not pay for building a zod schema. The custom functions' path (gradeScale.ts,
 * scaleArgument.ts) imports this module; in Sheets it and zod are not even compiled until one of
 * them first asks for the schema (sheets-addon/build/compileOnFirstUse.mjs). gradeSettings.ts
 * offers the same schema as a value, for the schemas that hold one.
 */
import * as z from 'zod/mini';
import '../schema';
import { checkLabels, NUMBER_MEANINGS } from './gradeLabels';

/**
 * The characters a label may use. The traffic-light formulas look labels up in a string literal
 * after UPPER and with spaces removed, so a label must survive both exactly as the core folds it:
 * plain letters, digits and the marks grade labels use. A quote would end the literal.
 */
const LABEL_CHARACTERS = /^[A-Za-z0-9+\-*/=.'&()% ]+$/;

/** The settings' fields, each with its own checks; buildGradeSettingsSchema adds the checks across labels. */
function settingsFields() {
  const gradeLabel = z.object({
    label: z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'A grade label cannot be empty'),
        z.maxLength(20, 'Keep grade labels to 20 characters'),
        z.regex(LABEL_CHARACTERS, "Grade labels use letters A-Z, digits, spaces and + - * / = . ' & ( ) %"),
      ),
    value: z.number().check(z.minimum(0, 'Grade values run from 0 (U)'), z.maximum(100, 'Grade values run up to 100')),
  });

  return z.strictObject({
    labels: z._default(z.array(gradeLabel).check(z.maxLength(200, 'At most 200 custom grade labels')), []),
    numbers: z._default(z.enum(NUMBER_MEANINGS, { error: 'Numbers in grade cells are grades or percentages' }), 'grades'),
    /** How far apart two grades are on this scale, in its values: Below is up to one step under target. */
    step: z._default(
      z.number().check(z.positive('A step must be more than 0'), z.maximum(100, 'A step is at most 100 (a whole percentage scale)')),
      1,
    ),
  });
}

type GradeSettingsSchema = ReturnType<typeof settingsFields>;

/** A school's own grade labels (6a/6b/6c, Secure/Developing...) and the grade value each stands for. */
function buildGradeSettingsSchema(): GradeSettingsSchema {
  return settingsFields().check(
    z.superRefine((settings, context) => checkLabels(settings, (message) => context.addIssue({ code: 'custom', message }))),
  );
}

let built: GradeSettingsSchema | undefined;

/** The grade settings schema, built the first time it is asked for and the same object after. */
export function gradeSettingsSchemaOnce(): GradeSettingsSchema {
  built ??= buildGradeSettingsSchema();
  return built;
}

export type GradeSettings = z.infer<GradeSettingsSchema>;
export type GradeSettingsInput = z.input<GradeSettingsSchema>;
