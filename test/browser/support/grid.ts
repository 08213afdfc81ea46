/**
 * Reading the preview back from the DOM, as a person would see it: each cell's text, the type of
 * value it holds, and the colours the browser actually painted (computed style, not our own data).
 * Expected colours come from the core's ON_TRACK, computed here from the same values.
 */
import type { Page } from 'playwright-core';
import { functions, type Status } from '../../../core';
import type { FunctionLibrary } from '../../../core/functions';
import { PALETTES, type PaletteName } from '../../../core/rules';

export interface GridCell {
  row: number;
  col: number;
  type: 'blank' | 'number' | 'text' | 'boolean';
  text: string;
  /** '#rrggbb', or null where nothing is painted. */
  fill: string | null;
  font: string;
}

export interface Grid {
  sheet: string;
  cells: GridCell[][];
}

export async function waitForGrid(page: Page, sheet?: string): Promise<void> {
  const selector =
    sheet === undefined ? '#pv-grid[data-state=ready]' : `#pv-grid[data-state=ready][data-sheet="${sheet.replace(/"/g, '\\"')}"]`;
  await page.waitForSelector(selector, { timeout: 30_000 });
}

export async function readGrid(page: Page): Promise<Grid> {
  await waitForGrid(page);
  return page.evaluate(() => {
    const hex = (rgb: string): string | null => {
      const parts = rgb.match(/\d+(\.\d+)?/g)?.map(Number) ?? [];
      if (parts.length === 4 && parts[3] === 0) return null;
      return `#${parts
        .slice(0, 3)
        .map((part) => part.toString(16).padStart(2, '0'))
        .join('')}`;
    };
    const table = document.getElementById('pv-grid')!;
    const cells = Array.from(table.querySelectorAll('tbody tr'), (line) =>
      Array.from(line.querySelectorAll('td'), (cell) => {
        const style = getComputedStyle(cell);
        return {
          row: Number(cell.dataset.row),
          col: Number(cell.dataset.col),
          type: cell.dataset.type as GridCell['type'],
          text: cell.textContent ?? '',
          fill: hex(style.backgroundColor),
          font: hex(style.color) ?? '',
        };
      }),
    );
    return { sheet: table.dataset.sheet ?? '', cells };
  });
}

/** The value the cell holds, rebuilt from its text and type. */
export function cellValue(cell: GridCell | undefined): unknown {
  if (!cell || cell.type === 'blank') return null;
  if (cell.type === 'number') return Number(cell.text);
  if (cell.type === 'boolean') return cell.text === 'true';
  return cell.text;
}

export function onTrack(grade: unknown, target: unknown, tolerance: number, library: FunctionLibrary = functions): Status | null {
  const answer = library.ON_TRACK([[grade]], [[target]], tolerance) as unknown[][];
  const status = answer[0]![0];
  return typeof status === 'string' && status !== '' ? (status as Status) : null;
}

/** A grade column and the column its colours are worked out against (a target, or that collection's expected grade). */
export interface ColumnPair {
  grade: number;
  target: number;
}

export interface PairCheckOptions {
  pairs: ColumnPair[];
  firstRow: number;
  tolerance: number;
  palette: PaletteName;
  /** The functions of the school's grade scale (createFunctions(settings)); the built-in GCSE scale by default. */
  library?: FunctionLibrary;
}

/**
 * Checks every cell of the paired grade columns below the header: painted exactly in the palette's fill
 * for ON_TRACK's status against its own pair's target (text colour too), unpainted where ON_TRACK is
 * blank or an error. Returns how many cells had each status, so a caller can see the check was not vacuous.
 */
export function mismatchesWithPairs(grid: Grid, { pairs, firstRow, tolerance, palette, library = functions }: PairCheckOptions) {
  const counts: Record<string, number> = {};
  const mismatches: string[] = [];
  for (const line of grid.cells.slice(firstRow)) {
    for (const pair of pairs) {
      const cell = line[pair.grade]!;
      const status = onTrack(cellValue(cell), cellValue(line[pair.target]), tolerance, library);
      counts[status ?? 'none'] = (counts[status ?? 'none'] ?? 0) + 1;
      const expected = status ? PALETTES[palette].colours[status] : null;
      const fine = expected
        ? cell.fill === expected.fill.toLowerCase() && cell.font === expected.fontColor.toLowerCase()
        : cell.fill === null;
      if (!fine)
        mismatches.push(
          `row ${cell.row + 1} col ${cell.col}: '${cell.text}' vs target '${line[pair.target]?.text}' ` +
            `is ${status ?? 'blank'}, painted ${cell.fill}`,
        );
    }
  }
  return { counts, mismatches };
}

/** As mismatchesWithPairs, for a sheet whose grade columns all share one target column. */
export function mismatchesWithOnTrack(
  grid: Grid,
  options: { gradeColumns: number[]; targetColumn: number; firstRow: number; tolerance: number; palette: PaletteName },
) {
  const { gradeColumns, targetColumn, ...rest } = options;
  return mismatchesWithPairs(grid, { ...rest, pairs: gradeColumns.map((grade) => ({ grade, target: targetColumn })) });
}

/** Values only (text and type), to prove an action left every value as it was. */
export const valuesOf = (grid: Grid): string[][] => grid.cells.map((line) => line.map((cell) => `${cell.type}:${cell.text}`));

export async function statusLines(page: Page, section = '.tl-actions'): Promise<string[]> {
  return page.locator(`${section} .tl-status-lines li`).allTextContents();
}

/** Waits until the section's live region has a line matching `pattern`, and returns all its lines. */
export async function waitForLine(page: Page, pattern: RegExp, section = '.tl-actions'): Promise<string[]> {
  await page.locator(`${section} .tl-status-lines li`).filter({ hasText: pattern }).first().waitFor({ timeout: 30_000 });
  return statusLines(page, section);
}
