/**
 * Discounting: a single course of study counts once. Two of a pupil's subjects that share a DfE
 * discount code (core/attainment8/qualifications.ts) count as one, the one with the higher points.
 *
 * Which one. The DfE's guidance counts a pupil's first entry, and of entries in the same exam series
 * the better result. A tracker holds no entry dates, so Tracklight treats every grade as one series:
 * the higher points count. For equal points the guidance Tracklight could read gives no order, so
 * Tracklight's is: the larger qualification (a double award over a single), then one that can fill an
 * EBacc slot over one that cannot, then the column further left. On equal points and eligibility the
 * Attainment 8 is the same whichever counts; the order only fixes which name the detail shows.
 *
 * Science. Combined science and the single sciences have different codes, but the DfE's exceptions
 * count one course of science teaching once (core/attainment8/scienceRoute.ts).
 */
import type { Entry } from './attainment8';

export interface Discounted {
  entry: Entry;
  /** Why it does not count, in the detail's words. */
  reason: string;
}

const points = (entry: Entry) => entry.grade * (entry.qualification?.doubleAward ? 2 : 1);
const canFillEbacc = (entry: Entry) => (entry.qualification?.eligibility ?? 'open') !== 'open';

/** Negative when a counts before b. */
function better(a: Entry, b: Entry): number {
  return (
    points(b) - points(a) ||
    Number(b.qualification?.doubleAward ?? false) - Number(a.qualification?.doubleAward ?? false) ||
    Number(canFillEbacc(b)) - Number(canFillEbacc(a)) ||
    a.column - b.column
  );
}

/** Why `kept` counts instead: the first of the rules in `better` that tells them apart. */
function whyKept(kept: Entry, entry: Entry): string {
  if (points(kept) > points(entry)) return 'which scores higher';
  if (kept.qualification?.doubleAward && !entry.qualification?.doubleAward) return 'which scores the same and is a double award';
  if (canFillEbacc(kept) && !canFillEbacc(entry)) return 'which scores the same and can fill an EBacc slot';
  return 'which scores the same and is further left';
}

const reasonFor = (entry: Entry, kept: Entry, code: string) =>
  `discounted: same DfE discount code (${code}) as ${kept.name}, ${whyKept(kept, entry)}`;

/** Whether two entries share a code: most pupils' do not, and they skip the rest (this runs for every pupil). */
function sharesACode(entries: readonly Entry[]): boolean {
  for (let i = 1; i < entries.length; i += 1) {
    const code = entries[i]!.qualification?.discountCode;
    if (!code) continue;
    for (let j = 0; j < i; j += 1) if (entries[j]!.qualification?.discountCode === code) return true;
  }
  return false;
}

/** Entries that count, in column order, and those a same-code entry with better points discounts. */
export function discountSameCode(entries: readonly Entry[]): { counted: Entry[]; discounted: Discounted[] } {
  if (!sharesACode(entries)) return { counted: [...entries], discounted: [] };
  // A pupil has a dozen grades at most, so each is compared with those already kept rather than grouped in a map.
  const counted: Entry[] = [];
  const lost: Entry[] = [];
  for (const entry of [...entries].sort((a, b) => a.column - b.column)) {
    const code = entry.qualification?.discountCode;
    const rival = code ? counted.findIndex((kept) => kept.qualification?.discountCode === code) : -1;
    if (rival < 0) counted.push(entry);
    else if (better(entry, counted[rival]!) < 0) {
      lost.push(counted[rival]!);
      counted[rival] = entry;
    } else lost.push(entry);
  }
  counted.sort((a, b) => a.column - b.column);
  const keptFor = (entry: Entry) => counted.find((kept) => kept.qualification?.discountCode === entry.qualification!.discountCode)!;
  const discounted = lost.map((entry) => ({ entry, reason: reasonFor(entry, keptFor(entry), entry.qualification!.discountCode!) }));
  return { counted, discounted };
}
