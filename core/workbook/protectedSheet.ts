/**
 * The one sentence for a sheet Tracklight may not change, written here so that the colouring plan,
 * the class sheets' checks and every host say it the same way: which sheet, what could not be done,
 * how to get past the protection, and what to do then. Where the protection is Tracklight's own lock
 * of finished collections (Excel's sheet protection), it says so, and to unlock in the panel: never to
 * unprotect the sheet, which would leave Tracklight's record of the lock behind.
 */

export interface ProtectedSheetWording {
  /** Words before the sheet's name, e.g. 'The class sheet'; none by default. */
  called?: string;
  /** What to do once the sheet is unprotected; 'try again' by default. */
  then?: string;
  /** False where other sheets may have changed (a run over several sheets): the sentence then does not end "Nothing was changed." */
  nothingChanged?: boolean;
  /** The collections Tracklight has locked, where its lock is what protects the sheet; none by default. */
  lockedBy?: readonly string[];
}

/** "RP1", "RP1 and RP2", "RP1, RP2 and RP3". */
const inWords = (names: readonly string[]): string =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/** "is protected, so <couldNot>": the reason as a clause, for a line that names the sheet itself. */
export const protectedClause = (couldNot: string, lockedBy: readonly string[] = []): string =>
  lockedBy.length > 0 ? `is locked by Tracklight for ${inWords(lockedBy)}, so ${couldNot}` : `is protected, so ${couldNot}`;

/**
 * e.g. "'Year 10' is protected, so Tracklight cannot add colours to it. Unprotect the sheet (or ask
 * whoever protected it), then try again. Nothing was changed."
 */
export function protectedSheetMessage(sheetName: string, couldNot: string, wording: ProtectedSheetWording = {}): string {
  const { called, then = 'try again', nothingChanged = true, lockedBy = [] } = wording;
  const sheet = called ? `${called} '${sheetName}'` : `'${sheetName}'`;
  const unchanged = nothingChanged ? ' Nothing was changed.' : '';
  const again = `lock ${lockedBy.length === 1 ? 'it' : 'them'} again afterwards`;
  const getPast =
    lockedBy.length > 0
      ? `Unlock ${inWords(lockedBy)} in the Tracklight panel first (Lock a finished collection), then ${then}, and ${again}`
      : `Unprotect the sheet (or ask whoever protected it), then ${then}`;
  return `${sheet} ${protectedClause(couldNot, lockedBy)}. ${getPast}.${unchanged}`;
}
