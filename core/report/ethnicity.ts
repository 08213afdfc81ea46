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

/**
 * The written forms trackers and MIS exports use, folded as foldEthnicity folds them: the census
 * wording, its "White - British" split form, and the short forms ("British", "Pakistani"). A main
 * category ("Asian or Asian British", "Mixed") may come first: it is stripped before matching.
 */
const WRITTEN: Readonly<Record<EthnicityCode, readonly string[]>> = {
  WBRI: ['white british', 'british', 'white english', 'english', 'white scottish', 'scottish', 'white welsh', 'welsh', 'white cornish'],
  WIRI: ['white irish', 'irish'],
  WIRT: ['traveller of irish heritage', 'white traveller of irish heritage', 'irish traveller', 'white irish traveller'],
  WROM: ['gypsy roma', 'white gypsy roma', 'gypsy', 'roma', 'romany', 'white roma', 'white gypsy'],
  WOTH: ['any other white background', 'white any other white background', 'white other', 'other white', 'white any other background'],
  MWBC: ['white and black caribbean'],
  MWBA: ['white and black african'],
  MWAS: ['white and asian'],
  MOTH: ['any other mixed background', 'mixed other', 'other mixed', 'any other mixed dual background'],
  AIND: ['indian', 'asian indian'],
  APKN: ['pakistani', 'asian pakistani'],
  ABAN: ['bangladeshi', 'asian bangladeshi'],
  AOTH: ['any other asian background', 'asian any other asian background', 'asian other', 'other asian'],
  BCRB: ['black caribbean', 'caribbean'],
  BAFR: ['black african', 'african'],
  BOTH: ['any other black background', 'black any other black background', 'black other', 'other black'],
  CHNE: ['chinese'],
  OOTH: ['any other ethnic group', 'other ethnic group', 'any other', 'other'],
  REFU: ['refused', 'information refused', 'declined', 'refused to say'],
  NOBT: ['information not yet obtained', 'not yet obtained', 'not obtained', 'information not obtained'],
};

/** The census' main category headings, as a prefix a written form may carry ("Mixed / Dual background - White and Asian"). */
const CATEGORY_PREFIXES: readonly [RegExp, string][] = [
  [/^asian or asian british /, 'asian '],
  [/^black or black british /, 'black '],
  [/^black african or caribbean or black british /, 'black '],
  [/^mixed dual background /, ''],
  [/^mixed or multiple ethnic groups? /, ''],
  [/^mixed /, ''],
  [/^other ethnic group /, ''],
];

/** Lower case, "&" as "and", every run of other characters one space: "White - British" and "white/british" both read "white british". */
const foldEthnicity = (text: string): string =>
  text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z]+/g, ' ')
    .trim();

const CODE_BY_WRITTEN = new Map<string, EthnicityCode>(
  Object.entries(WRITTEN).flatMap(([code, forms]) => forms.map((form): [string, EthnicityCode] => [form, code as EthnicityCode])),
);

/**
 * An ethnicity cell as a census code: the four-letter code itself or a written form, ignoring case
 * and punctuation. null when blank; undefined for text that matches no code, which the report notes
 * as a problem rather than guess ("Other" is the census' "any other ethnic group", but "Europe" is nothing).
 */
export function readEthnicity(value: unknown): EthnicityCode | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const upper = trimmed.toUpperCase();
  if (isEthnicityCode(upper)) return upper;
  const folded = foldEthnicity(trimmed);
  const direct = CODE_BY_WRITTEN.get(folded);
  if (direct) return direct;
  for (const [prefix, replacement] of CATEGORY_PREFIXES) {
    if (!prefix.test(`${folded} `)) continue;
    const code = CODE_BY_WRITTEN.get(`${folded} `.replace(prefix, replacement).trim());
    if (code) return code;
  }
  return undefined;
}

export const ETHNICITY_WANTED = "an ethnicity the DfE's census lists (a code such as WBRI, or its name, e.g. White British)";
