/** The cost of "Colour this sheet" in Apps Script calls may not grow with the number of pupils. */
import { describe, expect, it } from 'vitest';
import { colouringCost, sheetsColouringApiCounts } from './apiCounts';

describe('Apps Script calls for colouring a wide tracker with 12 grade columns', () => {
  it('are the same for 200 and 2,000 pupils, reading and applying alike', () => {
    const [small, large] = [colouringCost(200), colouringCost(2000)];
    // Both sheets really were coloured: four subjects, four rules each.
    expect(small.rulesAdded).toBe(16);
    expect(large.rulesAdded).toBe(16);
    expect(large.readCalls).toBe(small.readCalls);
    expect(large.applyCalls).toBe(small.applyCalls);
    expect(large.calls).toBe(small.calls);
  });

  it('reports one count per sheet size for npm run bench', () => {
    const counts = sheetsColouringApiCounts();
    expect(counts.map((count) => count.pupils)).toEqual([200, 2000]);
    expect(counts[0]!.calls).toBeGreaterThan(0);
    expect(counts[1]!.calls).toBe(counts[0]!.calls);
  });
});
