/** Reading a report sheet plan back the way a person would: find a table by its title, read a cell, ask its number format. */
import { expect } from 'vitest';
import type { ReportSheetPlan } from '../../../core/reportSheet';
import { readA1Range, type A1Range } from '../../../core/rules';

export const range = (address: string): A1Range => {
  const parsed = readA1Range(address);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
};

const contains = (box: A1Range, row: number, column: number) =>
  row >= box.firstRow && row <= box.lastRow && column >= box.firstColumn && column <= box.lastColumn;

/** Every number format given to the cell at 1-based (row, column); a cell should have at most one. */
export function formatsAt(plan: ReportSheetPlan, row: number, column: number): string[] {
  return plan.numberFormats.flatMap(({ format, ranges }) =>
    ranges.filter((entry) => contains(range(entry.address), row, column)).map(() => format),
  );
}

/** 1-based row of the first row whose column A is exactly `title` (or starts with it, for titles with a collection in them). */
export function rowOf(plan: ReportSheetPlan, title: string): number {
  const index = plan.values.findIndex((row) => row[0] === title || (typeof row[0] === 'string' && row[0].startsWith(title)));
  expect(index, `no row starts with '${title}'`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

/** A table below its title row: header labels, then body rows until a blank row or a sentence (text in column A alone). */
export function tableAt(plan: ReportSheetPlan, title: string): { headerRow: number; header: unknown[]; body: unknown[][] } {
  const headerRow = rowOf(plan, title) + 1;
  const header = plan.values[headerRow - 1]!.filter((cell) => cell !== '');
  const body: unknown[][] = [];
  for (let r = headerRow; r < plan.values.length && plan.values[r]!.slice(1).some((cell) => cell !== ''); r += 1)
    body.push(plan.values[r]!.slice(0, header.length));
  return { headerRow, header, body };
}

/** Column position (0-based) of a header label in a table. */
export const columnIn = (table: { header: unknown[] }, label: string): number => {
  const index = table.header.indexOf(label);
  expect(index, `no column '${label}'`).toBeGreaterThanOrEqual(0);
  return index;
};

export const formatRangeCount = (plan: ReportSheetPlan): number =>
  plan.numberFormats.reduce((total, entry) => total + entry.ranges.length, 0);

/** Every number has exactly one number format; no text has one (a note in a number column would be a misplaced cell). */
export function expectFormatsOnNumbersOnly(plan: ReportSheetPlan): void {
  plan.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const formats = formatsAt(plan, r + 1, c + 1);
      if (typeof value === 'number') expect(formats, `${value} at row ${r + 1}, column ${c + 1}`).toHaveLength(1);
      else if (value !== '') expect(formats, `'${String(value)}' at row ${r + 1}, column ${c + 1}`).toEqual([]);
    }),
  );
}
