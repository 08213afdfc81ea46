/**
 * A grade checks plan's shape, for the Sheets server, which gets the plan through google.script.run
 * (a copy) and reads it with this before its first call.
 */
import * as z from 'zod/mini';
import '../schema';
import type { GradeChecksPlan } from './gradeChecksPlan';

const excelListSourceSchema = z.union([
  z.object({ kind: z.literal('inline'), source: z.string() }),
  z.object({ kind: z.literal('sheet'), source: z.string(), sheetName: z.string(), heading: z.string(), column: z.array(z.string()) }),
]);

export const gradeChecksPlanSchema: z.core.$ZodType<GradeChecksPlan> = z.object({
  sheetName: z.string(),
  columns: z.array(z.object({ range: z.string(), label: z.string() })),
  labels: z.array(z.string()).check(z.minLength(1)),
  title: z.string(),
  message: z.string(),
  helpText: z.string(),
  excelSource: excelListSourceSchema,
});
