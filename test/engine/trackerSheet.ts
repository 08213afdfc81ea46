/**
 * A Year 11 tracker as a school keeps it, plus helpers to type formulas into it and to compare
 * what the engine shows with what the core returns. Column I is both the maths tracker's RP3 and
 * the Maths column of the Attainment 8 block, so one changed grade moves statuses, gaps and A8.
 */
import { DetailedCellError, type HyperFormula, type RawCellContent, type SimpleCellAddress } from 'hyperformula';
import { isCellError, type CellOutput, type Result } from '../../core';
import { HOST_PASSES, type Host } from '../support/hyperformulaPlugin';

export const HEADERS = [
  'UPN',
  'Name',
  'PP',
  'KS2 Reading',
  'KS2 Maths',
  'Target',
  'Maths (RP1)',
  'Maths (RP2)',
  'Maths (RP3)',
  'Eng Lang',
  'Eng Lit',
  'Combined Science',
  'History',
  'French',
  'Art',
  'BTEC Sport',
];

// UPN | Name | PP | KS2 reading | KS2 maths | Target | RP1 | RP2 | RP3 | Eng Lang | Eng Lit | Comb Sci | History | French | Art | BTEC
// Row 2 is the worked example (KS2 104/106 ... L2M: A8 55.5, P8 1.00). Row 13 holds the
// junk '5++' in RP1; rows 7 and 25 have no KS2 or no target; row 18 has no grades this year.
const PUPILS = `
K801200000011|Amira Hussain|Y|104|106|5|5-|5|5|6|5|5-5|6||7|L2M
K801200000022|Ben Carter|N|98|101|4|4|4+|4|4|4-|4-4|||5|L2P
K801200000033|Chloe Okafor||110|112|7|6+|7-|7|7|7|7-7|8|7|6|
K801200000044|Daniel Nowak|Y|92|95|5|3|3+|4|3|3|4-3|4||5|L1M
K801200000055|Ella Thompson|N|115|117|8|8-|8|8+|8|8|8-8|9|8||
K801200000066|Faisal Rahman|Y|||5|4|4/5|5-|4|4|5-4||4||L2P
K801200000077|Grace Li||108|109|6|6|6-|6+|6|6|6-5|6|6|7|
K801200000088|Harry Wilson|N|95|93|4|4-|3+|3|3|3|3-3||||L1P
K801200000099|Isla Murphy|N|101|103|5||5|5/6|5|6|5-5|5|||L2M
K801200000100|Jakub Kowalski|Y|89|91|3|2+|3-|3|3|2|3-2|||4|L1M
K801200000111|Keira Evans||112|108|7|7|7|6|7|7|7-6|7|6|8|
K801200000122|Leo Adeyemi|N|103|99|5|5++|5|5+|5|5|5-5|5||6|L2M
K801200000133|Maya Patel|N|117|119|8|8|8+|9|9|8|9-8|9|9|9|
K801200000144|Noah Brown|Y|96|98|4|4|U|4-|4|3|4-4|||3|L2P
K801200000155|Olivia Green|N|106|104|5|6|6|6|6|6|6-6|6|5|7|
K801200000166|Patrick O'Neill|N|100|100|4|4|4|4+|4|4|4-4|4||5|L2P
K801200000177|Quinn Taylor||99|97|4||||||||||
K801200000188|Rhys Jones|Y|94|90|3|3|3|2|3|3|3-3|3|||L1P
K801200000199|Sofia Rossi|N|113|114|7|7|7+|8-|8|7|7-7|8|8|7|
K801200000200|Tom Harris|N|99|102|4|4-||4|5|4|4-4|4||5|
K801200000211|Uma Shah|N|107|111|6|6|6|7-|6|6|6-6|7|6|6|
K801200000222|Victor Mensah|Y|97|99|4|3+|4|4|4|4|4-4|5||4|L2P
K801200000233|Willow King|N|102|101|5|5|5-|5|5|5|5-5||5|6|L2M
K801200000244|Xavier Lopez|N|91|94||3|3|3+|3|2|3-3|3|||L1M
K801200000255|Yasmin Ali|Y|105|103|5|5|5|5|5|5|5-5|5|5|6|
K801200000266|Zach Cooper|N|111|110|6|7|7|7|6|6|7-6|6||7|L2D
K801200000277|Aaliyah Begum|N|100|98|4|4|4|4|4|4|4-4|4|X|5|L2M
K801200000288|Callum Reid|Y|93|96|4|4|4-|3|3|3|3-3|||4|L1M
K801200000299|Dylan Price|N|116|113|8|8|8|8|7|8|8-8|8|8||
K801200000300|Freya Hughes|N|104|105|5|5+|5|5|5|5|5-5|5||6|L2M`;

/** As typed: whole numbers are numbers, everything else text, an empty field an empty cell. */
const asTyped = (field: string): RawCellContent => (field === '' ? null : /^\d+$/.test(field) ? Number(field) : field);

export function trackerGrid(): RawCellContent[][] {
  const rows = PUPILS.trim()
    .split('\n')
    .map((line) => line.split('|').map(asTyped));
  return [HEADERS, ...rows];
}

/** Column letters and 1-based rows, as users write them. */
function parseCell(a1: string): { col: number; row: number } {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = [...letters!].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { col, row: Number(digits) - 1 };
}

export const at = (a1: string): SimpleCellAddress => ({ sheet: 0, ...parseCell(a1) });

/** A block of the grid exactly as `host` would pass it to a custom function. */
export function hostBlock(grid: RawCellContent[][], range: string, host: Host): unknown[][] {
  const [start, end] = range.split(':').map(parseCell) as [{ col: number; row: number }, { col: number; row: number }];
  const rows = grid.slice(start.row, end.row + 1);
  return rows.map((row) => Array.from({ length: end.col - start.col + 1 }, (_, i) => row[start.col + i] ?? HOST_PASSES[host].emptyCell));
}

/** Types formulas one by one into a live sheet, as a teacher would (so spills are sized from real data). */
export function typeFormulas(engine: HyperFormula, formulas: Record<string, string>): void {
  for (const [cell, formula] of Object.entries(formulas)) engine.setCellContents(at(cell), formula);
}

/** One cell in a form both sides share: an error is its code and message. */
export type Shown = number | string | boolean | null | { error: string; message: string };

export const fromCore = (value: CellOutput): Shown => (isCellError(value) ? { error: value.code, message: value.message } : value);

export function shownAt(engine: HyperFormula, address: SimpleCellAddress): Shown {
  const value = engine.getCellValue(address);
  return value instanceof DetailedCellError ? { error: value.value, message: value.message } : value;
}

/** The core's answer as a grid of shown cells (a single value is a 1 x 1 grid). */
export const expectedFrom = (result: Result): Shown[][] =>
  Array.isArray(result) ? result.map((row) => row.map(fromCore)) : [[fromCore(result)]];

/**
 * What the engine shows from `anchor`: the whole spill, found by walking the array cells, so a
 * spill one row too short or too long shows up as a different shape.
 */
export function spillAt(engine: HyperFormula, anchor: string): Shown[][] {
  const start = at(anchor);
  const inSpill = (rowOffset: number, colOffset: number) =>
    engine.isCellPartOfArray({ sheet: 0, row: start.row + rowOffset, col: start.col + colOffset });
  let rows = 1;
  let cols = 1;
  while (inSpill(rows, 0)) rows += 1;
  while (inSpill(0, cols)) cols += 1;
  return Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => shownAt(engine, { sheet: 0, row: start.row + r, col: start.col + c })),
  );
}
