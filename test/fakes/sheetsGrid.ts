/** A1 notation for the Sheets fake, written apart from the code under test so the two cannot share a mistake. */
export interface Area {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

const column = (letters: string) => [...letters].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0);

function letters(columnNumber: number): string {
  let text = '';
  for (let rest = columnNumber; rest > 0; rest = Math.floor((rest - 1) / 26)) text = String.fromCharCode(65 + ((rest - 1) % 26)) + text;
  return text;
}

/** "F4:H305" or "B2" (no sheet name, no whole columns: the fake needs no more). */
export function a1ToArea(a1: string): Area {
  const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(a1.trim().toUpperCase());
  if (!match) throw new Error(`Range not found: ${a1}`);
  const [firstColumn, firstRow] = [column(match[1]!), Number(match[2])];
  const [lastColumn, lastRow] = match[3] ? [column(match[3]), Number(match[4])] : [firstColumn, firstRow];
  return {
    row: Math.min(firstRow, lastRow),
    column: Math.min(firstColumn, lastColumn),
    numRows: Math.abs(lastRow - firstRow) + 1,
    numColumns: Math.abs(lastColumn - firstColumn) + 1,
  };
}

export function areaToA1({ row, column: first, numRows, numColumns }: Area): string {
  const start = `${letters(first)}${row}`;
  const end = `${letters(first + numColumns - 1)}${row + numRows - 1}`;
  return start === end ? start : `${start}:${end}`;
}
