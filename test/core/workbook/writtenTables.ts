/** Reading a report back from the cells a host wrote, the way a person reads it: a table by its title, a column by its header. */
import { expect } from 'vitest';

export interface WrittenTable {
  header: unknown[];
  body: unknown[][];
  /** 0-based row just below the body: where the sentences about the table start, if it has any. */
  endRow: number;
}

/**
 * The table under the first row whose column A starts with `title`: its header row, then rows until a
 * blank row or a sentence alone in column A.
 */
export function writtenTable(values: readonly (readonly unknown[])[], title: string): WrittenTable {
  const titleRow = values.findIndex((row) => typeof row[0] === 'string' && row[0].startsWith(title));
  expect(titleRow, `no table titled '${title}'`).toBeGreaterThanOrEqual(0);
  const header = values[titleRow + 1]!.filter((cell) => cell !== '');
  let endRow = titleRow + 2;
  while (endRow < values.length && values[endRow]!.slice(1).some((cell) => cell !== '')) endRow += 1;
  const body = values.slice(titleRow + 2, endRow).map((row) => row.slice(0, header.length));
  return { header, body, endRow };
}

export function columnOf(table: WrittenTable, label: string): unknown[] {
  const index = table.header.indexOf(label);
  expect(index, `no column '${label}' in ${JSON.stringify(table.header)}`).toBeGreaterThanOrEqual(0);
  return table.body.map((row) => row[index]);
}
