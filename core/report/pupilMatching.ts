/**
 * The same pupil on several subject sheets: matched by UPN, and on a sheet without one (or a row with a
 * blank UPN) by name and class. Every lookup is a map, so three sheets of 300 pupils match in well under
 * a millisecond. A pupil missing from a sheet is kept, with no row there.
 */
import type { PupilRow, SheetPupils } from './sheetPupils';

export interface MatchedPupil {
  /** Per sheet, the pupil's 0-based row there, or -1 when the pupil is not on that sheet. */
  rows: Int32Array;
  /** As written on the first sheet the pupil was found on. */
  shownName: string;
  shownClass: string;
}

export interface PupilMatch {
  pupils: MatchedPupil[];
  warnings: string[];
}

/** Long lists in a warning end "and 8 more", so a warning stays a line or two. */
const LISTED = 5;

export function listCapped(items: readonly string[]): string {
  const shown = items.slice(0, LISTED).join('; ');
  return items.length > LISTED ? `${shown} and ${items.length - LISTED} more` : shown;
}

const pupilsWord = (count: number) => `${count} ${count === 1 ? 'pupil' : 'pupils'}`;
const shown = (name: string, className: string) => (className ? `${name} (${className})` : name);

export function matchPupils(sheetNames: readonly string[], sheets: readonly SheetPupils[]): PupilMatch {
  const pupils: MatchedPupil[] = [];
  const byUpn = new Map<string, number>();
  // Name and class, and name alone (for a sheet with no class column): each key to the pupils holding it, in order.
  const byNameAndClass = new Map<string, number[]>();
  const byName = new Map<string, number[]>();
  const warnings: string[] = [];

  const add = (sheet: number, pupil: PupilRow): number => {
    const id = pupils.length;
    const rows = new Int32Array(sheets.length).fill(-1);
    rows[sheet] = pupil.row;
    pupils.push({ rows, shownName: pupil.shownName, shownClass: pupil.shownClass });
    if (pupil.nameKey !== '') {
      push(byNameAndClass, `${pupil.nameKey}|${pupil.classKey}`, id);
      push(byName, pupil.nameKey, id);
    }
    return id;
  };

  // UPNs first, from every sheet, so a sheet matched by name finds pupils from sheets listed after it too.
  const byNameLater: { sheet: number; rows: PupilRow[] }[] = [];
  sheets.forEach(({ hasUpn, pupils: rows }, sheet) => {
    const later: PupilRow[] = [];
    let repeated = 0;
    for (const pupil of rows) {
      if (!hasUpn || pupil.upn === '') later.push(pupil);
      else {
        const id = byUpn.get(pupil.upn);
        if (id === undefined) byUpn.set(pupil.upn, add(sheet, pupil));
        else if (pupils[id]!.rows[sheet] === -1) pupils[id]!.rows[sheet] = pupil.row;
        else {
          repeated += 1;
          add(sheet, pupil);
        }
      }
    }
    if (later.length > 0) byNameLater.push({ sheet, rows: later });
    if (repeated > 0)
      warnings.push(
        `${pupilsWord(repeated)} in '${sheetNames[sheet]}' repeat a UPN from a row above, so each is reported as a pupil of their own: ` +
          'check its UPN column.',
      );
  });

  const byNameNotes: { sheet: number; parts: string[] }[] = [];
  for (const { sheet, rows } of byNameLater) {
    const { hasUpn, hasClass } = sheets[sheet]!;
    const index = hasClass ? byNameAndClass : byName;
    const keyOf = (pupil: PupilRow) => (hasClass ? `${pupil.nameKey}|${pupil.classKey}` : pupil.nameKey);
    const seen = new Set<string>();
    const twice = new Map<string, string>();
    let matched = 0;
    for (const pupil of rows) {
      const key = keyOf(pupil);
      const candidates = pupil.nameKey === '' ? [] : (index.get(key) ?? []);
      // Two pupils of one name and class are matched in row order: said, so the data manager can check them.
      if ((candidates.length > 1 || seen.has(key)) && !twice.has(key)) twice.set(key, shown(pupil.shownName, pupil.shownClass));
      seen.add(key);
      const id = candidates.find((candidate) => pupils[candidate]!.rows[sheet] === -1);
      if (id === undefined) add(sheet, pupil);
      else {
        pupils[id]!.rows[sheet] = pupil.row;
        matched += 1;
      }
    }
    const how = hasClass ? 'name and class' : 'name';
    const why = !hasUpn ? `as it has no UPN column${hasClass ? '' : ' or class column'}` : 'as they have no UPN';
    const parts = [`${pupilsWord(matched)} in '${sheetNames[sheet]}' ${matched === 1 ? 'was' : 'were'} matched by ${how}, ${why}.`];
    if (twice.size > 0) parts.push(`Matched twice: ${listCapped([...twice.values()])}.`);
    byNameNotes.push({ sheet, parts });
  }
  // Once every sheet is matched: a pupil on one sheet alone is most often a name or class spelt two ways.
  const alone = byNameNotes.length > 0 ? onlyInOneSheet(pupils, sheetNames) : [];
  for (const { parts } of byNameNotes)
    warnings.push([...parts, ...(alone.length > 0 ? [`Only in one sheet: ${listCapped(alone)}.`] : [])].join(' '));
  return { pupils: inSheetOrder(pupils), warnings };
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/** "Patel, Raj (11B, only in 'Y11 Maths')" for each pupil found on one sheet alone. */
function onlyInOneSheet(pupils: readonly MatchedPupil[], sheetNames: readonly string[]): string[] {
  const alone: string[] = [];
  for (const pupil of pupils) {
    let on = -1;
    let count = 0;
    pupil.rows.forEach((row, sheet) => {
      if (row >= 0) [on, count] = [sheet, count + 1];
    });
    if (count !== 1) continue;
    const where = `only in '${sheetNames[on]}'`;
    alone.push(`${pupil.shownName} (${pupil.shownClass ? `${pupil.shownClass}, ${where}` : where})`);
  }
  return alone;
}

/** Sheet by sheet, row by row: the first sheet's pupils in its order, then those found only on later sheets. */
function inSheetOrder(pupils: MatchedPupil[]): MatchedPupil[] {
  const firstAt = (pupil: MatchedPupil) => {
    const sheet = pupil.rows.findIndex((row) => row >= 0);
    return sheet * 1e7 + pupil.rows[sheet]!;
  };
  return pupils
    .map((pupil) => ({ pupil, at: firstAt(pupil) }))
    .sort((a, b) => a.at - b.at)
    .map(({ pupil }) => pupil);
}
