/** What the Sheets fake should hold for a colouring plan, for the host tests that apply one. */
import type { ColouringPlan } from '../../../core/colouring/plan';
import type { RuleSnapshot } from '../../fakes/sheetsFake';

/** Every block's four rules over its grade range, in order; `rangeOf` says where Sheets stops each range. */
export const expectedRules = (plan: ColouringPlan, rangeOf = (a1: string) => a1): RuleSnapshot[] =>
  plan.blocks.flatMap((block) =>
    block.rules.map((rule) => ({
      kind: 'boolean' as const,
      criteria: 'CUSTOM_FORMULA',
      values: [rule.formula],
      background: rule.fill,
      fontColor: rule.fontColor,
      bold: null,
      ranges: [rangeOf(block.current)],
    })),
  );

/** A range stopped at a sheet's last row, as Sheets keeps a rule inside the sheet. */
export const stoppedAtRow = (maxRows: number) => (a1: string) => a1.replace(/\d+$/, (last) => String(Math.min(Number(last), maxRows)));
