/**
 * The keys a combined group is saved as in the report settings: a family group's key ("disadvantaged",
 * "boys", "low") or an ethnicity code written "ethnicity:WBRI". Apart from groupConditions.ts, which reads
 * pupils against them, so the settings can check a key without depending on how pupils are read.
 */
import { isEthnicityCode } from './ethnicity';
import { FAMILIES } from './groups';

export const ETHNICITY_PREFIX = 'ethnicity:';

/** Every family group's key, in the families' order. */
export const FAMILY_GROUP_KEYS: readonly string[] = FAMILIES.flatMap((family) => family.groups.map((group) => group.key));

/** True for a key a combined group may use. */
export function isGroupCondition(condition: string): boolean {
  if (condition.startsWith(ETHNICITY_PREFIX)) return isEthnicityCode(condition.slice(ETHNICITY_PREFIX.length));
  return FAMILY_GROUP_KEYS.includes(condition);
}
