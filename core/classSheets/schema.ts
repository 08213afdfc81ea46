/**
 * A class sheets plan's shape, for a host that gets the plan over a wire: the Sheets sidebar hands
 * it to the server through google.script.run, which copies it, so the server reads it with this
 * before its first call, and a plan it cannot read changes nothing.
 */
import * as z from 'zod/mini';
import '../schema';
import { colouringPlanSchema } from '../colouring/schema';
import { readA1Range } from '../rules';
import type { ClassSheetsPlan } from './plan';
import { classSheetRecordSchema } from './records';

const count = z.number().check(z.int(), z.minimum(0));
const formula = z.string().check(z.startsWith('='));

const classSheetSchema = z
  .object({
    name: z.string().check(z.minLength(1)),
    className: z.string(),
    pupils: count,
    isNew: z.boolean(),
    headerFormula: formula,
    filterFormula: formula,
    mark: z.string(),
    spillArea: z.string().check(z.refine((area) => typeof readA1Range(area) !== 'string', 'The spill area is not a range.')),
    // google.script.run drops an undefined mark (a host that keeps none) on the way.
    expected: z.nullable(z.object({ mark: z.optional(z.nullable(z.string())), managed: z.tuple([z.string(), z.string()]) })),
    colouring: z.nullable(colouringPlanSchema),
    colouringMessage: z.nullable(z.string()),
  })
  // A sheet's colours go on that sheet and no other.
  .check(
    z.refine((sheet) => sheet.colouring === null || sheet.colouring.sheetName === sheet.name, 'A class sheet is coloured on itself.'),
  );

/** A plan that can be written: what Host.writeClassSheets is given. */
export const writableClassSheetsSchema: z.core.$ZodType<Extract<ClassSheetsPlan, { ok: true }>> = z.object({
  ok: z.literal(true),
  classColumn: z.object({ letter: z.string(), label: z.string() }),
  sheets: z.array(classSheetSchema),
  skipped: z.array(z.object({ value: z.string(), pupils: count, reason: z.string() })),
  notes: z.array(z.string()),
  records: z.array(classSheetRecordSchema),
});
