/** Sheet names both hosts accept, made unique so nothing is ever overwritten. */

/** Excel's rules are the stricter of the two: at most 31 characters, none of : \ / ? * [ ]. */
export const MAX_SHEET_NAME = 31;
/** The longest sheet name each host allows (Google Sheets takes 100 characters). */
export const SHEET_NAME_LIMIT = { excel: 31, sheets: 100, preview: 31 } as const;
const FORBIDDEN = /[:\\/?*[\]]/g;

export function cleanSheetName(name: string, maxLength: number = MAX_SHEET_NAME): string {
  const cleaned = name
    .replace(FORBIDDEN, '-')
    .replace(/^'+|'+$/g, '')
    .trim();
  return (cleaned || 'Sheet').slice(0, maxLength).trim();
}

/**
 * `preferred`, or `preferred (2)`, `(3)`... shortened to fit, whichever no existing sheet has.
 * Hosts compare sheet names without regard to case, so this does too.
 */
export function uniqueSheetName(preferred: string, existing: readonly string[], maxLength: number = MAX_SHEET_NAME): string {
  const taken = new Set(existing.map((name) => name.toLowerCase()));
  const base = cleanSheetName(preferred, maxLength);
  if (!taken.has(base.toLowerCase())) return base;
  for (let copy = 2; ; copy += 1) {
    const suffix = ` (${copy})`;
    const candidate = `${base.slice(0, maxLength - suffix.length).trim()}${suffix}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
