/**
 * A colouring plan's shape, for a host that gets the plan over a wire: the Sheets sidebar hands it
 * to the server through google.script.run, which copies it, so the server reads it with this before
 * its first call. Ranges stay text here; the host reads each as it uses it, with its own message.
 */
import * as z from 'zod/mini';
import '../schema';
import { STATUSES } from '../tracking/status';
import type { ColouringPlan } from './plan';

const trafficLightRuleSchema = z.object({
  status: z.enum(STATUSES),
  formula: z.string(),
  fill: z.string(),
  fontColor: z.string(),
});

const colourBlockSchema = z.object({
  current: z.string(),
  target: z.string(),
  label: z.string(),
  rules: z.array(trafficLightRuleSchema),
});

/** The sheet's name is not checked here: the host looks the sheet up and says when it is missing. */
export const colouringPlanSchema: z.core.$ZodType<ColouringPlan> = z.object({
  sheetName: z.string(),
  blocks: z.array(colourBlockSchema),
});
