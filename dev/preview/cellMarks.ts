/**
 * What a cell of the preview carries beside its value, for the grid to mark and a test to read back:
 * the data validation over it (Tracklight's grade check or the school's own) and the protected range
 * over it (the collection a Tracklight lock locks, or the school's), told apart by the core's marks.
 */
import { lockedCollectionOf } from '../../core/locking/lockMark';
import { isTracklightGradeCheck } from '../../core/validation/gradeCheckMark';
import type { A1Range } from '../../core/workbook/a1';
import { box } from './areas';
import type { PreviewSheet } from './sheet';

export interface CellMarks {
  validation?: 'tracklight' | 'school';
  /** The collection Tracklight locks the cell for, or 'school'. */
  lock?: string;
}

const inside = (area: A1Range, row: number, column: number) =>
  area.firstRow <= row && row <= area.lastRow && area.firstColumn <= column && column <= area.lastColumn;

/** The marks of the sheet's cells, by 0-based row and column. */
export function cellMarker(sheet: PreviewSheet): (row: number, column: number) => CellMarks {
  const checks = (sheet.validations ?? []).map((each) => ({
    area: box(each.range),
    mark: isTracklightGradeCheck(each.helpText) ? ('tracklight' as const) : ('school' as const),
  }));
  const locks = (sheet.protections ?? []).map((each) => ({
    area: box(each.range),
    mark: lockedCollectionOf(each.description) ?? 'school',
  }));
  const at = <T>(areas: { area: A1Range; mark: T }[], row: number, column: number) =>
    areas.find(({ area }) => inside(area, row + 1, column + 1))?.mark;
  return (row, column) => ({ validation: at(checks, row, column), lock: at(locks, row, column) });
}
