/** Small readers over a detected layout, so each test states what a head of department would expect. */
import { expect } from 'vitest';
import type { ColumnRole, Layout, LayoutColumn } from '../../../core/layout';

/** The one column with this exact heading. */
export function column(layout: Layout, header: string): LayoutColumn {
  const found = layout.columns.filter((candidate) => candidate.header === header);
  expect(found, `exactly one column headed '${header}'`).toHaveLength(1);
  return found[0]!;
}

export const roleOf = (layout: Layout, header: string): ColumnRole => column(layout, header).role;

/** Every non-blank heading with its role; headings must be unique in the fixture. */
export const rolesByHeader = (layout: Layout): Record<string, ColumnRole> =>
  Object.fromEntries(layout.columns.filter((candidate) => candidate.header !== '').map((candidate) => [candidate.header, candidate.role]));

export const pairLabels = (layout: Layout): string[] => layout.pairs.map((pair) => pair.label);

/** Pairs as grade letter -> target letter, e.g. "F->E". */
export const pairLetters = (layout: Layout): string[] =>
  layout.pairs.map(
    (pair) =>
      `${layout.columns.find((c) => c.index === pair.grade)!.letter}->${layout.columns.find((c) => c.index === pair.target)!.letter}`,
  );

export const warningCodes = (layout: Layout): string[] => layout.warnings.map((warning) => warning.code);

export const warningFor = (layout: Layout, code: string) => {
  const found = layout.warnings.filter((warning) => warning.code === code);
  expect(found, `one '${code}' warning`).toHaveLength(1);
  return found[0]!;
};
