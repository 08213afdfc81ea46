/** The page's side of the paint worker: one request at a time per call, answers matched by id. */
import type { Paint } from './colours';
import type { CellValue, PreviewRule } from './workbook';

type Answer = { id: number; painted?: (Paint | null)[][]; error?: string };

export function createPainter(workerUrl: string): (rows: CellValue[][], rules: PreviewRule[]) => Promise<(Paint | null)[][]> {
  const worker = new Worker(workerUrl);
  const waiting = new Map<number, { resolve: (painted: (Paint | null)[][]) => void; reject: (error: Error) => void }>();
  let next = 0;
  worker.onmessage = (event: MessageEvent<Answer>) => {
    const { id, painted, error } = event.data;
    const pending = waiting.get(id);
    waiting.delete(id);
    if (!pending) return;
    if (painted) pending.resolve(painted);
    else pending.reject(new Error(error ?? 'The paint worker gave no answer.'));
  };
  return (rows, rules) =>
    new Promise((resolve, reject) => {
      next += 1;
      waiting.set(next, { resolve, reject });
      worker.postMessage({ id: next, rows, rules });
    });
}
