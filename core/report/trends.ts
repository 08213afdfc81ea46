/**
 * Each group gap across the data collections: the gap at each collection, its change since the last
 * collection that had one, and the sentences a governor reads. A collection with no grades (not yet
 * entered) is listed with no gap and skipped by the sentences, never read as a gap of 0.
 */
import type { CollectionReport } from './columns';
import type { FamilyId } from './groups';
import type { GapFigures } from './groupTable';
import {
  describeGapAt,
  describeGapChange,
  describeResidualGap,
  ON_TARGET_MEASURE,
  RESIDUAL_MEASURE,
  smallGroupCaution,
  type GapMeasure,
  type GapNames,
  type GapPoint,
} from './wording';

export interface TrendPoint {
  collection: string;
  /** null when either group has no grades at this collection. */
  gap: GapFigures | null;
  /** Change in the on-target gap since the previous collection with one (a share: -0.12 is 12 points narrower). */
  onTargetChange: number | null;
  residualChange: number | null;
}

export interface GapTrend {
  family: FamilyId;
  name: string;
  points: TrendPoint[];
  /** First to latest collection, e.g. "PP gap on target narrowed from 13 to 1 points between RP1 and RP3". */
  onTargetSentence: string;
  residualSentence: string;
  /** The residual gap at the latest collection with its interval, e.g. "... (95% CI 0.15 to 0.65)". */
  latestResidualSentence: string | null;
  /** Each step between consecutive collections with a gap, in the same words. */
  steps: string[];
  caution: string | null;
}

export function gapTrend(family: FamilyId, collections: readonly CollectionReport[]): GapTrend | null {
  const gapAt = (report: CollectionReport) => report.groups.families.find((table) => table.family === family)?.gap ?? null;
  const first = collections.map(gapAt).find((gap) => gap !== null);
  if (collections.length === 0 || first === undefined) return null;
  const names: GapNames = { gap: first.name, focusPupils: first.focusPupils, restPupils: first.restPupils };

  const points: TrendPoint[] = [];
  let previous: GapFigures | null = null;
  for (const report of collections) {
    const gap = gapAt(report);
    const usable = gap !== null && (gap.onTarget !== null || gap.meanResidual !== null) ? gap : null;
    const change = (pick: (figures: GapFigures) => number | null) => {
      const [now, before] = [usable && pick(usable), previous && pick(previous)];
      return now === null || before === null ? null : now - before;
    };
    points.push({
      collection: report.collection,
      gap: usable,
      onTargetChange: change((g) => g.onTarget),
      residualChange: change((g) => g.meanResidual),
    });
    if (usable) previous = usable;
  }

  const series = (pick: (figures: GapFigures) => number | null): GapPoint[] =>
    points.flatMap((point) => {
      const value = point.gap && pick(point.gap);
      return value === null || value === undefined ? [] : [{ collection: point.collection, gap: value }];
    });
  const onTarget = series((g) => g.onTarget);
  const residual = series((g) => g.meanResidual);
  const latest = [...points].reverse().find((point) => point.gap !== null);
  const cautions = points
    .flatMap((point) => (point.gap ? [smallGroupCaution(point.gap, point.collection)] : []))
    .filter((text): text is string => text !== null);

  return {
    family,
    name: names.gap,
    points,
    onTargetSentence: sentence(names, ON_TARGET_MEASURE, onTarget),
    residualSentence: sentence(names, RESIDUAL_MEASURE, residual),
    latestResidualSentence: latest ? describeResidualGap(latest.gap!, latest.collection) : null,
    steps: onTarget.slice(1).map((point, i) => describeGapChange(names, ON_TARGET_MEASURE, onTarget[i]!, point)),
    caution: cautions.length > 0 ? cautions.join(' ') : null,
  };
}

function sentence(names: GapNames, measure: GapMeasure, series: readonly GapPoint[]): string {
  if (series.length === 0) return `No ${names.gap} ${measure.words}: no collection has grades and targets for both groups`;
  if (series.length === 1) return `${describeGapAt(names, measure, series[0]!)} (no other collection to compare)`;
  return describeGapChange(names, measure, series[0]!, series[series.length - 1]!);
}
