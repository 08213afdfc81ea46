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

/** Text longer than one literal allows, written as literals of at most 255 characters joined with &. */
export function longText(text: string): string {
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += MAX_LITERAL) pieces.push(`"${text.slice(start, start + MAX_LITERAL)}"`);
  return pieces.length > 1 ? `(${pieces.join('&')})` : pieces[0]!;
}

/** The widths tried for a value lookup's regions: the one that writes the shortest formula is kept. */
const VALUE_WIDTHS = Array.from({ length: 30 }, (_, index) => index + 3);

/**
 * Each region's value is one character, U+0100 plus the value: Latin Extended letters, every one
 * printable and one UTF-16 unit in every host, so the values of a hundred regions fit one literal.
 */
const VALUE_BASE = 0x100;
const MAX_VALUE = 255;

export interface ValueLookup {
  /** The keys, each region padded to a multiple of `width`, every region's keys with one value. */
  table: string;
  width: number;
  /** Each region's value as one character, U+0100 plus the value. */
  values: string;
}

/**
 * A lookup of many keys (more than a CHOOSE of one result per region could afford: an engine pays
 * for every argument of a call) with whole results from 0 to 255. The keys of one result are written
 * together, padded with lower-case letters to a whole number of regions of `width` characters, and
 * each region's result is one character of a second string, read with UNICODE. The space before a
 * key sits in one of its result's regions, so INT(position/width) finds it; every key is checked to
 * land on its own result.
 */
export function valueLookup(entries: readonly (readonly [key: string, result: number])[]): ValueLookup {
  const byResult = new Map<number, string[]>();
  for (const [key, result] of entries) {
    if (key === '' || /[\sa-z"]/.test(key)) throw new Error(`The lookup key '${key}' cannot be written into a table`);
    if (!Number.isInteger(result) || result < 0 || result > MAX_VALUE) {
      throw new Error(`The lookup result ${result} is not a whole number from 0 to ${MAX_VALUE}`);
    }
    byResult.set(result, [...(byResult.get(result) ?? []), key]);
  }
  const groups = [...byResult.entries()].sort(([a], [b]) => a - b);
  const layouts = VALUE_WIDTHS.map((width) => {
    let table = '';
    let values = '';
    for (const [result, keys] of groups) {
      // At least one pad after the last key, so no two spaces ever meet and no key is split across results.
      const text = ` ${keys.join(' ')} `;
      const regions = Math.ceil((text.length + 1) / width);
      table += text.padEnd(regions * width, PAD);
      values += String.fromCharCode(VALUE_BASE + result).repeat(regions);
    }
    return { table, width, values };
  });
  const formulaLength = (layout: ValueLookup) => longText(layout.table).length + longText(layout.values).length;
  const chosen = layouts.reduce((best, layout) => (formulaLength(layout) < formulaLength(best) ? layout : best));
  for (const [key, result] of entries) {
    const position = chosen.table.indexOf(` ${key} `) + 1;
    const region = Math.floor(position / chosen.width);
    if (position === 0 || chosen.values.charCodeAt(region) - VALUE_BASE !== result) {
      throw new Error(`The lookup key '${key}' does not land on its result ${result}`);
    }
  }
  return chosen;
}

/** `key` (formula text) looked up in a value lookup: its result, or an error where the key is not in it. */
export function valueLookupFormula(key: string, lookup: ValueLookup): string {
  const region = `INT(FIND(" "&${key}&" ",${longText(lookup.table)})/${lookup.width})`;
  return `UNICODE(MID(${longText(lookup.values)},${region}+1,1))-${VALUE_BASE}`;
}
