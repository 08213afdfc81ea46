/**
 * Test support: the issue's list of grade cells, shared by every engine that checks the
 * traffic-light formulas against ON_TRACK (HyperFormula in onTrackAgreement.test.ts, LibreOffice
 * in test/engine/libreoffice). One list, so a case added for one engine is checked in all.
 */
import type { RawCellContent } from 'hyperformula';
import { allBuiltInGradeLabels, CellError } from '../../../core';
import { asTypedCell } from './ruleGrid';

/** What ON_TRACK is handed for one cell, and what is typed into the engine for it. */
export interface Sample {
  value: unknown;
  typed: RawCellContent;
  label: string;
}

export const sample = (value: unknown): Sample => ({ value, typed: asTypedCell(value), label: JSON.stringify(value) ?? String(value) });
export const errorCell: Sample = { value: new CellError('#N/A', 'A lookup found nothing'), typed: '=NA()', label: '#N/A' };

/** The issue's list: every built-in label, then blanks, 0, junk, marks, numbers, case and spaces. */
export const LABELS = allBuiltInGradeLabels().map(sample);
export const ISSUE_EXTRAS = [
  ...[null, '', '   ', 0].map(sample), // blanks, and the number 0 that old Excel passes for an empty cell
  ...['0', '5++', 'abc', '10', 'U+', '9++', '4-5', '1/0'].map(sample), // junk: the core says not a grade
  ...['X', 'ABS', 'N/A', '-', 'absent', 'na', '--'].map(sample), // no-grade marks read as blank
  ...[5, 9, 1, 4.5, 5.5, 16 / 3, 28 / 3, 0.5, 5.25, 5.3, 9.5, -1, 45000].map(sample), // numbers, valid and not
  ...[2, 3, 4, 6, 7, 8].map(sample), // every other whole grade typed as a number, beside the same grades as text in LABELS
  ...['5', '9', '4.5', '5.0', '4.50', '05', '+5', '0.5', '0.0', '-1'].map(sample), // numbers as text
  ...['5 +', ' a* ', 'l2m', 'l2d*', 'u', ' 5 / 4 ', '4/5', '5 - 4'].map(sample), // case and spaces
  ...['Level 2 Pass', 'L2 Distinction*', 'Distinction* (Level 2)', 'pass (l1)', 'L2 Distinction Star', 'Distinction', 'Level 3 Pass'].map(
    sample,
  ), // the DfE's spelt-out vocational grades, and near misses
  ...[true, false].map(sample),
  errorCell,
];
