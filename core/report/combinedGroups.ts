/**
 * Combined (overlapping) groups: pupils who are in up to three groups at once ("disadvantaged White
 * British boys"), each against everyone else, at every collection with grades. A pupil whose standing
 * on any condition is not known (a blank gender, an unreadable ethnicity) is in neither group, and
 * counted in a note, so the comparison is only ever between pupils the tracker describes fully.
 */
import { SMALL_GROUP } from '../gaps/ppGap';
import { combinedGroupName } from './combinedGroupName';
import { compareSides, gradedCollections, type Side, type SidesAtCollection } from './combinedFigures';
import { resolveCondition, type ResolvedCondition } from './groupConditions';
import { FAMILY_BY_ID } from './groups';
import { measureNotes } from './measureNotes';
import type { SectionInput, SectionResult } from './sectionInput';
import { describeMeanGap } from './wording';

export { attendanceSentence } from './attendanceSentence';

export const COMBINED_GROUPS_SECTION = 'Combined groups';
/** What the group is compared with. */
export const EVERYONE_ELSE = 'everyone else';

export interface CombinedGroup {
  conditions: string[];
  /** "Disadvantaged White British boys" */
  name: string;
  /** Pupils meeting every condition, graded or not. */
  members: number;
  /** Pupils known to miss at least one condition. */
  others: number;
  /** Pupils in neither, because a condition is not known for them. */
  unknown: number;
  /** Every collection with grades, in order. */
  collections: SidesAtCollection[];
  /** The latest of them (null when no collection has grades). */
  latest: SidesAtCollection | null;
  /** The residual gap at the latest collection in words, with its interval. */
  sentence: string | null;
  /** Either side under 10 pupils at the latest collection. */
  caution: string | null;
}

export interface CombinedGroupsReport {
  groups: CombinedGroup[];
  /** Pupils in neither group, groups left out for a missing column, and the attendance and effort sources. */
  notes: string[];
}

export function combinedGroupsReport(input: SectionInput): SectionResult<CombinedGroupsReport> {
  const leftOut = (because: string): SectionResult<CombinedGroupsReport> => ({
    ok: false,
    leftOut: { section: COMBINED_GROUPS_SECTION, because },
  });
  const wanted = input.settings.combinedGroups;
  if (wanted.length === 0) return leftOut("no combined groups are set: choose up to three groups in the panel's report settings");
  const hasEthnicity = input.cohort.layout.columns.some((column) => column.role === 'ethnicity');
  const notes: string[] = [];
  const groups: CombinedGroup[] = [];
  const missing: string[] = [];
  const used = new Set<ResolvedCondition['source']>();
  for (const { conditions } of wanted) {
    const name = combinedGroupName(conditions);
    const resolved = conditions.map((condition) => resolveCondition(condition, input.families, hasEthnicity));
    const lacking = [...new Set(resolved.flatMap((entry) => ('missing' in entry ? [entry.missing] : [])))];
    if (lacking.length > 0) {
      missing.push(`the tracker has no ${lacking.join(' or ')} (for ${name})`);
      continue;
    }
    const checks = resolved as ResolvedCondition[];
    checks.forEach((check) => used.add(check.source));
    groups.push(combinedGroup(input, conditions, name, checks, notes));
  }
  if (groups.length === 0) return leftOut(missing.join('; '));
  notes.push(...missing.map((text) => `${text[0]!.toUpperCase()}${text.slice(1)}, so that group is left out.`));
  notes.push(...measureNotes(input.cohort, input.settings, used));
  return { ok: true, value: { groups, notes } };
}

function combinedGroup(
  input: SectionInput,
  conditions: string[],
  name: string,
  checks: ResolvedCondition[],
  notes: string[],
): CombinedGroup {
  const unknownSources = new Set<ResolvedCondition['source']>();
  const sides: Side[] = input.cohort.pupils.map((pupil) => {
    const standings = checks.map((check) => check.standing(pupil));
    const unknown = checks.filter((_, i) => standings[i] === null);
    unknown.forEach((check) => unknownSources.add(check.source));
    return unknown.length > 0 ? null : standings.every(Boolean) ? 'group' : 'rest';
  });
  const count = (side: Side) => sides.filter((entry) => entry === side).length;
  const unknown = count(null);
  if (unknown > 0) notes.push(unknownNote(name, unknown, [...unknownSources]));
  const collections = gradedCollections(input).map((collection) =>
    compareSides(input, collection, sides, { group: name, rest: EVERYONE_ELSE }),
  );
  const latest = collections[collections.length - 1] ?? null;
  return {
    conditions,
    name,
    members: count('group'),
    others: count('rest'),
    unknown,
    collections,
    latest,
    sentence: latest ? `${residualSentence(name, latest)}.` : null,
    caution: latest ? caution(name, latest) : null,
  };
}

const residualSentence = (name: string, at: SidesAtCollection): string =>
  describeMeanGap(
    { focusPupils: name, restPupils: EVERYONE_ELSE, what: 'mean residual', where: `at ${at.collection}`, unit: 'grades', decimals: 2 },
    at.residualGap,
  );

function caution(name: string, at: SidesAtCollection): string | null {
  const small = [at.group.small && `the ${name} group`, at.rest.small && 'everyone else'].filter((side): side is string => Boolean(side));
  if (small.length === 0) return null;
  return `Fewer than ${SMALL_GROUP} pupils in ${small.join(' and in ')} at ${at.collection}: read with caution.`;
}

function unknownNote(name: string, unknown: number, sources: ResolvedCondition['source'][]): string {
  // "SEND" and "EAL" keep their capitals; "Gender" reads "gender" mid-sentence.
  const lower = (title: string) => title.replace(/^[A-Z](?=[a-z])/, (first) => first.toLowerCase());
  const words = sources.map((source) => (source === 'ethnicity' ? 'ethnicity' : lower(FAMILY_BY_ID.get(source)!.title)));
  const pupils = unknown === 1 ? '1 pupil is' : `${unknown} pupils are`;
  return `${name}: ${pupils} in neither group, because the tracker does not give their ${words.join(' or ')} (blank or unreadable).`;
}

/** For the panel's preview: the latest gap of the first two groups that have one. */
export const combinedGroupHeadlines = (report: CombinedGroupsReport): string[] =>
  report.groups.flatMap((group) => (group.sentence ? [group.sentence] : [])).slice(0, 2);
