/**
 * The pupil groups a report compares, and how each is read from a tracker's cells. Every group has a
 * fixed "slot" number so that tallies can live in flat arrays: a 2,000-pupil report adds each grade
 * into a handful of slots, never searches for a group by name.
 */
import { readFlag } from '../gaps/flags';
import type { ColumnRole } from '../layout/roles';
import { isBlankText } from '../values';

/** Families read from a flag column, one cell per pupil. */
export type FlagFamilyId = 'pp' | 'disadvantaged' | 'fsm' | 'send' | 'eal' | 'gender';
/** Families banded from a measure column (attendance, effort), read by attendance.ts and effort.ts with the report settings. */
export type MeasureFamilyId = 'attendance' | 'severeAbsence' | 'effort';
export type FamilyId = FlagFamilyId | 'prior' | MeasureFamilyId;

export interface GroupDefinition {
  key: string;
  label: string;
  slot: number;
}

export interface FamilyDefinition {
  id: FamilyId;
  title: string;
  groups: readonly GroupDefinition[];
  /**
   * For two-group families: the gap is rest minus focus, so a positive gap means the focus group is
   * behind, as the DfE reports the disadvantage gap.
   */
  gap: { name: string; focus: number; rest: number; focusPupils: string; restPupils: string } | null;
}

/** Slot 0 holds every pupil. */
export const ALL_SLOT = 0;
let nextSlot = 1;
const group = (key: string, label: string): GroupDefinition => ({ key, label, slot: nextSlot++ });

const pair = (
  id: FamilyId,
  title: string,
  focus: [string, string],
  rest: [string, string],
  gapName: string,
  focusPupils: string,
  restPupils = 'the rest',
): FamilyDefinition => ({
  id,
  title,
  groups: [group(...focus), group(...rest)],
  gap: { name: gapName, focus: 0, rest: 1, focusPupils, restPupils },
});

export const FAMILIES: readonly FamilyDefinition[] = [
  pair('pp', 'Pupil premium', ['pp', 'PP'], ['notPp', 'Not PP'], 'PP gap', 'PP pupils'),
  pair(
    'disadvantaged',
    'Disadvantaged',
    ['disadvantaged', 'Disadvantaged'],
    ['notDisadvantaged', 'Not disadvantaged'],
    'Disadvantaged gap',
    'Disadvantaged pupils',
  ),
  pair('fsm', 'FSM6', ['fsm', 'FSM6'], ['notFsm', 'Not FSM6'], 'FSM6 gap', 'FSM6 pupils'),
  pair('send', 'SEND', ['send', 'SEND (E, K)'], ['noSend', 'No SEND'], 'SEND gap', 'SEND pupils'),
  pair('eal', 'EAL', ['eal', 'EAL'], ['notEal', 'Not EAL'], 'EAL gap', 'EAL pupils'),
  // Boys are the focus because nationally they trail girls: a positive gap reads "boys behind".
  pair('gender', 'Gender', ['boys', 'Boys'], ['girls', 'Girls'], 'Gender gap (girls minus boys)', 'Boys', 'girls'),
  {
    id: 'prior',
    title: 'Prior attainment',
    groups: [group('low', 'Low prior attainment'), group('middle', 'Middle prior attainment'), group('high', 'High prior attainment')],
    gap: null,
  },
  // Labels stay free of numbers because the cut-offs are settings; the report states them in a note.
  pair(
    'attendance',
    'Persistent absence',
    ['persistentAbsent', 'Persistently absent'],
    ['notPersistentAbsent', 'Not persistently absent'],
    'Persistent absence gap',
    'Persistently absent pupils',
  ),
  pair(
    'severeAbsence',
    'Severe absence',
    ['severeAbsent', 'Severely absent'],
    ['notSevereAbsent', 'Not severely absent'],
    'Severe absence gap',
    'Severely absent pupils',
  ),
  pair(
    'effort',
    'Effort',
    ['effortConcern', 'Effort a concern'],
    ['effortGood', 'Effort good'],
    'Effort gap',
    'Pupils whose effort is a concern',
  ),
];

export const SLOT_COUNT = nextSlot;

export const FAMILY_BY_ID: ReadonlyMap<FamilyId, FamilyDefinition> = new Map(FAMILIES.map((family) => [family.id, family]));

/** The layout role each flag family is read from (prior attainment and the measure families have their own rules). */
export const FAMILY_ROLES: Readonly<Record<FlagFamilyId, ColumnRole>> = {
  pp: 'pp',
  disadvantaged: 'disadvantaged',
  fsm: 'fsm',
  send: 'send',
  eal: 'eal',
  gender: 'gender',
};

export const isFlagFamily = (id: FamilyId): id is FlagFamilyId => Object.hasOwn(FAMILY_ROLES, id);

/**
 * Which group of the family a cell puts the pupil in: an index into `groups`, -1 for "in neither"
 * (a blank gender), or undefined when the cell cannot be read (reported, never guessed).
 */
export type GroupReader = (value: unknown) => number | -1 | undefined;

/** Y/N-style flags: flagged is the focus group (index 0), blank or N the rest (index 1). */
export const readFlagGroup: GroupReader = (value) => {
  const flag = readFlag(value);
  return flag === undefined ? undefined : flag ? 0 : 1;
};

const SEND_CODES = new Set(['E', 'K', 'EHCP', 'EHC', 'EHC PLAN', 'SEN SUPPORT', 'SEN', 'SEND', 'S']);
const NO_SEND_CODES = new Set(['N', 'NONE', 'NO SEN', 'NO SEND']);

/** SEND codes as the census writes them: E (EHC plan) and K (SEN support) are SEND; N or blank is none. */
export const readSendGroup: GroupReader = (value) => {
  if (isBlankText(value)) return 1;
  if (typeof value === 'string') {
    const folded = value.trim().toUpperCase().replace(/\s+/g, ' ');
    if (SEND_CODES.has(folded)) return 0;
    if (NO_SEND_CODES.has(folded)) return 1;
  }
  return readFlagGroup(value);
};

const BOYS = new Set(['M', 'MALE', 'BOY', 'B']);
const GIRLS = new Set(['F', 'FEMALE', 'GIRL', 'G']);

/** F/Female/Girl and M/Male/Boy; anything else (blank, X, not stated) is in neither group and is not an error. */
export const readGenderGroup: GroupReader = (value) => {
  if (typeof value !== 'string') return -1;
  const folded = value.trim().toUpperCase();
  return BOYS.has(folded) ? 0 : GIRLS.has(folded) ? 1 : -1;
};

const BAND_WORDS: ReadonlyArray<[number, readonly string[]]> = [
  [0, ['L', 'LOW', 'LOWER', 'LAP', 'LPA', 'LA', 'BELOW', 'B']],
  [1, ['M', 'MID', 'MIDDLE', 'MAP', 'MPA', 'MA', 'AVERAGE', 'EXPECTED', 'E']],
  [2, ['H', 'HIGH', 'HIGHER', 'UPPER', 'HAP', 'HPA', 'HA', 'ABOVE', 'A']],
];
const BAND_BY_WORD = new Map(BAND_WORDS.flatMap(([band, words]) => words.map((word) => [word, band] as [string, number])));

/** A band column's low / middle / high, in the spellings schools use (L/M/H, LAP/MAP/HAP, Lower/Middle/Upper). */
export const readBandGroup: GroupReader = (value) => {
  if (isBlankText(value)) return -1;
  if (typeof value !== 'string') return undefined;
  return (
    BAND_BY_WORD.get(
      value
        .trim()
        .toUpperCase()
        .replace(/[^A-Z]/g, ''),
    ) ?? undefined
  );
};

/** A KS2 average in the band cut-offs: below middleFrom is low, from highFrom is high. */
export function bandFromKs2(average: number, cutOffs: { middleFrom: number; highFrom: number }): number {
  return average < cutOffs.middleFrom ? 0 : average < cutOffs.highFrom ? 1 : 2;
}

/** A CAT4 mean SAS in the band cut-offs: below middleFrom is low, above highAbove is high. */
export function bandFromCat4(sas: number, cutOffs: { middleFrom: number; highAbove: number }): number {
  return sas < cutOffs.middleFrom ? 0 : sas > cutOffs.highAbove ? 2 : 1;
}

export const READERS: Readonly<Record<FlagFamilyId, GroupReader>> = {
  pp: readFlagGroup,
  disadvantaged: readFlagGroup,
  fsm: readFlagGroup,
  send: readSendGroup,
  eal: readFlagGroup,
  gender: readGenderGroup,
};
