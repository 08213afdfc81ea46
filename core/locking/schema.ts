/**
 * A lock plan's shape, for the Sheets server, which gets the plan through google.script.run (a
 * copy) and reads it with this before its first call.
 */
import * as z from 'zod/mini';
import '../schema';
import type { LockPlan } from './lockPlan';

export const lockPlanSchema: z.core.$ZodType<LockPlan> = z.object({
  sheetName: z.string().check(z.minLength(1)),
  collection: z.string().check(z.minLength(1)),
  ranges: z.array(z.string()).check(z.minLength(1)),
  description: z.string(),
});
