/**
 * What a combined group is made of: up to three conditions a pupil must all meet, each a group of a
 * family the report knows ("disadvantaged", "boys", "low") or an ethnicity code ("ethnicity:WBRI").
 * Saved in the report settings as these keys (groupConditionKeys.ts), so a group survives a renamed label.
 */
import { ROLE_LABELS } from '../layout/roles';
import type { EthnicityCode } from './ethnicity';
import { ETHNICITY_PREFIX } from './groupConditionKeys';
import { FAMILIES, FAMILY_ROLES, type FamilyDefinition, type FamilyId } from './groups';
import type { PupilRecord } from './pupils';

/** How a pupil stands against one condition: in the group, out of it, or not known (a blank flag or ethnicity). */
export type Standing = boolean | null;

export interface ResolvedCondition {
  condition: string;
  /** The family the condition's group belongs to, or 'ethnicity'. */
  source: FamilyId | 'ethnicity';
  standing: (pupil: PupilRecord) => Standing;
}

/** The column a condition needs, in words, for "the tracker has no ... column". */
export function neededColumn(source: FamilyId | 'ethnicity'): string {
  if (source === 'ethnicity') return 'ethnicity column';
  if (source === 'prior') return 'prior attainment band, KS2 or CAT4 column';
  if (source === 'attendance' || source === 'severeAbsence') return 'attendance column';
  if (source === 'effort') return 'effort column';
  return `${ROLE_LABELS[FAMILY_ROLES[source]]} column`;
}

/** Census codes that say the ethnicity is not known: a pupil with one is unknown for any other code. */
const UNKNOWN_ETHNICITY: readonly EthnicityCode[] = ['REFU', 'NOBT'];

/**
 * A condition against this tracker: how to read a pupil's standing, or the column it lacks. `families`
 * are the ones the tracker has; `hasEthnicity` whether it has an ethnicity column.
 */
export function resolveCondition(
  condition: string,
  families: readonly FamilyDefinition[],
  hasEthnicity: boolean,
): ResolvedCondition | { missing: string } {
  if (condition.startsWith(ETHNICITY_PREFIX)) {
    const code = condition.slice(ETHNICITY_PREFIX.length) as EthnicityCode;
    if (!hasEthnicity) return { missing: neededColumn('ethnicity') };
    const standing = (pupil: PupilRecord): Standing => {
      const own = pupil.ethnicity ?? null;
      if (own === null || (own !== code && UNKNOWN_ETHNICITY.includes(own))) return null;
      return own === code;
    };
    return { condition, source: 'ethnicity', standing };
  }
  const family = FAMILIES.find((candidate) => candidate.groups.some((group) => group.key === condition))!;
  if (!families.some((candidate) => candidate.id === family.id)) return { missing: neededColumn(family.id) };
  const index = family.groups.findIndex((group) => group.key === condition);
  const standing = (pupil: PupilRecord): Standing => {
    const own = pupil.groups[family.id];
    return own === undefined || own < 0 ? null : own === index;
  };
  return { condition, source: family.id, standing };
}
