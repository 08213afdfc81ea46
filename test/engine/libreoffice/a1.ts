/**
 * Test support: A1 names for 0-based rows and columns, kept here rather than borrowed from the
 * core so that these tests check the core's formulas without leaning on its own A1 helpers.
 */

/** 0 -> "A", 25 -> "Z", 26 -> "AA". */
export function columnName(column: number): string {
  let name = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) name = String.fromCharCode(65 + ((rest - 1) % 26)) + name;
  return name;
}

export const cellName = (row: number, column: number) => `${columnName(column)}${row + 1}`;

/** "B2:DW127" for the block from (top, firstColumn), `rows` high, to lastColumn. */
export const rangeName = (top: number, rows: number, firstColumn: number, lastColumn: number) =>
  `${cellName(top, firstColumn)}:${cellName(top + rows - 1, lastColumn)}`;

export interface CellBlock {
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

const columnIndex = (letters: string) => [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) - 1;

/** "P4:R123" (or "P4") as 0-based rows and columns. */
export function parseRange(text: string): CellBlock {
  const match = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(text);
  if (!match) throw new Error(`Not a plain A1 range: ${text}`);
  const [, firstLetters, firstDigits, lastLetters = firstLetters!, lastDigits = firstDigits!] = match;
  return {
    firstRow: Number(firstDigits) - 1,
    lastRow: Number(lastDigits) - 1,
    firstColumn: columnIndex(firstLetters!),
    lastColumn: columnIndex(lastLetters),
  };
}
