/**
 * The DfE's school census ethnicity codes: the four-letter main codes a census return and an MIS
 * export carry (DfE, "Common basic data set (CBDS) database", ethnicity code set; the codes are facts
 * of the census, embedded here without its text). Read from a tracker's ethnicity column for the
 * report's combined groups ("disadvantaged White British boys").
 */
export const ETHNICITY_CODES = {
  WBRI: 'White British',
  WIRI: 'White Irish',
  WIRT: 'Traveller of Irish heritage',
  WROM: 'Gypsy/Roma',
  WOTH: 'Any other White background',
  MWBC: 'White and Black Caribbean',
  MWBA: 'White and Black African',
  MWAS: 'White and Asian',
  MOTH: 'Any other mixed background',
  AIND: 'Indian',
  APKN: 'Pakistani',
  ABAN: 'Bangladeshi',
  AOTH: 'Any other Asian background',
  BCRB: 'Black Caribbean',
  BAFR: 'Black African',
  BOTH: 'Any other Black background',
  CHNE: 'Chinese',
  OOTH: 'Any other ethnic group',
  REFU: 'Refused',
  NOBT: 'Information not yet obtained',
} as const;

export type EthnicityCode = keyof typeof ETHNICITY_CODES;

export const isEthnicityCode = (code: string): code is EthnicityCode => Object.hasOwn(ETHNICITY_CODES, code);
