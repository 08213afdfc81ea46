/**
 * Test support: every current grade against every target, for each tolerance (and grade scale), on
 * one sheet that LibreOffice recalculates and saves as CSV. A section per group holds the grades (targets
 * down column A, every current across each row, as in onTrackAgreement.test.ts) with the four
 * rules on them as real conditional formats, then one block per rule below, where the rule's
 * formula is a cell formula shared across the block, as Excel saves a formula filled across a
 * range. A shared formula moves its relative references cell by cell exactly as a conditional
 * format does, so block cell (r, c) holds the rule as grade cell (r, c) evaluates it.
 *
 * A1 is the control: =1+1 with 7 stored as its result. Only a recalculation shows 2.
 */
import { CellError, trafficLightRules, type Status, type TrafficLightRule } from '../../../core';
import type { GradeSettingsInput } from '../../../core/grades/gradeSettings';
import { cellName, rangeName } from './a1';
import type { Cell, SheetModel } from './xlsxModel';

export interface PairSample {
  value: unknown;
  label: string;
}

export const CONTROL = { row: 0, column: 0, formula: '=1+1', stored: 7, recalculated: '2' } as const;

/** One set of pairs: every sample against every sample, at one tolerance, on one grade scale. */
export interface PairGroup {
  samples: readonly PairSample[];
  tolerance: number;
  /** The school's grade scale; the built-in one when left out. */
  scale?: GradeSettingsInput;
}

interface Section {
  group: PairGroup;
  rules: TrafficLightRule[];
  /** 0-based first row of the grades, and of each rule's block. */
  gradesTop: number;
  ruleTops: number[];
}

/** A sample as a teacher's cell: text stays text, an error is a formula that gives #N/A. */
function sampleCell(value: unknown): Cell | undefined {
  if (value instanceof CellError) {
    if (value.code !== '#N/A') throw new Error(`Only #N/A is written as an error cell, not ${value.code}`);
    return { formula: '=NA()' };
  }
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { value };
  throw new Error(`A sample cell cannot hold ${String(value)}`);
}

function layOut(groups: readonly PairGroup[]): Section[] {
  let top = 1;
  return groups.map((group) => {
    // Each block is `count` rows with one empty row after it: the grades, then the four rules.
    const count = group.samples.length;
    const blockHeight = count + 1;
    const gradesTop = top;
    top += 5 * blockHeight;
    const rules = trafficLightRules({
      current: rangeName(gradesTop, count, 1, count),
      target: rangeName(gradesTop, count, 0, 0),
      tolerance: group.tolerance,
      scale: group.scale,
    });
    return { group, rules, gradesTop, ruleTops: rules.map((_, rule) => gradesTop + (rule + 1) * blockHeight) };
  });
}

export interface PairWorkbook {
  sheet: SheetModel;
  /** What each rule shows at each pair of each group (in the groups' order), read from the recalculated sheet. */
  readShown(csv: readonly (readonly string[])[]): Status[][][][];
}

/** LibreOffice's CSV shows a rule's result as TRUE, FALSE or an error (#VALUE!, Err:502...). */
function isTrue(text: string | undefined, where: string): boolean {
  if (text === 'TRUE') return true;
  if (text === 'FALSE' || (text !== undefined && /^(#|Err:)/.test(text))) return false;
  throw new Error(`Expected TRUE, FALSE or an error from the rule at ${where}, got ${JSON.stringify(text)}`);
}

export function pairWorkbook(groups: readonly PairGroup[]): PairWorkbook {
  const sections = layOut(groups);
  const rows: (Cell | undefined)[][] = [];
  rows[CONTROL.row] = [];
  rows[CONTROL.row]![CONTROL.column] = { formula: CONTROL.formula, cached: CONTROL.stored };
  let shared = 0;
  for (const section of sections) {
    const { samples } = section.group;
    const count = samples.length;
    const currents = samples.map((current) => sampleCell(current.value));
    samples.forEach((target, row) => {
      rows[section.gradesTop + row] = [sampleCell(target.value), ...currents];
    });
    section.ruleTops.forEach((top, rule) => {
      for (let row = 0; row < count; row += 1) rows[top + row] = [undefined, ...samples.map((): Cell => ({ sharedFormula: shared }))];
      rows[top]![1] = { sharedFormula: shared, master: { formula: section.rules[rule]!.formula, range: rangeName(top, count, 1, count) } };
      shared += 1;
    });
  }
  const conditionalFormats = sections.map((section) => {
    const count = section.group.samples.length;
    return { range: rangeName(section.gradesTop, count, 1, count), rules: section.rules };
  });
  const sheet: SheetModel = { name: 'Pairs', rows, conditionalFormats };

  const readShown = (csv: readonly (readonly string[])[]) =>
    sections.map((section) =>
      section.group.samples.map((_, row) =>
        section.group.samples.map((__, column) =>
          section.rules
            .filter((rule, index) =>
              isTrue(
                csv[section.ruleTops[index]! + row]?.[column + 1],
                `${rule.status} ${cellName(section.ruleTops[index]! + row, column + 1)}`,
              ),
            )
            .map((rule) => rule.status),
        ),
      ),
    );
  return { sheet, readShown };
}
