/**
 * Test support: where a printed sheet's cells are on a rendered page, and what colour each shows.
 * The sheet has uniform columns and rows and a marker colour in the column right of its cells
 * and the row below them (colouredTracker.ts). On the page the marker is an L:
 *   - its leftmost pixel is the sheet's left edge, its topmost pixel the sheet's top edge;
 *   - along the first row, the marker starts at the sheet's right edge;
 *   - down the first column, the marker starts at the sheet's bottom edge.
 * The edges divided by the column and row counts give each cell's box. The marker column and
 * row are themselves a cell wide and a cell high, which checks that the grid really is uniform.
 */
import type { RgbImage } from './png';

type Rgb = readonly [number, number, number];

export interface PageGrid {
  left: number;
  top: number;
  cellWidth: number;
  cellHeight: number;
}

const same = (a: Rgb, b: Rgb) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2];
export const toHex = (rgb: Rgb) => `#${rgb.map((channel) => channel.toString(16).padStart(2, '0').toUpperCase()).join('')}`;

function firstMarker(image: RgbImage, marker: Rgb, along: 'x' | 'y', at: number): number {
  const length = along === 'x' ? image.width : image.height;
  for (let position = 0; position < length; position += 1) {
    if (same(along === 'x' ? image.pixel(position, at) : image.pixel(at, position), marker)) return position;
  }
  return -1;
}

function lastMarker(image: RgbImage, marker: Rgb, along: 'x' | 'y', at: number, from: number): number {
  let position = from;
  const length = along === 'x' ? image.width : image.height;
  while (position + 1 < length && same(along === 'x' ? image.pixel(position + 1, at) : image.pixel(at, position + 1), marker))
    position += 1;
  return position;
}

const fromHex = (hex: string): Rgb => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as unknown as Rgb;

/** The cells' boxes on `image`, for a sheet of `columns` x `rows` cells with the `markerHex` L beside it. */
export function locateGrid(image: RgbImage, markerHex: string, columns: number, rows: number): PageGrid {
  const marker = fromHex(markerHex);
  let left = Infinity;
  let top = Infinity;
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      if (same(image.pixel(x, y), marker)) {
        left = Math.min(left, x);
        top = Math.min(top, y);
      }
    }
  }
  if (!Number.isFinite(left)) throw new Error('The marker colour is nowhere on the page: the sheet was not printed as expected');
  // A few pixels in from the outer ends, clear of anti-aliased edges.
  const right = firstMarker(image, marker, 'x', top + 2);
  const bottom = firstMarker(image, marker, 'y', left + 2);
  const grid = { left, top, cellWidth: (right - left) / columns, cellHeight: (bottom - top) / rows };
  const markerWidth = lastMarker(image, marker, 'x', top + 2, right) + 1 - right;
  const markerHeight = lastMarker(image, marker, 'y', left + 2, bottom) + 1 - bottom;
  if (Math.abs(markerWidth - grid.cellWidth) > 2 || Math.abs(markerHeight - grid.cellHeight) > 2) {
    throw new Error(
      `The marker is ${markerWidth}x${markerHeight} px ` +
        `but cells come out ${grid.cellWidth.toFixed(1)}x${grid.cellHeight.toFixed(1)} px: ` +
        'the columns or rows are not uniform on the page',
    );
  }
  return grid;
}

/**
 * The colour most pixels show in the middle half of a cell (each way): the fill, whatever text
 * sits on it, since a grade's few glyph pixels are far fewer than its fill's.
 */
export function cellColour(image: RgbImage, grid: PageGrid, row: number, column: number): { hex: string; share: number } {
  const counts = new Map<string, number>();
  const [x0, x1] = [grid.left + (column + 0.25) * grid.cellWidth, grid.left + (column + 0.75) * grid.cellWidth].map(Math.round) as [
    number,
    number,
  ];
  const [y0, y1] = [grid.top + (row + 0.25) * grid.cellHeight, grid.top + (row + 0.75) * grid.cellHeight].map(Math.round) as [
    number,
    number,
  ];
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      const hex = toHex(image.pixel(x, y));
      counts.set(hex, (counts.get(hex) ?? 0) + 1);
    }
  }
  const [hex, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return { hex, share: count / ((x1 - x0) * (y1 - y0)) };
}
