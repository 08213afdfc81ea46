/**
 * Works out painted colours off the page's main thread: HyperFormula takes a second or more on a
 * wide tracker, and the panel beside the grid must stay usable meanwhile.
 */
import { paintSheet } from './colours';
import type { CellValue, PreviewRule } from './workbook';

interface PaintRequest {
  id: number;
  rows: CellValue[][];
  rules: PreviewRule[];
}

const scope = self as unknown as { onmessage: ((event: MessageEvent<PaintRequest>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event) => {
  const { id, rows, rules } = event.data;
  try {
    scope.postMessage({ id, painted: paintSheet(rows, rules) });
  } catch (problem) {
    scope.postMessage({ id, error: problem instanceof Error ? problem.message : String(problem) });
  }
};
