/** The few headline numbers the panel previews before a report sheet is written (not the DfE measures: see dfeHeadlineMeasures.ts). */
import type { Report } from './buildReport';
import { percent, toPoints, twoDecimals } from './wording';

export interface ReportHeadline {
  pupils: number;
  collection: string | null;
  /** Share of grades on or above target at the latest collection, all subjects pooled. */
  onTarget: number | null;
  gap: { name: string; points: number | null; sentence: string; caution: string | null } | null;
  attainment8: number | null;
  progress8: number | null;
  /** The same, as short lines for the preview. */
  lines: string[];
}

export function reportHeadline(report: Report): ReportHeadline {
  const latest = report.byCollection.find((collection) => collection.collection === report.latest) ?? null;
  const onTarget = latest?.groups.all.onTarget ?? null;
  const trend = report.trends.find((candidate) => candidate.family === report.leadingFamily) ?? null;
  const latestGap = trend?.points.find((point) => point.collection === report.latest)?.gap ?? null;
  const points = latestGap?.onTarget === null || latestGap?.onTarget === undefined ? null : toPoints(latestGap.onTarget);
  const gap = trend ? { name: trend.name, points, sentence: trend.onTargetSentence, caution: trend.caution } : null;
  const attainment8 = report.attainment?.attainment8.mean ?? null;
  const progress8 = report.attainment?.progress8?.mean ?? null;

  const lines = [`${report.pupils} ${report.pupils === 1 ? 'pupil' : 'pupils'}`];
  if (report.latest === null) lines.push('No grades entered yet.');
  else if (onTarget !== null) lines.push(`${percent(onTarget)} of grades on or above target at ${report.latest}`);
  if (gap) lines.push(`${gap.sentence}.`);
  if (gap?.caution) lines.push(gap.caution);
  if (attainment8 !== null) lines.push(`Projected Attainment 8: ${attainment8.toFixed(1)}`);
  if (progress8 !== null) lines.push(`Projected Progress 8: ${signed(twoDecimals(progress8))}`);
  return { pupils: report.pupils, collection: report.latest, onTarget, gap, attainment8, progress8, lines };
}

/** P8 is shown signed, as the DfE prints it: +0.17, -0.51. */
const signed = (shown: string): string => (shown.startsWith('-') || shown === '0.00' ? shown : `+${shown}`);
