/** Small readers over a detected layout, so each test states what a head of department would expect. */
import { expect } from 'vitest';
import {
  COLUMN_ROLES,
  detectLayout,
  GRADE_KINDS,
  validateLayout,
  type ColumnRole,
  type Layout,
  type LayoutColumn,
} from '../../../core/layout';

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

/**
 * A header set as a school pastes it, and every reading a head of department would give it. `columns` holds
 * "Heading = role" for every column, ' | ' between columns and "(blank)" for an empty heading; a grade column gives its
 * kind in place of its role ("Y11 Ma Aut WAG = workingAt", "RP1 = grade" where the heading names no kind).
 */
export interface HeaderSet {
  name: string;
  /** Rows above the headings (titles, a merged band of subjects or collections), ' | ' between cells. */
  above?: string[];
  columns: string[];
  /** Pupils' rows below the headings, ' | ' between cells. */
  pupils?: string[];
  /** Every pair, as the panel lists them. */
  pairs: string[];
  /** Every warning's code, in order; none when left out. */
  warnings?: string[];
  subjects?: string[];
  collections?: string[];
}

const cells = (line: string): string[] => line.split(' | ');

const readingOf = (column: LayoutColumn): string => (column.role === 'grade' ? (column.kind ?? 'grade') : column.role);

/** Detects the set's sheet and checks every column's role and kind, every pair and every warning, then that it loads again. */
export function expectReading(set: HeaderSet): Layout {
  const specs = set.columns.flatMap(cells).map((spec) => {
    const at = spec.lastIndexOf(' = ');
    return { heading: spec.slice(0, at), reading: spec.slice(at + 3) };
  });
  for (const { reading } of specs) expect([...COLUMN_ROLES, ...GRADE_KINDS], `'${reading}' is a role or a grade kind`).toContain(reading);
  const above = (set.above ?? []).map(cells);
  const headings = specs.map(({ heading }) => (heading === '(blank)' ? '' : heading));
  const rows = [...above, headings, ...(set.pupils ?? []).map(cells)];
  const layout = detectLayout(rows);
  expect(layout.headerRow).toBe(above.length);
  expect(layout.columns.map((found) => `${found.header || '(blank)'} = ${readingOf(found)}`)).toEqual(
    specs.map(({ heading, reading }) => `${heading} = ${reading}`),
  );
  expect(pairLabels(layout)).toEqual(set.pairs);
  expect(warningCodes(layout)).toEqual(set.warnings ?? []);
  if (set.subjects) expect(layout.subjects).toEqual(set.subjects);
  if (set.collections) expect(layout.collections).toEqual(set.collections);
  expect(validateLayout(JSON.parse(JSON.stringify(layout)), rows).ok).toBe(true);
  return layout;
}
