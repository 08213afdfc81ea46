/**
 * The one sentence for a sheet Tracklight may not change, written here so that the colouring plan,
 * the class sheets' checks and every host say it the same way: which sheet, what could not be done,
 * how to get past the protection, and what to do then.
 */

export interface ProtectedSheetWording {
  /** Words before the sheet's name, e.g. 'The class sheet'; none by default. */
  called?: string;
  /** What to do once the sheet is unprotected; 'try again' by default. */
  then?: string;
  /** False where other sheets may have changed (a run over several sheets): the sentence then does not end "Nothing was changed." */
  nothingChanged?: boolean;
}

/** "is protected, so <couldNot>": the reason as a clause, for a line that names the sheet itself. */
export const protectedClause = (couldNot: string): string => `is protected, so ${couldNot}`;

/**
 * e.g. "'Year 10' is protected, so Tracklight cannot add colours to it. Unprotect the sheet (or ask
 * whoever protected it), then try again. Nothing was changed."
 */
export function protectedSheetMessage(sheetName: string, couldNot: string, wording: ProtectedSheetWording = {}): string {
  const { called, then = 'try again', nothingChanged = true } = wording;
  const sheet = called ? `${called} '${sheetName}'` : `'${sheetName}'`;
  const unchanged = nothingChanged ? ' Nothing was changed.' : '';
  return `${sheet} ${protectedClause(couldNot)}. Unprotect the sheet (or ask whoever protected it), then ${then}.${unchanged}`;
}
