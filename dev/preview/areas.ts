/** The preview's reading of an A1 range, and whether two overlap: what its validation and locks are placed and compared by. */
import { readA1Range, type A1Range } from '../../core/workbook/a1';

/** The range `address` names; an address the core planned is always readable, so anything else is a bug worth stopping on. */
export function box(address: string): A1Range {
  const read = readA1Range(address);
  if (typeof read === 'string') throw new Error(`The preview could not read the range '${address}': ${read}`);
  return read;
}

export const overlap = (a: A1Range, b: A1Range): boolean =>
  a.firstRow <= b.lastRow && b.firstRow <= a.lastRow && a.firstColumn <= b.lastColumn && b.firstColumn <= a.lastColumn;
