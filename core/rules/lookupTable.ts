/**
 * A lookup written as native formula text, with no array constant: Excel refuses array constants
 * (and unions) in conditional-format formulas ("You cannot use unions, intersections, or array
 * constants for Conditional Formatting criteria"), so `MATCH(x,{...},0)` is out.
 *
 * Instead the keys are written into one string literal, grouped into equal-width regions, one
 * region per result. `FIND(" "&key&" ", table)` finds the key and the region it sits in gives the
 * result, so the key expression (the long part) is written once. Keys are separated by spaces and
 * regions are padded with lower-case letters; callers pass keys that can contain neither (grade
 * text has its spaces removed and is upper-cased or starts with a digit), so a key can only ever
 * match a whole token, never a pad or a piece of two tokens. A key that is not in the table makes
 * FIND, and so the whole lookup, an error.
 */

export interface Region {
  /** The tokens that give this region's result. */
  keys: readonly string[];
  /** The result, as formula text (a number). */
  result: number;
}

const PAD = 'x';

/** Excel allows at most 255 characters in one string literal. */
const MAX_LITERAL = 255;

const regionText = (region: Region) => ` ${region.keys.join(' ')} `;

/** Every region is as wide as the longest, plus at least one pad character to keep neighbours' separators apart. */
const regionWidth = (regions: readonly Region[]) => Math.max(...regions.map((region) => regionText(region).length)) + 1;

function lookupTable(regions: readonly Region[]): { table: string; width: number } {
  const width = regionWidth(regions);
  const texts = regions.map(regionText);
  const table = texts.map((text) => text.padEnd(width, PAD)).join('');
  if (table.length > MAX_LITERAL) throw new Error(`A lookup table of ${table.length} characters is longer than Excel allows in a formula`);
  for (const key of regions.flatMap((region) => region.keys)) {
    if (key === '' || /[\sa-z"]/.test(key)) throw new Error(`The lookup key '${key}' cannot be written into a table`);
  }
  return { table, width };
}

/**
 * Keys split into as few lookups as keep each table within Excel's 255 characters, for more keys
 * than one literal holds. One key per region, shortest first: every region of a table is as wide
 * as its longest, so keys of a length share a table and little is spent on padding. Each lookup
 * is an error where its keys do not match.
 */
export function lookupFormulas(key: string, regions: readonly Region[]): string[] {
  const single = regions
    .flatMap((region) => region.keys.map((one) => ({ keys: [one], result: region.result })))
    .sort((a, b) => a.keys[0]!.length - b.keys[0]!.length);
  const groups: Region[][] = [];
  let group: Region[] = [];
  for (const region of single) {
    const next = [...group, region];
    if (group.length > 0 && regionWidth(next) * next.length > MAX_LITERAL) {
      groups.push(group);
      group = [region];
    } else group = next;
  }
  if (group.length > 0) groups.push(group);
  return groups.map((regionsOfOne) => lookupFormula(key, regionsOfOne));
}

/**
 * `key` is formula text for the key. The region index is INT(position/width): the space before a
 * token sits at least two characters before its region's end, so the division never rounds up
 * into the next region. CHOOSE then gives that region's result.
 */
export function lookupFormula(key: string, regions: readonly Region[]): string {
  const { table, width } = lookupTable(regions);
  const region = `INT(FIND(" "&${key}&" ","${table}")/${width})`;
  return `CHOOSE(${region}+1,${regions.map((entry) => entry.result).join(',')})`;
}
