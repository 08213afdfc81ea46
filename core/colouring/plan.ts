/**
 * What "Colour this sheet" will do, worked out before any host call: which ranges get which
 * four rules. Every check that can stop it (a protected sheet, no target column, too many
 * rows) happens here, so a host either applies a whole plan or nothing.
 */
import type { Layout } from '../layout/schema';
import { RuleInputError, trafficLightRules, type RuleSettings, type TrafficLightRule } from '../rules';
import { columnLetter } from '../workbook/a1';
import { protectedClause, protectedSheetMessage } from '../workbook/protectedSheet';

/** Above this many pupil rows a sheet is refused whole: conditional formats get slow for everyone. */
export const MAX_COLOURED_ROWS = 20_000;
/** Colours reach this many rows below the last pupil, so pupils who join later are coloured too. */
export const ROWS_FOR_NEW_PUPILS = 100;

export interface SheetFacts {
  name: string;
  /** The last used row, counted from 1. */
  lastRow: number;
  isProtected: boolean;
  /** Where the protection is Tracklight's own lock: the collections it locks, so the refusal says to unlock them. */
  lockedBy?: readonly string[];
}

/** Grade columns next to each other that share one target column get one set of four rules. */
export interface ColourBlock {
  current: string;
  target: string;
  /** "Maths RP1-RP3 -> Maths Target", for progress messages. */
  label: string;
  rules: TrafficLightRule[];
}

export interface ColouringPlan {
  sheetName: string;
  blocks: ColourBlock[];
}

/** A refusal is a whole message for the panel, and the same reason as a clause, for a line that says more. */
export type PlanOutcome = { ok: true; plan: ColouringPlan } | { ok: false; message: string; reason: string };

const NOTHING_CHANGED = 'Nothing was changed.';

export function planColouring(sheet: SheetFacts, layout: Layout, settings: RuleSettings): PlanOutcome {
  const name = `'${sheet.name}'`;
  const refuse = (reason: string, whatToDo: string): PlanOutcome => ({
    ok: false,
    reason,
    message: `${name} ${reason}. ${whatToDo} ${NOTHING_CHANGED}`,
  });
  if (sheet.isProtected) {
    const couldNot = 'Tracklight cannot add colours to it';
    const { lockedBy } = sheet;
    return { ok: false, reason: protectedClause(couldNot, lockedBy), message: protectedSheetMessage(sheet.name, couldNot, { lockedBy }) };
  }
  if (layout.dataStartRow === null || layout.pairs.length === 0) {
    return refuse(
      'has no target column paired with its grades, so there is nothing to colour against',
      "Add a column headed 'Target' (or choose one in the layout above), then try again.",
    );
  }
  const firstRow = layout.dataStartRow + 1;
  const pupilRows = sheet.lastRow - firstRow + 1;
  if (pupilRows < 1) return refuse('has no pupil rows below its header row yet', 'Add pupils, then try again.');
  if (pupilRows > MAX_COLOURED_ROWS) {
    return refuse(
      `has ${pupilRows.toLocaleString('en-GB')} pupil rows, ` +
        `and Tracklight colours up to ${MAX_COLOURED_ROWS.toLocaleString('en-GB')} per sheet`,
      'Split it into one sheet per year group, then colour each.',
    );
  }
  const lastRow = sheet.lastRow + ROWS_FOR_NEW_PUPILS;
  try {
    return { ok: true, plan: { sheetName: sheet.name, blocks: blocksFor(layout, settings, firstRow, lastRow) } };
  } catch (problem) {
    // The rules refuse settings or ranges they cannot honour, with a message that says what to change.
    if (problem instanceof RuleInputError)
      return { ok: false, reason: `cannot be coloured: ${problem.message}`, message: `${name}: ${problem.message}. ${NOTHING_CHANGED}` };
    throw problem;
  }
}

function blocksFor(layout: Layout, settings: RuleSettings, firstRow: number, lastRow: number): ColourBlock[] {
  return gradeRuns(layout).map(({ grades, target }): ColourBlock => {
    const [first, last] = [grades[0]!, grades[grades.length - 1]!];
    const current = `${columnLetter(first)}${firstRow}:${columnLetter(last)}${lastRow}`;
    const targetRange = `${columnLetter(target)}${firstRow}:${columnLetter(target)}${lastRow}`;
    return {
      current,
      target: targetRange,
      label: runLabel(layout, grades, target),
      rules: trafficLightRules({ current, target: targetRange, ...settings }),
    };
  });
}

/** Pairs grouped by target, then split into runs of adjacent grade columns. */
function gradeRuns(layout: Layout): { grades: number[]; target: number }[] {
  const byTarget = new Map<number, number[]>();
  for (const pair of layout.pairs) byTarget.set(pair.target, [...(byTarget.get(pair.target) ?? []), pair.grade]);
  const runs: { grades: number[]; target: number }[] = [];
  for (const [target, grades] of byTarget) {
    for (const grade of [...grades].sort((a, b) => a - b)) {
      const run = runs[runs.length - 1];
      if (run && run.target === target && run.grades[run.grades.length - 1] === grade - 1) run.grades.push(grade);
      else runs.push({ grades: [grade], target });
    }
  }
  return runs.sort((a, b) => a.grades[0]! - b.grades[0]!);
}

function runLabel(layout: Layout, grades: number[], target: number): string {
  const labelOf = (index: number) => layout.columns.find((column) => column.index === index)?.label ?? columnLetter(index);
  const from = labelOf(grades[0]!);
  const span = grades.length > 1 ? `${from} to ${labelOf(grades[grades.length - 1]!)}` : from;
  return `${span} -> ${labelOf(target)}`;
}
