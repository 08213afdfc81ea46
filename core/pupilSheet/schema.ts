/**
 * The pupil report plan's shape, for a host that gets the plan over a wire: the Sheets sidebar hands
 * it to the server through google.script.run, which copies it, so the server reads it with this
 * first, and a plan it cannot read changes nothing.
 */
import * as z from 'zod/mini';
import '../schema';
import { colouringPlanSchema } from '../colouring/schema';
import { readA1Range } from '../workbook/a1';
import { writableRowsSchema } from '../workbook/literalCells';
import type { PupilSheetPlan } from './pupilSheetPlan';

const a1 = z.string().check(z.refine((text) => typeof readA1Range(text) !== 'string', 'That is not an A1 range.'));
const text = z.string();

export const pupilSheetPlanSchema: z.core.$ZodType<PupilSheetPlan> = z
  .object({
    sheetName: z.string().check(z.minLength(1)),
    trackerSheetName: z.string().check(z.minLength(1)),
    isNew: z.boolean(),
    mark: text,
    expected: z.nullable(
      z.object({
        mark: text,
        previous: z.object({ tracker: text, sheet: text, area: a1, keep: z.array(a1), cells: text }),
      }),
    ),
    checkArea: a1,
    writes: z.array(z.object({ range: a1, values: writableRowsSchema })),
    picker: z.object({ cell: a1, sheetName: text, range: a1, excelSource: text, title: text, message: text, helpText: text }),
    numberFormats: z.array(z.object({ format: text, ranges: z.array(a1) })),
    boldRanges: z.array(a1),
    columnWidthRuns: z.array(z.object({ firstColumn: z.number(), count: z.number(), pixels: z.number() })),
    print: z.object({ area: a1, paper: z.literal('A4'), orientation: z.literal('portrait'), fitToOnePage: z.literal(true) }),
    colouring: z.nullable(colouringPlanSchema),
    colouringMessage: z.nullable(text),
    notes: z.array(text),
  })
  // The sheet's colours go on the sheet itself and no other.
  .check(
    z.refine((plan) => plan.colouring === null || plan.colouring.sheetName === plan.sheetName, 'A pupil report is coloured on itself.'),
  );
