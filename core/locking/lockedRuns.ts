/**
 * Excel's locked flags of a block of cells as compact runs, for the workbook's settings: the cells
 * row by row, as alternating run lengths starting with locked (Excel's default), e.g. "0,40,3,57" is
 * none locked, 40 unlocked, 3 locked, 57 unlocked. A tracker is nearly all one flag, so a used range
 * of 2,000 pupils by 60 columns is a few characters, not 120,000 flags. Decoding refuses text that
 * does not cover the block exactly, so a damaged record never restores the wrong cells.
 */

export function encodeLockedRuns(flags: readonly (readonly boolean[])[]): string {
  const runs: number[] = [0];
  let current = true;
  for (const row of flags)
    for (const locked of row) {
      if (locked !== current) {
        runs.push(0);
        current = locked;
      }
      runs[runs.length - 1]! += 1;
    }
  return runs.join(',');
}

/** The flags back, `rows` by `columns`; null when the runs do not cover exactly that many cells. */
export function decodeLockedRuns(text: string, rows: number, columns: number): boolean[][] | null {
  const runs = text.split(',').map(Number);
  if (runs.some((run) => !Number.isInteger(run) || run < 0)) return null;
  if (runs.reduce((sum, run) => sum + run, 0) !== rows * columns) return null;
  const cells: boolean[] = [];
  runs.forEach((run, index) => {
    for (let each = 0; each < run; each += 1) cells.push(index % 2 === 0);
  });
  return Array.from({ length: rows }, (_, row) => cells.slice(row * columns, (row + 1) * columns));
}
