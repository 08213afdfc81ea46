/**
 * Test support: the traffic-light rules and ON_TRACK over every current against every target, in
 * HyperFormula (see ruleGrid.ts). Targets run down column A and currents across; `shown` is the
 * status whose rule is true in each cell ('' for none, 'A+B' if two were), `onTrack` what ON_TRACK
 * returns there, both on the same grade scale (the built-in one unless a school's is given).
 */
import type { RawCellContent } from 'hyperformula';
import { CellError, createFunctions, functions } from '../../../core';
import type { GradeSettingsInput } from '../../../core/grades/gradeSettings';
import { trafficLightRules } from '../../../core/rules';
import { columnLetter } from '../../../core/workbook/a1';
import type { Sample } from './gradeSamples';
import { evaluateRules } from './ruleGrid';

export interface Mismatch {
  current: string;
  target: string;
  onTrack: string;
  shown: string;
}

export function evaluate(
  currents: readonly Sample[],
  targets: readonly Sample[],
  tolerance: number,
  scale?: GradeSettingsInput,
): { shown: string[][]; onTrack: unknown[][]; formulas: string[] } {
  const rows = targets.length;
  const cols = currents.length;
  const data: RawCellContent[][] = [[null], ...targets.map((target) => [target.typed, ...currents.map((current) => current.typed)])];
  const current = `B2:${columnLetter(cols)}${rows + 1}`;
  const rules = trafficLightRules({ current, target: `A2:A${rows + 1}`, tolerance, scale });
  const sheet = evaluateRules(
    data,
    { row: 1, col: 1, rows, cols },
    rules.map((rule) => rule.formula),
  );
  const shown = targets.map((_, row) =>
    currents.map((__, col) =>
      rules
        .filter((___, index) => sheet.results[index]![row]![col] === true)
        .map((rule) => rule.status)
        .join('+'),
    ),
  );
  const library = scale ? createFunctions(scale) : functions;
  const onTrack = library.ON_TRACK(
    targets.map(() => currents.map((sample) => sample.value)),
    targets.map((target) => [target.value]),
    tolerance,
  ) as unknown[][];
  return { shown, onTrack, formulas: rules.map((rule) => rule.formula) };
}

/** ON_TRACK's answer as the colour it should give: a status, or '' for blank and errors. */
export const expectedColour = (onTrack: unknown) => (typeof onTrack === 'string' ? onTrack : '');

export function compare(
  currents: readonly Sample[],
  targets: readonly Sample[],
  tolerance: number,
  scale?: GradeSettingsInput,
): { mismatches: Mismatch[]; timesShown: Map<string, number> } {
  const { shown, onTrack } = evaluate(currents, targets, tolerance, scale);
  const mismatches: Mismatch[] = [];
  const timesShown = new Map<string, number>();
  targets.forEach((target, row) => {
    currents.forEach((current, col) => {
      const colour = shown[row]![col]!;
      timesShown.set(colour, (timesShown.get(colour) ?? 0) + 1);
      const answer = onTrack[row]![col];
      if (colour !== expectedColour(answer)) {
        mismatches.push({
          current: current.label,
          target: target.label,
          onTrack: answer instanceof CellError ? answer.code : String(answer),
          shown: colour,
        });
      }
    });
  });
  return { mismatches, timesShown };
}

export const disagreements = (currents: readonly Sample[], targets: readonly Sample[], tolerance: number, scale?: GradeSettingsInput) =>
  compare(currents, targets, tolerance, scale).mismatches.slice(0, 20);
