/**
 * What a combined group is made of: up to three conditions a pupil must all meet, each a group of a
 * family the report knows ("disadvantaged", "boys", "low") or an ethnicity code ("ethnicity:WBRI").
 * Saved in the report settings as these keys, so a group survives a renamed label.
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
