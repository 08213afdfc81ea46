import { CellError, quote } from '../errors';
import { isBlankText, type Grid } from '../values';

const FLAGGED = new Set(['TRUE', '1', 'Y', 'YES', 'PP', 'D', 'DISADVANTAGED']);
const NOT_FLAGGED = new Set(['FALSE', '0', 'N', 'NO']);

/** true when flagged, false when not (blank counts as not), undefined when unreadable. */
export function readFlag(value: unknown): boolean | undefined {
  if (value === true || value === 1) return true;
  if (value === false || value === 0 || isBlankText(value)) return false;
  if (typeof value !== 'string') return undefined;
  const folded = value.trim().toUpperCase();
  return FLAGGED.has(folded) ? true : NOT_FLAGGED.has(folded) ? false : undefined;
}

/** A column of group markers, one per pupil; an unreadable marker names its row. */
export function readFlagColumn(grid: Grid, argumentName: string): boolean[] | CellError {
  if (grid.length === 0 || grid[0]!.length !== 1) {
    return new CellError('#VALUE!', `${argumentName} must be one column of markers (Y/N, TRUE/FALSE, 1/0, PP).`);
  }
  const flags: boolean[] = [];
  for (let row = 0; row < grid.length; row += 1) {
    const value = grid[row]![0];
    const flag = readFlag(value);
    if (flag === undefined) {
      return new CellError(
        '#VALUE!',
        `Row ${row + 1} of ${argumentName} has ${quote(value)}: use Y or N, TRUE or FALSE, 1 or 0, PP, or leave it blank.`,
      );
    }
    flags.push(flag);
  }
  return flags;
}
