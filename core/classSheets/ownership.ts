/**
 * Which existing sheets are Tracklight's class sheets for a tracker, decided once for every host
 * from facts the host gathers (ClassSheetFacts). A sheet is Tracklight's only by its durable mark
 * (mark.ts); where a host cannot keep marks (Excel before ExcelApi 1.12) only by a saved record
 * AND A1 and A2 holding exactly what Tracklight last wrote there. A sheet of Tracklight's whose A1
 * or A2 a teacher changed is left alone and named, so a re-run never costs anyone what they typed.
 */
import { protectedSheetMessage } from '../workbook/protectedSheet';
import type { ClassSheetRecord } from './records';
import { cellFingerprint, classFingerprint, readMark } from './mark';

/** What a host reads of one sheet, so the core can tell whether it is Tracklight's. */
export interface ClassSheetFacts {
  name: string;
  /** The stored text of its Tracklight mark; null when it has none; undefined when this host cannot keep marks. */
  mark: string | null | undefined;
  /** What A1 and A2 hold now: the formula, or else the value as text ('' when empty). */
  managed: readonly [string, string];
  isProtected: boolean;
}

export const MANAGED_CELLS = ['A1', 'A2'] as const;

/** A sheet Tracklight made from this tracker for one class (by its class fingerprint). */
export interface ClassSheetClaim {
  facts: ClassSheetFacts;
  classId: string;
  /** Managed cells that no longer hold what Tracklight wrote: the sheet must not be updated. */
  edited: string[];
  /** True when the host keeps marks: clearing an edited cell then lets Tracklight update the sheet. */
  marked: boolean;
}

export interface Claims {
  /** Class fingerprint -> the one sheet Tracklight may treat as that class's. */
  byClass: Map<string, ClassSheetClaim>;
  /** Renamed copies of a class sheet (a teacher duplicated it): theirs now, left alone. */
  copies: string[];
}

const lower = (text: string) => text.toLowerCase();

/** A1 and A2 that differ from their fingerprints; an empty cell is fine where a mark proves the sheet. */
function editedCells(managed: readonly [string, string], written: readonly [string, string], emptyIsFine: boolean): string[] {
  return MANAGED_CELLS.filter((_, i) => {
    const now = managed[i]!;
    if (now === '' && emptyIsFine) return false;
    return cellFingerprint(now) !== written[i];
  });
}

function claimOf(
  facts: ClassSheetFacts,
  trackerSheetName: string,
  records: readonly ClassSheetRecord[],
): (ClassSheetClaim & { renamed: boolean }) | null {
  if (facts.mark !== undefined) {
    const mark = readMark(facts.mark);
    if (!mark || lower(mark.tracker) !== lower(trackerSheetName)) return null;
    const edited = editedCells(facts.managed, [mark.a1, mark.a2], true);
    const renamed = lower(mark.sheet) !== lower(facts.name);
    // Renamed and edited: the teacher kept their changes under a new name, as Tracklight's message suggests.
    if (renamed && edited.length > 0) return null;
    return { facts, classId: mark.class, edited, marked: true, renamed };
  }
  const record = records.find(
    (entry) => lower(entry.trackerSheetName) === lower(trackerSheetName) && lower(entry.name) === lower(facts.name),
  );
  if (!record || record.a1 === undefined || record.a2 === undefined) return null;
  // Without a mark, only exactly what was written proves the sheet: an empty A1 could be anyone's new sheet.
  const edited = editedCells(facts.managed, [record.a1, record.a2], false);
  return { facts, classId: classFingerprint(record.className), edited, marked: false, renamed: false };
}

/** Every sheet's claim, one per class: a sheet still under the name it was written with wins over a renamed copy. */
export function classSheetClaims(
  sheets: readonly ClassSheetFacts[],
  trackerSheetName: string,
  records: readonly ClassSheetRecord[],
): Claims {
  const byClass = new Map<string, ClassSheetClaim & { renamed: boolean }>();
  const copies: string[] = [];
  for (const facts of sheets) {
    if (lower(facts.name) === lower(trackerSheetName)) continue;
    const claim = claimOf(facts, trackerSheetName, records);
    if (!claim) continue;
    const held = byClass.get(claim.classId);
    if (!held) byClass.set(claim.classId, claim);
    else if (held.renamed && !claim.renamed) {
      copies.push(held.facts.name);
      byClass.set(claim.classId, claim);
    } else copies.push(claim.facts.name);
  }
  return { byClass, copies };
}

/** The one sentence for a class sheet a teacher edited. */
export function editedMessage(claim: ClassSheetClaim): string {
  const cells = claim.edited.join(' and ');
  const name = `'${claim.facts.name}'`;
  return claim.marked
    ? `${name} was edited by hand (${cells}), so it was not updated. ` +
        `Rename it to keep your changes and let Tracklight make a new class sheet, or clear ${cells} to let Tracklight update it.`
    : `${name} was edited by hand (${cells}), so it was not updated. ` +
        'Rename it to keep your changes and let Tracklight make a new class sheet.';
}

/** The one sentence for a protected class sheet, `called` e.g. 'The class sheet'; others may have been written. */
export const protectedClassSheet = (called: string, name: string): string =>
  protectedSheetMessage(name, 'it was not updated', { called, then: 'make the class sheets again', nothingChanged: false });
