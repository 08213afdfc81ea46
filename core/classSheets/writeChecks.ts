/**
 * The checks a host runs while it writes class sheets, decided here so every host refuses the same
 * things with the same words. A plan is made from one read of the workbook; by the time it is
 * written a teacher may have typed in a class sheet, so each sheet is checked again just before its
 * own write, and a sheet that fails is left exactly as it is while the others go ahead.
 */
import { columnLetter, readA1Range, type A1Range } from '../workbook/a1';
import { cellFingerprint } from './mark';
import { MANAGED_CELLS, protectedClassSheet, type ClassSheetFacts } from './ownership';
import type { ClassSheet } from './plan';

/** What a host did with a class sheets plan: every planned sheet is in exactly one of the first two lists. */
export interface ClassSheetsOutcome {
  /** Sheets whose A1 and A2 now hold the plan's formulas. */
  written: string[];
  notWritten: { name: string; reason: string }[];
  /** Anything else that went wrong on a written sheet (its colours), one sentence each. */
  problems: string[];
}

const AGAIN = 'Make the class sheets again to plan them afresh.';

/** Why the planned sheet must not be written now, or null. `now` is the sheet of that name as it is now. */
export function writeProblem(planned: ClassSheet, now: ClassSheetFacts | undefined): string | null {
  const name = `'${planned.name}'`;
  if (planned.isNew) {
    return now
      ? `A sheet called ${name} was added after Tracklight planned the class sheets, ` +
          `and Tracklight never writes over a sheet it did not make, so it was not written. ${AGAIN}`
      : null;
  }
  if (!now)
    return `The class sheet ${name} is no longer in this workbook (it may have been renamed or deleted), so it was not updated. ${AGAIN}`;
  if (now.isProtected) return protectedClassSheet('The class sheet', planned.name);
  const expected = planned.expected ?? { mark: null, managed: ['', ''] };
  const changed = MANAGED_CELLS.filter((_, i) => now.managed[i] !== expected.managed[i]);
  if (changed.length > 0)
    return (
      `${name} was edited by hand (${changed.join(' and ')}) after Tracklight planned the class sheets, ` +
      `so it was not updated. ${AGAIN}`
    );
  if (planned.expected === null || now.mark !== expected.mark)
    return `The Tracklight mark on ${name} changed after Tracklight planned the class sheets, so it was not updated. ${AGAIN}`;
  return null;
}

/**
 * `values` are the cells of planned.spillArea, from A1. `spilled` are the ranges the sheet's own A1
 * and A2 spill into now, where the host can tell (Excel's getSpillingToRangeOrNullObject); a host
 * that cannot empties A1 and A2 before reading instead. Whatever else is there was typed, and would
 * stop the live table spilling (#SPILL! in Excel, #REF! in Google Sheets). Returns the sentence
 * naming the first such cell, or null when the area is clear.
 */
export function spillProblem(
  planned: ClassSheet,
  values: readonly (readonly unknown[])[],
  spilled: readonly string[] = [],
): string | null {
  const ours = spilled
    .map((address) => readA1Range(address.slice(address.lastIndexOf('!') + 1)))
    .filter((range): range is A1Range => typeof range !== 'string');
  const isOurs = (row: number, column: number) =>
    (column === 1 && row <= 2) ||
    ours.some((range) => row >= range.firstRow && row <= range.lastRow && column >= range.firstColumn && column <= range.lastColumn);
  for (let r = 0; r < values.length; r += 1) {
    const row = values[r]!;
    for (let c = 0; c < row.length; c += 1) {
      const value = row[c];
      if (value === null || value === undefined || value === '' || isOurs(r + 1, c + 1)) continue;
      const cell = `${columnLetter(c)}${r + 1}`;
      return (
        `'${planned.name}' has something typed in ${cell}, where the class list needs room (${planned.spillArea}), ` +
        'so it was not updated: writing the list would fail with #SPILL! in Excel or #REF! in Google Sheets. Move or clear ' +
        `what is in ${cell}, and anything else in ${planned.spillArea} apart from A1 and A2, then make the class sheets again.`
      );
    }
  }
  return null;
}

/** A managed cell as the core compares it: the formula, else the value as text; '' when empty. */
export function managedCellText(formula: unknown, value: unknown = formula): string {
  if (typeof formula === 'string' && formula.startsWith('=')) return formula;
  if (value === null || value === undefined) return '';
  return value instanceof Date ? value.toISOString() : String(value);
}

/** True when A1 and A2 hold what the plan writes there: how a host that stopped part-way tells what it wrote. */
export const holdsPlannedFormulas = (planned: ClassSheet, managed: readonly [string, string]): boolean =>
  cellFingerprint(managed[0]) === cellFingerprint(planned.headerFormula) &&
  cellFingerprint(managed[1]) === cellFingerprint(planned.filterFormula);

/** For a host that stops part-way: the sheet it was on, and every one after it, as not written. */
export function stoppedAt(sheets: readonly ClassSheet[], index: number, why: string): ClassSheetsOutcome['notWritten'] {
  return sheets.slice(index).map((sheet, i) => ({
    name: sheet.name,
    reason:
      i === 0
        ? `'${sheet.name}' could not be written (${why}).`
        : `'${sheet.name}' was not reached, because writing '${sheets[index]!.name}' failed first.`,
  }));
}
