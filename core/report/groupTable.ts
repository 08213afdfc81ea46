/** Every group's figures for one column (or one collection), and the gap for each two-group family. */
import type { FamilyDefinition, FamilyId } from './groups';
import { ALL_SLOT } from './groups';
import type { Figures, Tally } from './figures';
import { spansZero, welchDifference, type Interval } from './welch';

export interface GroupFigures {
  key: string;
  label: string;
  figures: Figures;
}

/**
 * How the residual gap reads: the focus group is clearly behind or ahead, the 95% interval spans 0
 * ("no clear difference"), a group has under 2 pupils so no interval exists, or there is no gap at all.
 */
export type GapVerdict = 'behind' | 'ahead' | 'no clear difference' | 'too few pupils' | 'no data';

export interface GapFigures {
  /** "PP gap" */
  name: string;
  /** "PP pupils" */
  focusPupils: string;
  /** "the rest", or "girls" */
  restPupils: string;
  focus: GroupFigures;
  rest: GroupFigures;
  /** Rest minus focus share on target: 0.13 is a 13-point gap with the focus group behind. */
  onTarget: number | null;
  /** Rest minus focus mean residual, in grades. */
  meanResidual: number | null;
  /** Welch's 95% interval for meanResidual. */
  interval: Interval | null;
  verdict: GapVerdict;
  /** Either group has fewer than 10 pupils. */
  small: boolean;
}

export interface FamilyTable {
  family: FamilyId;
  title: string;
  groups: GroupFigures[];
  gap: GapFigures | null;
}

export interface GroupTable {
  all: Figures;
  families: FamilyTable[];
}

export function groupTable(tally: Tally, families: readonly FamilyDefinition[]): GroupTable {
  return {
    all: tally.figures(ALL_SLOT),
    families: families.map((family) => {
      const groups = family.groups.map((group) => ({ key: group.key, label: group.label, figures: tally.figures(group.slot) }));
      return { family: family.id, title: family.title, groups, gap: family.gap ? gapFigures(tally, family, groups) : null };
    }),
  };
}

function gapFigures(tally: Tally, family: FamilyDefinition, groups: GroupFigures[]): GapFigures {
  const { name, focusPupils, restPupils } = family.gap!;
  const focus = groups[family.gap!.focus]!;
  const rest = groups[family.gap!.rest]!;
  const difference = (pick: (figures: Figures) => number | null) => {
    const [a, b] = [pick(rest.figures), pick(focus.figures)];
    return a === null || b === null ? null : a - b;
  };
  const meanResidual = difference((figures) => figures.meanResidual);
  const welch = welchDifference(
    tally.residualSample(family.groups[family.gap!.rest]!.slot),
    tally.residualSample(family.groups[family.gap!.focus]!.slot),
  );
  return {
    name,
    focusPupils,
    restPupils,
    focus,
    rest,
    onTarget: difference((figures) => figures.onTarget),
    meanResidual,
    interval: welch?.interval ?? null,
    verdict: verdictFor(meanResidual, welch?.interval ?? null),
    small: focus.figures.small || rest.figures.small,
  };
}

export function verdictFor(difference: number | null, interval: Interval | null): GapVerdict {
  if (difference === null) return 'no data';
  if (interval === null) return 'too few pupils';
  if (spansZero(interval)) return 'no clear difference';
  return difference > 0 ? 'behind' : 'ahead';
}
