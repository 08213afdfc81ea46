/**
 * Conditional-format rules for the Sheets fake: a builder like SpreadsheetApp's, and the rules it
 * builds, which keep their settings as plain data so tests can compare whole rule lists.
 */
import type { Recorded } from './sheetsRecorder';
import { areaToA1, type Area } from './sheetsGrid';

export const BooleanCriteria = {
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  CELL_EMPTY: 'CELL_EMPTY',
} as const;

/** A fake Range as the fake itself sees it (its proxy passes these fields through). */
export type RangeData = { area: Area; sheet: unknown };

export interface RuleData {
  condition: { criteria: string; values: unknown[] } | null;
  gradient: { min: string | null; max: string | null } | null;
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  ranges: RangeData[];
}

/** A rule as plain data, for comparing whole rule lists. */
export type RuleSnapshot =
  | {
      kind: 'boolean';
      criteria: string;
      values: unknown[];
      background: string | null;
      fontColor: string | null;
      bold: boolean | null;
      ranges: string[];
    }
  | { kind: 'gradient'; minColor: string | null; maxColor: string | null; ranges: string[] };

export interface FakeRuleBuilder {
  whenFormulaSatisfied(formula: string): FakeRuleBuilder;
  whenTextContains(text: string): FakeRuleBuilder;
  whenTextEqualTo(text: string): FakeRuleBuilder;
  whenNumberLessThan(n: number): FakeRuleBuilder;
  whenCellEmpty(): FakeRuleBuilder;
  setGradientMinpoint(color: string): FakeRuleBuilder;
  setGradientMaxpoint(color: string): FakeRuleBuilder;
  setBackground(color: string | null): FakeRuleBuilder;
  setFontColor(color: string | null): FakeRuleBuilder;
  setBold(bold: boolean | null): FakeRuleBuilder;
  setRanges(ranges: object[]): FakeRuleBuilder;
  build(): object;
}

/** What a test uses to make a school's own rules with the fake's builder. */
export interface FakeRuleMaker {
  newRule(): FakeRuleBuilder;
  range(a1: string): object;
}

export function ruleFactory(recorded: Recorded) {
  const built = new WeakSet<object>();

  function rule(data: RuleData): object {
    const api = recorded('ConditionalFormatRule', {
      data,
      getBooleanCondition: () =>
        data.condition &&
        recorded('BooleanCondition', {
          getCriteriaType: () => data.condition!.criteria,
          getCriteriaValues: () => [...data.condition!.values],
          getBold: () => data.bold,
        }),
      getGradientCondition: () =>
        data.gradient && recorded('GradientCondition', { getMinColor: () => data.gradient!.min, getMaxColor: () => data.gradient!.max }),
      getRanges: () => [...data.ranges],
      copy: () => builder({ ...data, ranges: [...data.ranges] }),
    });
    built.add(api);
    return api;
  }

  function builder(start?: RuleData): FakeRuleBuilder {
    const state: RuleData = start ?? { condition: null, gradient: null, background: null, fontColor: null, bold: null, ranges: [] };
    const when = (criteria: string, values: unknown[]) => ((state.condition = { criteria, values }), api);
    const api: FakeRuleBuilder = recorded('ConditionalFormatRuleBuilder', {
      whenFormulaSatisfied: (formula: string) => when(BooleanCriteria.CUSTOM_FORMULA, [formula]),
      whenTextContains: (text: string) => when(BooleanCriteria.TEXT_CONTAINS, [text]),
      whenTextEqualTo: (text: string) => when(BooleanCriteria.TEXT_EQUAL_TO, [text]),
      whenNumberLessThan: (n: number) => when(BooleanCriteria.NUMBER_LESS_THAN, [n]),
      whenCellEmpty: () => when(BooleanCriteria.CELL_EMPTY, []),
      setGradientMinpoint: (color: string) => ((state.gradient = { min: color, max: state.gradient?.max ?? null }), api),
      setGradientMaxpoint: (color: string) => ((state.gradient = { min: state.gradient?.min ?? null, max: color }), api),
      setBackground: (color: string | null) => ((state.background = color), api),
      setFontColor: (color: string | null) => ((state.fontColor = color), api),
      setBold: (bold: boolean | null) => ((state.bold = bold), api),
      setRanges: (ranges: object[]) => {
        if (!Array.isArray(ranges) || ranges.some((range) => !(range as Partial<RangeData>)?.area))
          throw new Error('setRanges takes an array of Range objects.');
        state.ranges = [...(ranges as RangeData[])];
        return api;
      },
      build: () => {
        if (!state.condition && !state.gradient) throw new Error('A conditional format rule needs a condition or a gradient.');
        if (state.ranges.length === 0) throw new Error('A conditional format rule needs at least one range.');
        if (state.condition?.criteria === BooleanCriteria.CUSTOM_FORMULA && !String(state.condition.values[0]).startsWith('=')) {
          throw new Error('A custom formula must start with =.');
        }
        return rule({ ...state, ranges: [...state.ranges] });
      },
    });
    return api;
  }

  return {
    builder,
    /** True only for rules this fake's builder made: Sheets accepts no others. */
    isBuilt: (candidate: unknown) => typeof candidate === 'object' && candidate !== null && built.has(candidate),
    dataOf: (candidate: object) => (candidate as { data: RuleData }).data,
  };
}

export function snapshot(data: RuleData): RuleSnapshot {
  const ranges = data.ranges.map((range) => areaToA1(range.area));
  if (data.gradient) return { kind: 'gradient', minColor: data.gradient.min, maxColor: data.gradient.max, ranges };
  return {
    kind: 'boolean',
    criteria: data.condition!.criteria,
    values: [...data.condition!.values],
    background: data.background,
    fontColor: data.fontColor,
    bold: data.bold,
    ranges,
  };
}
