/**
 * A school's own grade scale without zod: how labels are folded and what makes one mean two
 * things (the checks gradeSettingsSchema.ts runs across labels), and the settings of no school
 * scale at all. The custom functions read every grade through these, so they load with the
 * functions; the schema itself is only needed once a school's scale is read.
 */
import { isBuiltInGradeText, NUMBER_TEXT } from './builtInReading';

export const foldLabel = (label: string) => label.replace(/\s+/g, '').toUpperCase();

/** What plain numbers in a grade cell mean: GCSE grades 1-9, or marks out of 100. */
export const NUMBER_MEANINGS = ['grades', 'percentages'] as const;

/** The settings of a grade scale, as the schema gives them (every field filled in). */
export interface CheckedGradeSettings {
  labels: { label: string; value: number }[];
  numbers: (typeof NUMBER_MEANINGS)[number];
  step: number;
}

/**
 * What the schema makes of no settings at all (every field's default; a test checks it), so the
 * GCSE scale every call starts from is made without the schema.
 */
export const DEFAULT_GRADE_SETTINGS: Readonly<CheckedGradeSettings> = Object.freeze({ labels: [], numbers: 'grades', step: 1 });

const HIGHEST_GRADE_VALUE = 9.5;

/** Refuses what would make a label mean two things: a repeat, a clash with a built-in grade, or a value another label has. */
export function checkLabels({ labels, numbers }: Omit<CheckedGradeSettings, 'step'>, refuse: (message: string) => void): void {
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
