/**
 * A report sheet plan's shape, for a host that gets the plan over a wire: the Sheets sidebar hands
 * it to the server through google.script.run, which copies it, so the server reads it with this
 * before its first call, and a plan it cannot read changes nothing. Ranges stay text: the host's own
 * calls say when one is wrong.
 */
import * as z from 'zod/mini';
import '../schema';
import { writableCellSchema } from '../workbook/literalCells';
import type { ReportSheetPlan } from './plan';

/** The on-target chart and one per charted distribution (distributionSection.ts), with room to spare. */
const MOST_CHARTS = 20;

const count = z.number().check(z.int(), z.minimum(0));
const positive = z.number().check(z.int(), z.minimum(1));

/** At least one row and one column, and every row as wide as the first: one write fills the block. */
const isBlock = (rows: readonly unknown[][]): boolean =>
  rows.length > 0 && rows[0]!.length > 0 && rows.every((row) => row.length === rows[0]!.length);
const valuesSchema = z.array(z.array(writableCellSchema)).check(z.refine(isBlock, 'The values are not a block.'));

const formatRangeSchema = z.object({ address: z.string(), rows: count, columns: count });

const chartSchema = z.object({
  type: z.enum(['clusteredColumn', 'line']),
  dataRange: z.string(),
  seriesBy: z.literal('columns'),
  headerRows: z.literal(1),
  series: z.array(z.string()),
  categories: z.array(z.string()),
  title: z.string(),
  xAxisTitle: z.string(),
  yAxisTitle: z.string(),
  valueFormat: z.string(),
  anchor: z.object({ cell: z.string(), row: count, column: count, widthPx: count, heightPx: count }),
});

export const reportSheetPlanSchema: z.core.$ZodType<ReportSheetPlan> = z.object({
  sheetName: z.string().check(z.refine((name) => name.trim() !== '', 'The report sheet needs a name.')),
  range: z.string(),
  values: valuesSchema,
  numberFormats: z.array(z.object({ format: z.string(), ranges: z.array(formatRangeSchema) })),
  boldRanges: z.array(z.string()),
  columnWidths: z.array(z.object({ column: z.string().check(z.regex(/^[A-Z]+$/)), pixels: count })),
  columnWidthRuns: z.array(z.object({ firstColumn: count, count: positive, pixels: count })),
  charts: z.array(chartSchema).check(z.maxLength(MOST_CHARTS, `At most ${MOST_CHARTS} charts.`)),
});
