/**
 * The colours a sheet's conditional formats paint, worked out by HyperFormula from the rules'
 * own formula text: what Excel or Sheets would show. Each formula is written for the top-left
 * cell of its range with relative references, so it is placed once beside the data and then
 * copied and pasted across the range by HyperFormula itself, which moves the relative references
 * exactly as a spreadsheet does ($E4 keeps its column, F4 moves with the cell).
 *
 * Rules with the same range are asked in order in one formula (the first true rule wins, as in
 * both hosts); a rule whose formula gives an error is simply not true, as in a conditional format.
 */
import { HyperFormula } from 'hyperformula';
import { readA1Range } from '../../core/rules';
import type { CellValue, PreviewRule } from './workbook';

export interface Paint {
  fill: string;
  fontColor: string;
}

/** Text goes in with the apostrophe that keeps it text: "5" typed as text must not become a number. */
const asEngineValue = (value: CellValue | undefined): CellValue =>
  typeof value === 'string' ? (value === '' ? null : `'${value}`) : (value ?? null);

/** Consecutive rules over one range, asked in priority order. */
function groupsByRange(rules: readonly PreviewRule[]): PreviewRule[][] {
  const groups: PreviewRule[][] = [];
  for (const rule of rules) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.range === rule.range) last.push(rule);
    else groups.push([rule]);
  }
  return groups;
}

/** =IF(rule 1 true, 1, IF(rule 2 true, 2, ... 0)). FALSE() because HyperFormula has no FALSE literal. */
function whichRuleFormula(rules: readonly PreviewRule[]): string {
  const body = rules.reduceRight(
    (otherwise, rule, index) => `IF(IFERROR(AND(${rule.formula.replace(/^=/, '')}),FALSE()),${index + 1},${otherwise})`,
    '0',
  );
  return `=${body}`;
}

export function paintSheet(rows: readonly CellValue[][], rules: readonly PreviewRule[]): (Paint | null)[][] {
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const painted: (Paint | null)[][] = rows.map(() => new Array<Paint | null>(width).fill(null));
  if (rules.length === 0 || rows.length === 0) return painted;
  const engine = HyperFormula.buildFromSheets(
    { Sheet1: rows.map((row) => Array.from({ length: width }, (_, column) => asEngineValue(row[column]))) },
    { licenseKey: 'gpl-v3' },
  );
  try {
    const sheet = 0;
    let scratch = width + 1;
    for (const group of groupsByRange(rules)) {
      const range = readA1Range(group[0]!.range);
      if (typeof range === 'string') continue;
      const top = range.firstRow - 1;
      const height = Math.min(range.lastRow, rows.length) - top;
      const columns = range.lastColumn - range.firstColumn + 1;
      if (height <= 0) continue;
      engine.setCellContents({ sheet, row: top, col: scratch }, whichRuleFormula(group));
      fillFrom(engine, sheet, top, scratch, height, columns);
      for (let row = 0; row < height; row += 1) {
        for (let column = 0; column < columns; column += 1) {
          const which = engine.getCellValue({ sheet, row: top + row, col: scratch + column });
          const target = range.firstColumn - 1 + column;
          if (typeof which === 'number' && which > 0 && target < width && painted[top + row]![target] === null) {
            const rule = group[which - 1]!;
            painted[top + row]![target] = { fill: rule.fill, fontColor: rule.fontColor };
          }
        }
      }
      scratch += columns + 1;
    }
  } finally {
    engine.destroy();
  }
  return painted;
}

/** Copies the formula at (top, left) across `columns`, then doubles the filled rows down to `height`. */
function fillFrom(engine: HyperFormula, sheet: number, top: number, left: number, height: number, columns: number): void {
  engine.copy({ start: { sheet, row: top, col: left }, end: { sheet, row: top, col: left } });
  for (let column = 1; column < columns; column += 1) engine.paste({ sheet, row: top, col: left + column });
  for (let filled = 1; filled < height;) {
    const rowsToCopy = Math.min(filled, height - filled);
    engine.copy({ start: { sheet, row: top, col: left }, end: { sheet, row: top + rowsToCopy - 1, col: left + columns - 1 } });
    engine.paste({ sheet, row: top + filled, col: left });
    filled += rowsToCopy;
  }
}
