/**
 * "Colour this sheet" and "Remove Tracklight colours" through the built Code.js on the recording
 * fake: the school's own rules and every value survive, the plan's rules are appended in one
 * setConditionalFormatRules call, and applying again never duplicates.
 */
import { describe, expect, it } from 'vitest';
import { planColouring } from '../../../core/colouring/plan';
import { detectLayout } from '../../../core/layout';
import type { SheetTop } from '../../../core/panel/host';
import type { FakeRuleMaker } from '../../fakes/sheetsFake';
import { planFor } from './apiCounts';
import { expectedRules } from './expectedRules';
import { loadHost } from './hostBundle';
import { wideTracker } from './trackers';

const SHEET = 'Year 10';

/** The school's own formats, made by hand in Sheets: none of them Tracklight's. */
const schoolRules = ({ newRule, range }: FakeRuleMaker) => [
  newRule()
    .whenTextContains('Absent')
    .setBackground('#d9d9d9')
    .setRanges([range('F4:T200')])
    .build(),
  newRule()
    .setGradientMinpoint('#ffffff')
    .setGradientMaxpoint('#57bb8a')
    .setRanges([range('E4:E200')])
    .build(),
  newRule()
    .whenFormulaSatisfied('=$D4="Y"')
    .setBold(true)
    .setRanges([range('B4:C200')])
    .build(),
  // Mentions Tracklight, but is not one of its rules: it must survive removal.
  newRule()
    .whenFormulaSatisfied('=ISNUMBER(SEARCH("tracklight",$A4))')
    .setFontColor('#1155cc')
    .setRanges([range('A4:A200')])
    .build(),
];

function seededHost(pupils = 30, extra: Parameters<typeof loadHost>[0] = []) {
  const host = loadHost([{ name: SHEET, values: wideTracker(pupils) }, ...extra]);
  host.fake.seedRules(SHEET, schoolRules);
  return host;
}

const setCalls = (host: ReturnType<typeof loadHost>) =>
  host.fake.calls.filter((call) => call.member === 'Sheet.setConditionalFormatRules');

describe('applyColouring', () => {
  it("appends exactly the plan's rules after the school's own, in one setConditionalFormatRules call, values untouched", () => {
    const host = seededHost();
    const [rulesBefore, valuesBefore] = [host.fake.rules(SHEET), host.fake.values(SHEET)];
    const plan = planFor(host.run<SheetTop>('activeSheet'));
    expect(plan.blocks).toHaveLength(4); // Maths, English, Science, History: RP1-RP3 against each subject's target
    host.fake.resetCalls();

    const outcome = host.run('applyColouring', plan);

    expect(outcome).toEqual({ removed: 0, added: 16 });
    expect(setCalls(host)).toHaveLength(1);
    expect(host.fake.rules(SHEET)).toEqual([...rulesBefore, ...expectedRules(plan)]);
    expect(host.fake.values(SHEET)).toEqual(valuesBefore);
    expect(host.fake.formulas(SHEET)).toEqual([]);
  });

  it('applying twice, or again with another palette, replaces its own rules and never duplicates them', () => {
    const host = seededHost();
    const rulesBefore = host.fake.rules(SHEET);
    const top = host.run<SheetTop>('activeSheet');
    const plan = planFor(top);
    host.run('applyColouring', plan);
    host.fake.resetCalls();

    expect(host.run('applyColouring', plan)).toEqual({ removed: 16, added: 16 });
    expect(setCalls(host)).toHaveLength(1);
    expect(host.fake.rules(SHEET)).toEqual([...rulesBefore, ...expectedRules(plan)]);

    const recoloured = planColouring(top, detectLayout(top.topRows), { palette: 'colour-blind', tolerance: 0.34 });
    if (!recoloured.ok) throw new Error(recoloured.message);
    expect(host.run('applyColouring', recoloured.plan)).toEqual({ removed: 16, added: 16 });
    expect(host.fake.rules(SHEET)).toEqual([...rulesBefore, ...expectedRules(recoloured.plan)]);
    expect(expectedRules(recoloured.plan)).not.toEqual(expectedRules(plan));
  });

  it("stops each range at the sheet's last row when the sheet has fewer rows than the plan reaches", () => {
    const values = wideTracker(30);
    const host = loadHost([{ name: SHEET, values, maxRows: values.length }]);
    const plan = planFor(host.run<SheetTop>('activeSheet'));
    expect(plan.blocks[0]!.current).toMatch(/:[A-Z]+133$/); // 100 rows past the last pupil on row 33

    host.run('applyColouring', plan);

    expect(host.fake.rules(SHEET)).toEqual(expectedRules(plan, (a1) => a1.replace(/\d+$/, String(values.length))));
  });

  it('changes nothing and says so when Sheets refuses the write (the sheet was protected after it was read)', () => {
    const host = loadHost([{ name: SHEET, values: wideTracker(30), protection: 'locked' }]);
    const top = host.run<SheetTop>('activeSheet');
    const plan = planFor({ ...top, isProtected: false });

    expect(() => host.run('applyColouring', plan)).toThrow(/would not change the colours on 'Year 10'.*protected.*Nothing was changed/);
    expect(host.fake.rules(SHEET)).toEqual([]);
  });
});

describe('removeColouring', () => {
  it('writes nothing when the sheet has no Tracklight rules', () => {
    const host = seededHost();
    const rulesBefore = host.fake.rules(SHEET);
    expect(host.run('removeColouring', SHEET)).toEqual({ removed: 0 });
    expect(setCalls(host)).toHaveLength(0);
    expect(host.fake.rules(SHEET)).toEqual(rulesBefore);
  });
});
