/**
 * The cost of colouring may not grow with pupils: at most 3 context.sync() per sheet, and the same
 * number of Excel JS calls for 200 and 2,000 pupils with 12 grade columns (issue 4, Hosts and Proof).
 */
import { describe, expect, it } from 'vitest';
import { excelColouringCosts } from './apiCounts';
import { excelHostOn } from './support';
import { planFor, schoolRules, wideTracker } from './trackers';

const MAX_SYNCS_PER_SHEET = 3;

async function costOf(pupils: number, action: 'first colour' | 'recolour' | 'remove') {
  const { host, workbook } = excelHostOn([{ name: 'Year 10', values: wideTracker(pupils), conditionalFormats: schoolRules(pupils) }]);
  const plan = planFor(await host.activeSheet());
  if (action !== 'first colour') await host.applyColouring(plan);
  workbook.resetCounts();
  if (action === 'remove') await host.removeColouring('Year 10');
  else await host.applyColouring(plan);
  return { syncs: workbook.syncs, calls: workbook.callCount, runs: workbook.runs, valuesRead: workbook.valueReads.length };
}

describe('Excel host: API calls for colouring', () => {
  it('reports the benchmark counts: at most 3 syncs, the same calls at 200 and 2,000 pupils', async () => {
    const [small, large] = await excelColouringCosts([200, 2000]);
    expect(small!.rules).toBe(16);
    expect(large!.rules).toBe(16);
    expect(small!.syncs).toBeLessThanOrEqual(MAX_SYNCS_PER_SHEET);
    expect(large!.syncs).toBe(small!.syncs);
    expect(large!.calls).toBe(small!.calls);
    // Calls grow with rules, not pupils: at least add + formula + fill + font for each of the 16 rules.
    expect(small!.calls).toBeGreaterThanOrEqual(16 * 4);
  });

  it.each(['first colour', 'recolour', 'remove'] as const)(
    '%s: one Excel.run, at most 3 syncs, no values read, equal at both sizes',
    async (action) => {
      const small = await costOf(200, action);
      const large = await costOf(2000, action);
      expect(small.runs).toBe(1);
      expect(small.syncs).toBeLessThanOrEqual(MAX_SYNCS_PER_SHEET);
      expect(small.valuesRead).toBe(0);
      expect(large).toEqual(small);
    },
  );
});
