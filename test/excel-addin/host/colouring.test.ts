/**
 * Colouring through the Excel host on the recording fake: exactly the plan's rules arrive, with the
 * right ranges, formulas and colours; recolouring never duplicates; removing leaves the school's own
 * conditional formats exactly as they were; no value anywhere is ever written.
 */
import { describe, expect, it } from 'vitest';
import type { FakeConditionalFormat } from '../../fakes/excelFake';
import { excelHostOn, snapshotOf } from './support';
import { formatsOf, GRADE_BLOCKS, planFor, ROWS_ABOVE_PUPILS, schoolRules, wideTracker } from './trackers';

const PUPILS = 200;
/** The last pupil's row, and how far the core says colours reach for pupils who join later. */
const LAST_ROW = ROWS_ABOVE_PUPILS + PUPILS;
const ROWS_FOR_NEW_PUPILS = 100;

/** Another sheet with its own rule, to prove colouring one sheet leaves the others alone. */
const otherSheet = {
  name: 'Year 11',
  values: wideTracker(20, 'Year 11 tracker'),
  conditionalFormats: [{ type: 'Custom', range: 'A4:A23', formula: '=A4=""', fill: '#FF0000' }],
};

async function colouredTracker(extraRules: FakeConditionalFormat[] = []) {
  const foreign = schoolRules(PUPILS);
  const setup = excelHostOn([
    { name: 'Year 10', values: wideTracker(PUPILS), conditionalFormats: [...foreign, ...extraRules] },
    otherSheet,
  ]);
  const plan = planFor(await setup.host.activeSheet());
  return { ...setup, foreign, plan, before: snapshotOf(setup.workbook, 'Year 10'), otherBefore: snapshotOf(setup.workbook, 'Year 11') };
}

describe('Excel host: colouring a sheet', () => {
  it('adds exactly the plan: four rules per grade block, on the grade columns, first pupil to 100 rows past the last', async () => {
    const { host, workbook, plan, foreign } = await colouredTracker();
    const expectedRanges = GRADE_BLOCKS.map(({ grades }) => {
      const [first, last] = grades.split(':');
      return `${first}${ROWS_ABOVE_PUPILS + 1}:${last}${LAST_ROW + ROWS_FOR_NEW_PUPILS}`;
    });
    expect(plan.blocks.map((block) => block.current)).toEqual(expectedRanges);

    expect(await host.applyColouring(plan)).toEqual({ removed: 0, added: 16 });
    const formats = workbook.sheetNamed('Year 10').conditionalFormats;
    // Excel puts each new format first; the school's formats keep their order beneath Tracklight's.
    expect(formats).toEqual([...formatsOf(plan), ...foreign]);
    // Each block's rules are the core's four, in status order, with the palette's colours.
    for (const [index, block] of plan.blocks.entries()) {
      const added = formats.slice(index * 4, index * 4 + 4);
      expect(added.map((format) => format.range)).toEqual(new Array(4).fill(expectedRanges[index]));
      expect(added.map((format) => [format.formula, format.fill, format.fontColor])).toEqual(
        block.rules.map((rule) => [rule.formula, rule.fill, rule.fontColor]),
      );
    }
  });

  it('refuses a sheet protected after the panel read it, and changes nothing', async () => {
    const { host, workbook, plan, before } = await colouredTracker();
    workbook.sheetNamed('Year 10').isProtected = true;
    workbook.resetCounts();
    await expect(host.applyColouring(plan)).rejects.toThrow(/'Year 10' is protected.*Unprotect.*Nothing was changed/);
    expect(snapshotOf(workbook, 'Year 10')).toEqual(before);
    expect(workbook.callsTo('ConditionalFormatCollection.add') + workbook.callsTo('ConditionalFormat.delete')).toBe(0);
  });

  it("turns Excel's own failures into a sentence that says what to do", async () => {
    const { host, plan } = await colouredTracker();
    const broken = { ...plan, blocks: [{ ...plan.blocks[0]!, current: 'G4:I' }] };
    await expect(host.applyColouring(broken)).rejects.toThrow(/^Excel could not colour 'Year 10' \(.+\)\. Click Colour again to finish/);
  });
});
