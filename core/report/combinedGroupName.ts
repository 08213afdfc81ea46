/**
 * A combined group's name from its conditions, read as a person would say it: describing words
 * first, then the ethnicity, then who ("boys", "girls", or "pupils"), then any phrase that follows:
 * "Disadvantaged White British boys", "SEND girls with low prior attainment".
 */
import { ETHNICITY_PREFIX } from './groupConditionKeys';
import type { EthnicityCode } from './ethnicity';

type Words = { before: string } | { noun: string } | { after: string };

const GROUP_WORDS: Readonly<Record<string, Words>> = {
  pp: { before: 'PP' },
  notPp: { before: 'non-PP' },
  disadvantaged: { before: 'disadvantaged' },
  notDisadvantaged: { before: 'non-disadvantaged' },
  fsm: { before: 'FSM6' },
  notFsm: { before: 'non-FSM6' },
  send: { before: 'SEND' },
  noSend: { before: 'non-SEND' },
  eal: { before: 'EAL' },
  notEal: { before: 'non-EAL' },
  boys: { noun: 'boys' },
  girls: { noun: 'girls' },
  low: { after: 'with low prior attainment' },
  middle: { after: 'with middle prior attainment' },
  high: { after: 'with high prior attainment' },
  persistentAbsent: { before: 'persistently absent' },
  notPersistentAbsent: { after: 'who are not persistently absent' },
  severeAbsent: { before: 'severely absent' },
  notSevereAbsent: { after: 'who are not severely absent' },
  effortConcern: { after: 'whose effort is a concern' },
  effortGood: { after: 'whose effort is good' },
};

const ETHNICITY_WORDS: Readonly<Record<EthnicityCode, Words>> = {
  WBRI: { before: 'White British' },
  WIRI: { before: 'White Irish' },
  WIRT: { before: 'Irish Traveller' },
  WROM: { before: 'Gypsy/Roma' },
  WOTH: { after: 'from any other White background' },
  MWBC: { before: 'mixed White and Black Caribbean' },
  MWBA: { before: 'mixed White and Black African' },
  MWAS: { before: 'mixed White and Asian' },
  MOTH: { after: 'from any other mixed background' },
  AIND: { before: 'Indian' },
  APKN: { before: 'Pakistani' },
  ABAN: { before: 'Bangladeshi' },
  AOTH: { after: 'from any other Asian background' },
  BCRB: { before: 'Black Caribbean' },
  BAFR: { before: 'Black African' },
  BOTH: { after: 'from any other Black background' },
  CHNE: { before: 'Chinese' },
  OOTH: { after: 'from any other ethnic group' },
  REFU: { after: 'whose ethnicity was refused' },
  NOBT: { after: 'whose ethnicity is not yet obtained' },
};

/** "Disadvantaged White British boys"; conditions are checked keys (groupConditions.ts), in any order. */
export function combinedGroupName(conditions: readonly string[]): string {
  const before: string[] = [];
  const ethnic: string[] = [];
  const after: string[] = [];
  let noun = 'pupils';
  for (const condition of conditions) {
    const isEthnicity = condition.startsWith(ETHNICITY_PREFIX);
    const words = isEthnicity
      ? ETHNICITY_WORDS[condition.slice(ETHNICITY_PREFIX.length) as EthnicityCode]
      : (GROUP_WORDS[condition] ?? { before: condition });
    if ('noun' in words) noun = words.noun;
    else if ('after' in words) after.push(words.after);
    else (isEthnicity ? ethnic : before).push(words.before);
  }
  const name = [...before, ...ethnic, noun, after.join(' and ')].filter((part) => part !== '').join(' ');
  return name[0]!.toUpperCase() + name.slice(1);
}
