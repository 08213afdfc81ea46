/**
 * Checks a layout the user has edited in the panel (or one loaded from the document) against the sheet
 * as it is now, and says plainly what cannot work. Nothing is silently dropped or changed.
 */
import { columnLetter } from '../workbook/a1';
import { analyseColumns, DETECTION_WARNINGS } from './analyse';
import { asRows } from './headerRow';
import { nameColumns, warning } from './messages';
import { labelPairs } from './pairing';
import { repeatedHeadingWarnings } from './repeatedHeadings';
import { layoutSchema, type Layout, type LayoutWarning } from './schema';
import { originOf, shortHeader, widthOf, type DetectOptions } from './detect';
import { headerText } from './tokens';

export type LayoutCheck = { ok: true; layout: Layout } | { ok: false; errors: string[] };

/** A cleared subject or collection box arrives as '' or spaces: that means "none", not an error. */
function emptyTextAsNone(candidate: unknown): unknown {
  if (typeof candidate !== 'object' || candidate === null || !Array.isArray((candidate as { columns?: unknown }).columns))
    return candidate;
  const columns = (candidate as { columns: unknown[] }).columns.map((column) => {
    if (typeof column !== 'object' || column === null) return column;
    const copy = { ...(column as Record<string, unknown>) };
    for (const field of ['subject', 'collection'])
      if (typeof copy[field] === 'string' && (copy[field] as string).trim() === '') copy[field] = null;
    return copy;
  });
  return { ...candidate, columns };
}

function describePath(path: readonly PropertyKey[], candidate: unknown): string {
  const [list, position] = path;
  const columns = (candidate as { columns?: { letter?: unknown }[] })?.columns;
  if (list === 'columns' && typeof position === 'number') {
    const letter = columns?.[position]?.letter;
    return typeof letter === 'string' ? `Column ${letter}` : `Column entry ${position + 1}`;
  }
  if (list === 'pairs' && typeof position === 'number') return `Pair ${position + 1}`;
  return path.length > 0 ? path.map(String).join(' ') : 'The layout';
}

export function validateLayout(edited: unknown, topRows: unknown[][], options?: DetectOptions): LayoutCheck {
  const candidate = emptyTextAsNone(edited);
  const parsed = layoutSchema.safeParse(candidate);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${describePath(issue.path, candidate)}: ${issue.message}`) };
  }
  const layout = parsed.data;
  const { firstRow, firstColumn } = originOf(options);
  const rows = asRows(topRows);
  const width = widthOf(rows, firstColumn);
  const errors: string[] = [];
  const headerAt = layout.headerRow === null ? -1 : layout.headerRow - firstRow;
  if (layout.headerRow === null) {
    if (layout.columns.length > 0) errors.push('Choose the header row before setting what its columns hold.');
  } else if (headerAt < 0 || headerAt >= rows.length) {
    errors.push(
      rows.length === 0
        ? 'The sheet is empty, so it has no header row: add headings and detect again.'
        : `The header row is set to row ${layout.headerRow + 1}, ` +
            `but only rows ${firstRow + 1} to ${firstRow + rows.length} were read: choose a row in that range.`,
    );
  }
  const lastLetter = width > 0 ? columnLetter(firstColumn + width - 1) : null;
  for (const column of layout.columns) {
    const at = column.index - firstColumn;
    if (at < 0 || at >= width) {
      errors.push(
        lastLetter === null
          ? `Column ${column.letter} ('${column.label}') is outside the sheet, which is empty.`
          : `Column ${column.letter} ('${column.label}') is outside the sheet, ` +
              `which runs from ${columnLetter(firstColumn)} to ${lastLetter}: remove it or detect again.`,
      );
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const headerCells = headerAt >= 0 ? rows[headerAt]! : [];
  const moved = layout.columns.filter((column) => shortHeader(headerText(headerCells[column.index - firstColumn])) !== column.header);
  const kept = layout.warnings.filter((item) => DETECTION_WARNINGS.has(item.code) && item.code !== 'changedHeading');
  if (moved.length > 0) {
    kept.push(
      warning(
        'changedHeading',
        'warning',
        `The headings of ${nameColumns(moved)} are not what they were when the layout was saved ` +
          "(columns may have been inserted or moved): detect the layout again, or check those columns' roles.",
        moved,
      ),
    );
  }
  return { ok: true, layout: withUserPairs(layout, kept) };
}

/** Roles re-analysed, the user's own pairs kept (labels refreshed), and unpaired grade columns named. */
function withUserPairs(layout: Layout, kept: LayoutWarning[]): Layout {
  const derived = analyseColumns(layout.columns, kept);
  const pairs = labelPairs(layout.pairs, derived.columns);
  const paired = new Set(pairs.map((pair) => pair.grade));
  const unpaired = derived.columns.filter((column) => column.role === 'grade' && !paired.has(column.index));
  // These depend on the pairs, which are the user's here, not the ones analysis would choose.
  const warnings = derived.warnings.filter(
    (item) => !['ambiguousTarget', 'positionalPairs', 'unpairedGrades', 'duplicateHeading', 'workingAtUnpaired'].includes(item.code),
  );
  warnings.push(...repeatedHeadingWarnings(derived.columns, pairs));
  if (unpaired.length > 0 && derived.columns.some((column) => column.role === 'target')) {
    warnings.push(
      warning(
        'unpairedGrades',
        'warning',
        `${nameColumns(unpaired)} ${unpaired.length === 1 ? 'has' : 'have'} no target pair, so ${unpaired.length === 1 ? 'it' : 'they'} ` +
          `will not be coloured: pair ${unpaired.length === 1 ? 'it' : 'them'} with a target in the panel.`,
        unpaired,
      ),
    );
  }
  return layoutSchema.parse({ ...layout, ...derived, pairs, warnings });
}

/**
 * After the user changes a column's role or subject: pairs, subjects, collections and warnings worked
 * out again from the columns, exactly as detection would, replacing any pairs chosen by hand.
 */
export function rebuildPairs(layout: Layout): Layout {
  const kept = layout.warnings.filter((item) => DETECTION_WARNINGS.has(item.code));
  return layoutSchema.parse({ ...layout, ...analyseColumns(layout.columns, kept) });
}
