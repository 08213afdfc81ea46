/**
 * Test support: evaluates conditional-format formulas in HyperFormula the way a spreadsheet
 * applies them. A rule's formula is written for the top-left cell of its range, and each other
 * cell sees it with its relative references moved by that cell's offset. Here the formula is
 * typed once into the top-left cell of an output block that sits straight below the data (same
 * columns), then copied and pasted across the block, so HyperFormula itself moves the references:
 * output cell (r + offset, c) holds the rule as the data cell (r, c) would evaluate it.
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';

export interface Block {
  /** 0-based top-left of the range the rules apply to. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

const LICENCE = { licenseKey: 'gpl-v3' } as const;

/** Text exactly as typed: HyperFormula, like the hosts, would read '5', '+5' or '50%' as numbers. */
export function asTypedCell(value: unknown): RawCellContent {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return `'${value}`;
  return value as RawCellContent;
}

/** Fills `rows x cols` from the one formula at (row, col) by doubling copy-and-paste. */
function fillFromCorner(hf: HyperFormula, sheet: number, row: number, col: number, rows: number, cols: number): void {
  for (let filled = 1; filled < cols; filled *= 2) {
    const width = Math.min(filled, cols - filled);
    hf.copy({ start: { sheet, row, col }, end: { sheet, row, col: col + width - 1 } });
    hf.paste({ sheet, row, col: col + filled });
  }
  for (let filled = 1; filled < rows; filled *= 2) {
    const height = Math.min(filled, rows - filled);
    hf.copy({ start: { sheet, row, col }, end: { sheet, row: row + height - 1, col: col + cols - 1 } });
    hf.paste({ sheet, row: row + filled, col });
  }
}

export interface RuleSheet {
  hf: HyperFormula;
  /** What each formula gives at each cell of the block: results[formula][row][col]. */
  results: unknown[][][];
  /** The formula HyperFormula holds for data cell (row, col) of the block under `formula`. */
  formulaAt(formula: number, row: number, col: number): string | undefined;
}

export function evaluateRules(data: RawCellContent[][], block: Block, formulas: readonly string[]): RuleSheet {
  const dataRows = Math.max(data.length, block.row + block.rows);
  const hf = HyperFormula.buildFromArray(data, LICENCE);
  const sheet = 0;
  const offsets = formulas.map((_, index) => (index + 1) * (dataRows + 1));
  formulas.forEach((formula, index) => {
    const row = block.row + offsets[index]!;
    hf.setCellContents({ sheet, row, col: block.col }, [[formula]]);
    fillFromCorner(hf, sheet, row, block.col, block.rows, block.cols);
  });
  const results = offsets.map((offset) =>
    hf.getRangeValues({
      start: { sheet, row: block.row + offset, col: block.col },
      end: { sheet, row: block.row + offset + block.rows - 1, col: block.col + block.cols - 1 },
    }),
  );
  const formulaAt = (formula: number, row: number, col: number) =>
    hf.getCellFormula({ sheet, row: block.row + offsets[formula]! + row, col: block.col + col });
  return { hf, results, formulaAt };
}
