/**
 * Hand-built trackers for the report tests. The layout is written out column by column (role, subject,
 * collection) rather than detected, so these tests check the report's arithmetic and not detection.
 */
import { columnLetter, layoutSchema, type ColumnRole, type Layout } from '../../../core/layout';

export interface ColumnSpec {
  header: string;
  role: ColumnRole;
  subject?: string;
  collection?: string;
}

/** Shorthands: a flag or identity column, a subject's target, a subject's grade at a collection. */
export const col = (header: string, role: ColumnRole): ColumnSpec => ({ header, role });
export const target = (subject?: string): ColumnSpec => ({ header: subject ? `${subject} Target` : 'Target', role: 'target', subject });
export const grade = (collection: string, subject?: string): ColumnSpec => ({
  header: subject ? `${subject} ${collection}` : collection,
  role: 'grade',
  subject,
  collection,
});

/**
 * A layout with the header in `headerRow` (0-based; data start on the next row) and the first column at
 * `firstColumn`; each grade column pairs with its own subject's target.
 */
export function handLayout(specs: readonly ColumnSpec[], headerRow = 0, firstColumn = 0): Layout {
  const columns = specs.map((spec, position) => ({
    index: firstColumn + position,
    letter: columnLetter(firstColumn + position),
    header: spec.header,
    label: spec.header,
    role: spec.role,
    subject: spec.subject ?? null,
    collection: spec.role === 'grade' ? (spec.collection ?? spec.header) : null,
  }));
  const pairs = columns.flatMap((column) => {
    if (column.role !== 'grade') return [];
    const goal = columns.find((candidate) => candidate.role === 'target' && candidate.subject === column.subject);
    return goal ? [{ grade: column.index, target: goal.index, label: `${column.label} -> ${goal.label}` }] : [];
  });
  const distinct = (values: (string | null)[]) => [...new Set(values.filter((value): value is string => value !== null))];
  return layoutSchema.parse({
    version: 1,
    headerRow,
    dataStartRow: headerRow + 1,
    columns,
    pairs,
    subjects: distinct(columns.filter((column) => column.role === 'grade' || column.role === 'target').map((column) => column.subject)),
    collections: distinct(columns.map((column) => column.collection)),
    warnings: [],
  });
}

/** The layout and the sheet's values (header row first), as a host would hand them to buildReport. */
export function tracker(specs: readonly ColumnSpec[], body: readonly unknown[][]): { layout: Layout; rows: unknown[][] } {
  return { layout: handLayout(specs), rows: [specs.map((spec) => spec.header), ...body.map((row) => [...row])] };
}

/** n copies of a row. */
export const times = (n: number, row: readonly unknown[]): unknown[][] => Array.from({ length: n }, () => [...row]);
