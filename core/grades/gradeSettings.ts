/**
 * A school's own grade scale: an ordered list of labels, each with the value it stands for
 * (Emerging 1 ... Mastered 4, 6c/6b/6a, Working towards/at/above), what plain numbers in a cell
 * mean (GCSE grades, or marks out of 100), and how wide one step is (what "Below, up to a grade
 * under" means on this scale). One scale serves the functions, the traffic-light rules and the
 * report, so every check that keeps those three in agreement is here.
 */
import * as z from 'zod/mini';
import '../schema';
import { isBuiltInGradeText, NUMBER_TEXT } from './builtInReading';

const foldLabel = (label: string) => label.replace(/\s+/g, '').toUpperCase();

/** What plain numbers in a grade cell mean: GCSE grades 1-9, or marks out of 100. */
export const NUMBER_MEANINGS = ['grades', 'percentages'] as const;

const HIGHEST_GRADE_VALUE = 9.5;
/**
 * The characters a label may use. The traffic-light formulas look labels up in a string literal
 * after UPPER and with spaces removed, so a label must survive both exactly as the core folds it:
 * plain letters, digits and the marks grade labels use. A quote would end the literal.
 */
const LABEL_CHARACTERS = /^[A-Za-z0-9+\-*/=.'&()% ]+$/;

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

/** A school's own grade labels (6a/6b/6c, Secure/Developing...) and the grade value each stands for. */
export const gradeSettingsSchema = z
  .strictObject({
    labels: z._default(z.array(gradeLabel).check(z.maxLength(200, 'At most 200 custom grade labels')), []),
    numbers: z._default(z.enum(NUMBER_MEANINGS, { error: 'Numbers in grade cells are grades or percentages' }), 'grades'),
    /** How far apart two grades are on this scale, in its values: Below is up to one step under target. */
    step: z._default(
      z.number().check(z.positive('A step must be more than 0'), z.maximum(100, 'A step is at most 100 (a whole percentage scale)')),
      1,
    ),
  })
  .check(z.superRefine((settings, context) => checkLabels(settings, (message) => context.addIssue({ code: 'custom', message }))));

type Checked = z.output<typeof gradeSettingsSchema>;

/** Refuses what would make a label mean two things: a repeat, a clash with a built-in grade, or a value another label has. */
function checkLabels({ labels, numbers }: Checked, refuse: (message: string) => void): void {
  const byLabel = new Set<string>();
  const byValue = new Map<number, string>();
  for (const { label, value } of labels) {
    const folded = foldLabel(label);
    if (byLabel.has(folded)) refuse(`The grade label '${label}' is listed twice`);
    byLabel.add(folded);
    if (numbers === 'grades' && value > HIGHEST_GRADE_VALUE) refuse(`Grade values run up to ${HIGHEST_GRADE_VALUE} ('${label}')`);
    if (clashesWithBuiltIn(folded))
      refuse(`The label '${label}' already means something in every tracker (a grade, a number or a no-grade mark): choose another`);
    const twelfths = Math.round(value * 12);
    const other = byValue.get(twelfths);
    if (other !== undefined)
      refuse(`'${other}' and '${label}' both have the value ${value}: give each label its own value, so the scale has an order`);
    else byValue.set(twelfths, label);
  }
}

/** A number typed as text must mean what the same number typed as a number means, so no label is a number. */
const clashesWithBuiltIn = (folded: string) => isBuiltInGradeText(folded) || NUMBER_TEXT.test(folded);

export type GradeSettings = z.infer<typeof gradeSettingsSchema>;
export type GradeSettingsInput = z.input<typeof gradeSettingsSchema>;

export { foldLabel };
