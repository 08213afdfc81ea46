/**
 * The report sheet's name: "Tracklight report - <sheet> - <date>" wherever the host allows it (Google
 * Sheets takes 100 characters). That is 33 characters before the sheet's own name, past Excel's
 * 31-character limit, so there the sheet is named "Report <sheet> <date>", which
 * leaves 13 characters for the tracker's name. A longer name is shortened: words such as "tracker"
 * go first, then it is cut at a word break (or, when that would keep under half, mid-word). The date
 * is never cut, and a copy number goes at the end with room made for it in the tracker's name. The
 * full "Tracklight report - <sheet> - <date>" is the report's first row.
 */
import { cleanSheetName, MAX_SHEET_NAME, uniqueSheetName } from '../workbook/sheetNames';

const NOISE_WORDS = /\b(tracker|tracking|sheet|data|master)\b/gi;

/** YYYY-MM-DD for the user's own day, or the text as given when it is already in that form. */
export function reportDate(date: Date | string): string {
  if (typeof date === 'string') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
      throw new Error(`The report date must be written YYYY-MM-DD, e.g. 2025-03-14; it was '${date}'.`);
    return date;
  }
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** The tracker's name in at most `budget` characters. */
export function shortenSheetPart(name: string, budget: number): string {
  const tidy = (text: string) => text.replace(/\s+/g, ' ').replace(/^[\s\-_.,]+|[\s\-_.,]+$/g, '');
  let text = tidy(cleanSheetName(name));
  if (text.length <= budget) return text;
  const withoutNoise = tidy(text.replace(NOISE_WORDS, ' '));
  if (withoutNoise !== '') text = withoutNoise;
  if (text.length <= budget) return text;
  const cut = text.slice(0, budget + 1);
  const atBreak = tidy(cut.slice(0, cut.lastIndexOf(' ')));
  return atBreak.length * 2 >= budget ? atBreak : tidy(text.slice(0, budget));
}

export function reportSheetName(
  sourceSheet: string,
  date: string,
  existing: readonly string[],
  maxLength: number = MAX_SHEET_NAME,
): string {
  const full = `Tracklight report - ${cleanSheetName(sourceSheet, maxLength)} - ${date}`;
  // Room for a copy number such as " (12)", so the full form is never cut.
  if (full.length + 5 <= maxLength) return uniqueSheetName(full, existing, maxLength);
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  for (let copy = 1; ; copy += 1) {
    const suffix = copy === 1 ? '' : ` (${copy})`;
    const fixed = `Report  ${date}${suffix}`.length;
    const part = shortenSheetPart(sourceSheet, MAX_SHEET_NAME - fixed);
    const name = part === '' ? `Report ${date}${suffix}` : `Report ${part} ${date}${suffix}`;
    // uniqueSheetName leaves a free name as it is; it is asked so the same rules (case, cleaning) decide.
    if (!taken.has(name.toLowerCase())) return uniqueSheetName(name, existing);
  }
}
