/**
 * Traffic lights as native conditional-format rules: one formula per status, written for the
 * top-left grade cell, true exactly where ON_TRACK gives that status (test/core/rules proves it over
 * every pair of grades in HyperFormula). The same formula text serves Excel
 * (conditionalFormats.add(custom).rule.formula) and Sheets (whenFormulaSatisfied).
 */
import * as z from 'zod/mini';
import '../schema';
import { gradeSettingsSchema } from '../grades/gradeSettings';
import { toleranceTwelfths, PER_GRADE } from '../grades/twelfths';
import { STATUSES, type Status } from '../tracking/status';
import { a1RangeSchema, columnCount, columnLetter, describeRange, formatA1Range, rowCount, type A1Range } from '../workbook/a1';
import { gradeTwelfthsExpression } from './gradeExpression';
import { PALETTES } from './palettes';
import { paletteNameSchema, toleranceSchema } from './ruleSettings';

export interface TrafficLightRule {
  status: Status;
  /** A conditional-format formula, relative to the top-left cell of `current`. */
  formula: string;
  fill: string;
  fontColor: string;
}

/** Bad input: the message says what to change. */
export class RuleInputError extends Error {
  override name = 'RuleInputError';
}

/**
 * Every Tracklight formula starts with this no-op (N of text is 0): a string literal survives a
 * round trip through Excel and Sheets unchanged even when they re-case or re-space the rest.
 */
const MARKER = 'N("tracklight")=0';

/** True for a conditional-format formula Tracklight wrote; false for a school's own rules. */
export function isTracklightRule(formula: string): boolean {
  return /\bN\(\s*"tracklight"\s*\)\s*=\s*0/i.test(formula);
}

function checkShapes(current: A1Range, target: A1Range): string | undefined {
  const grades = `the grades ${formatA1Range(current)} (${describeRange(current)})`;
  const targets = `the targets ${formatA1Range(target)} (${describeRange(target)})`;
  if (current.sheet !== undefined && target.sheet !== undefined && current.sheet !== target.sheet) {
    return (
      `The grades are on '${current.sheet}' but the targets are on '${target.sheet}': ` +
      "a conditional format compares cells on one sheet, so use targets on the grades' sheet"
    );
  }
  const singleCell = rowCount(target) === 1 && columnCount(target) === 1;
  if (!singleCell && rowCount(target) !== rowCount(current)) {
    return `${capitalise(targets)} and ${grades} have different numbers of rows: give both the same rows, e.g. E2:E300 for F2:H300`;
  }
  if (!singleCell && columnCount(target) !== 1 && columnCount(target) !== columnCount(current)) {
    return `${capitalise(targets)} must be one column, or one target column for each grade column in ${grades}`;
  }
  const overlaps =
    target.firstColumn <= current.lastColumn &&
    current.firstColumn <= target.lastColumn &&
    target.firstRow <= current.lastRow &&
    current.firstRow <= target.lastRow;
  if (overlaps) return `${capitalise(targets)} overlap ${grades}: choose the grade columns without the target column`;
  return undefined;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const FIELD_NAMES: Record<string, string> = { current: 'Grades (current)', target: 'Targets (target)', scale: 'Grade scale' };

/** A range message says which range it is about; shape messages already name both. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const field = FIELD_NAMES[String(issue.path[0])];
  return field && !issue.message.includes('the grades') ? `${field}: ${issue.message}` : issue.message;
}

const inputSchema = z
  .object(
    {
      current: a1RangeSchema,
      target: a1RangeSchema,
      // Omitted, null or undefined (as a host passes an unset option) means the default.
      tolerance: z.pipe(
        z.nullish(toleranceSchema),
        z.transform((tolerance) => tolerance ?? 0),
      ),
      palette: z.pipe(
        z.nullish(paletteNameSchema),
        z.transform((palette) => palette ?? 'standard'),
      ),
      /** The school's grade scale (core/grades/gradeSettings.ts); the built-in GCSE scale when left out. */
      scale: z._default(gradeSettingsSchema, () => gradeSettingsSchema.parse({})),
    },
    { error: 'trafficLightRules needs { current, target }, e.g. { current: "F2:H300", target: "E2:E300" }' },
  )
  .check(
    z.superRefine((input, context) => {
      const problem = checkShapes(input.current, input.target);
      if (problem) context.addIssue({ code: 'custom', message: problem, input, path: ['target'] });
    }),
  );

export type TrafficLightInput = z.input<typeof inputSchema>;

/**
 * The target's reference from the top-left grade cell: one target column for every grade column
 * is anchored ($E2), one per grade column moves with it (E2), a single cell is fixed ($E$2).
 */
function targetReference(current: A1Range, target: A1Range): string {
  const column = columnLetter(target.firstColumn - 1);
  if (rowCount(target) === 1 && columnCount(target) === 1 && rowCount(current) > 1) return `$${column}$${target.firstRow}`;
  return columnCount(target) === 1 ? `$${column}${target.firstRow}` : `${column}${target.firstRow}`;
}

/**
 * With d = grade - target in twelfths (a whole number) and F the whole part of the tolerance in
 * twelfths, ON_TRACK's rule (core/tracking/status.ts) reads, with S the scale's step (12, a
 * grade, on the built-in scale): Above d > F; On |d| <= F; Below -S <= d <= -F-1, written once as
 * |2d + S + 1 + F| <= S - 1 - F; Well below d < -max(F, S), since a tolerance over a step widens
 * On first. Each formula names d once, and squares both sides in place of ABS (both are whole
 * numbers, so exact), as an operator costs an engine less than a function call.
 */
function comparisons(difference: string, tolerance: number, step: number): Record<Status, string> {
  const whole = Math.floor(toleranceTwelfths(tolerance));
  const below = step - 1 - whole;
  const belowOffset = `2*${difference}+${step + 1 + whole}`;
  return {
    Above: `${difference}>${whole}`,
    On: `${difference}^2<=${whole * whole}`,
    // A tolerance of a step or more leaves no Below: never true, and still an error where d is one.
    Below: below >= 0 ? `(${belowOffset})^2<=${below * below}` : `ABS(${belowOffset})<=${below}`,
    'Well below': `${difference}<${-Math.max(whole, step)}`,
  };
}

export function trafficLightRules(input: TrafficLightInput): TrafficLightRule[] {
  const parsed = inputSchema.safeParse(input);
  if (!parsed.success) throw new RuleInputError(parsed.error.issues.map(describeIssue).join('; '));
  const { current, target, tolerance, palette, scale } = parsed.data;
  const currentReference = `${columnLetter(current.firstColumn - 1)}${current.firstRow}`;
  const read = (reference: string) => gradeTwelfthsExpression(reference, scale);
  const difference = `(${read(currentReference)}-${read(targetReference(current, target))})`;
  const tests = comparisons(difference, tolerance, Math.round(scale.step * PER_GRADE));
  // TRUE=(test): the marker is always TRUE, so the rule is true exactly where its test is.
  return STATUSES.map((status) => ({
    status,
    formula: `=(${MARKER})=(${tests[status]})`,
    ...PALETTES[palette].colours[status],
  }));
}
