/**
 * The few headline numbers the panel previews before a report sheet is written. The DfE measures shown
 * (A8 elements, EBacc) are the all-pupils row of dfeHeadlineMeasures.ts, so the preview and the sheet agree.
 */
import type { Element } from '../attainment8/attainment8';
import type { Report } from './buildReport';
import { accuracyHeadlines } from './accuracy';
import { classesHeadlines } from './classes';
import { combinedGroupHeadlines } from './combinedGroups';
import { distributionHeadlines } from './distributionHeadlines';
import { percent, toPoints, twoDecimals } from './wording';

export interface ReportHeadline {
  pupils: number;
  collection: string | null;
  /** Share of grades on or above target at the latest collection, all subjects pooled. */
  onTarget: number | null;
  gap: { name: string; points: number | null; sentence: string; caution: string | null } | null;
  attainment8: number | null;
  progress8: number | null;
  /** All pupils' mean element points; null with no Attainment 8. */
  attainment8Elements: Record<Element, number> | null;
  /** All pupils' EBacc achievement shares and mean APS; null when the tracker lacks a pillar's column. */
  ebacc: { grade4: number; grade5: number; aps: number } | null;
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
  const all = report.headlines?.rows[0] ?? null;
  const attainment8Elements = all?.attainment8Elements ?? null;
  const ebacc =
    all && all.ebacc4 !== null && all.ebacc5 !== null && all.ebaccAps !== null
      ? { grade4: all.ebacc4, grade5: all.ebacc5, aps: all.ebaccAps }
      : null;

  const lines = [`${report.pupils} ${report.pupils === 1 ? 'pupil' : 'pupils'}`];
  if (report.latest === null) lines.push('No grades entered yet.');
  else if (onTarget !== null) lines.push(`${percent(onTarget)} of grades on or above target at ${report.latest}`);
  if (gap) lines.push(`${gap.sentence}.`);
  if (gap?.caution) lines.push(gap.caution);
  if (attainment8 !== null) lines.push(`Projected Attainment 8: ${attainment8.toFixed(1)}`);
  if (attainment8Elements !== null) {
    const { english, maths, ebacc: slots, open } = attainment8Elements;
    const shown = (points: number) => points.toFixed(1);
    lines.push(`Attainment 8 elements: English ${shown(english)}, maths ${shown(maths)}, EBacc ${shown(slots)}, open ${shown(open)}`);
  }
  if (progress8 !== null) lines.push(`Projected Progress 8: ${signed(twoDecimals(progress8))}`);
  if (ebacc !== null) {
    lines.push(`Projected EBacc: ${percent(ebacc.grade4)} at grade 4+, ${percent(ebacc.grade5)} at grade 5+`);
    lines.push(`Projected EBacc average point score: ${twoDecimals(ebacc.aps)}`);
  }
  if (report.classes) lines.push(...classesHeadlines(report.classes));
  if (report.distributions) lines.push(...distributionHeadlines(report.distributions));
  if (report.accuracy) lines.push(...accuracyHeadlines(report.accuracy));
  if (report.combinedGroups) lines.push(...combinedGroupHeadlines(report.combinedGroups));
  if (report.attendanceSentence) lines.push(report.attendanceSentence);
  return { pupils: report.pupils, collection: report.latest, onTarget, gap, attainment8, progress8, attainment8Elements, ebacc, lines };
}

/** P8 is shown signed, as the DfE prints it: +0.17, -0.51. */
const signed = (shown: string): string => (shown.startsWith('-') || shown === '0.00' ? shown : `+${shown}`);
