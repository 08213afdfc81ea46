/**
 * How Tracklight knows its own locks from a school's own protection, on any host and years later:
 * the protection's description (Sheets) or the saved lock record (Excel) starts with this fixed
 * phrase, followed by the collection it locks. A school's protection of the same range, or one with
 * a name like "RP1", is never taken for Tracklight's: only the phrase counts.
 */
export const LOCK_MARK = '[Tracklight lock]';

/** "[Tracklight lock] RP1": what Tracklight writes as the description of a lock on RP1. */
export const lockDescription = (collection: string): string => `${LOCK_MARK} ${collection}`;

/** The collection a Tracklight lock locks, from its description; null for the school's own protection (or none). */
export function lockedCollectionOf(description: unknown): string | null {
  if (typeof description !== 'string' || !description.startsWith(`${LOCK_MARK} `)) return null;
  const collection = description.slice(LOCK_MARK.length + 1).trim();
  return collection === '' ? null : collection;
}
