/** The cost of "Build report" in Apps Script calls may not grow with the number of pupils. */
import { describe, expect, it } from 'vitest';
import { reportCost, sheetsReportApiCounts } from './reportApiCounts';

describe('Apps Script calls for building a report from the sample Year 10 tracker', () => {
  it('are the same for 200 and 2,000 pupils, reading and writing alike', () => {
    const [small, large] = [reportCost(200), reportCost(2000)];
    // The reports themselves differ in length (the pupil lists), the larger past a new sheet's 1,000 rows.
    expect(small.reportRows).toBeLessThan(1000);
    expect(large.reportRows).toBeGreaterThan(1000);
    expect(large.readCalls).toBe(small.readCalls);
    expect(large.writeCalls).toBe(small.writeCalls);
    expect(large.calls).toBe(small.calls);
  });

  it('reports one count per tracker size for npm run bench', () => {
    const counts = sheetsReportApiCounts();
    expect(counts.map((count) => count.pupils)).toEqual([200, 2000]);
    expect(counts[0]!.calls).toBeGreaterThan(0);
    expect(counts[1]!.calls).toBe(counts[0]!.calls);
  });
});
