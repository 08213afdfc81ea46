/** Column letters as both hosts write them in A1 references. */

/** Google Sheets allows 18,278 columns (A to ZZZ); Excel 16,384 (A to XFD). The larger bound keeps both valid. */
export const MAX_COLUMNS = 18_278;

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnLetter(index: number): string {
  let letters = '';
  let remaining = Math.floor(index) + 1;
  while (remaining > 0) {
    const digit = (remaining - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    remaining = Math.floor((remaining - 1) / 26);
  }
  return letters;
}
