/**
 * What "Class sheets" costs in Excel does not grow with pupils. A first run: 2 syncs for every
 * sheet's formulas at once (one to list the sheets, one to write), then 2 per class sheet for its
 * traffic lights (the existing colouring code). A re-run reads each class sheet's mark, A1:A2 and
 * spill ranges (one sync) and its spill area's values (one more) before writing: 4 + 2 x classes.
 * The same for 200 and 2,000 pupils in the same classes.
 */
import { describe, expect, it } from 'vitest';
import { classPlanFor } from './classSheetsSupport';
import { sampleTracker, TRACKER } from './reportApiCounts';
import { excelHostOn } from './support';

const CLASSES = ['10A', '10B', '10C', '10D', '10E', '10F', '10G'];

/** The sample tracker with its pupils spread over the same seven classes at any size. */
function trackerInSevenClasses(pupils: number): unknown[][] {
  const rows = sampleTracker(pupils);
  const classColumn = rows[2]!.indexOf('Class');
  return rows.map((row, r) => (r < 3 ? row : row.map((value, c) => (c === classColumn ? CLASSES[r % CLASSES.length]! : value))));
}

async function costOf(pupils: number, run: 'first' | 'again') {
  const setup = excelHostOn([{ name: TRACKER, values: trackerInSevenClasses(pupils) }]);
  let plan = await classPlanFor(setup);
  if (run === 'again') {
    await setup.host.writeClassSheets(plan);
    plan = await classPlanFor(setup, plan.records);
  }
  setup.workbook.resetCounts();
  await setup.host.writeClassSheets(plan);
  return {
    sheets: plan.sheets.length,
    syncs: setup.workbook.syncs,
    calls: setup.workbook.callCount,
    valuesRead: setup.workbook.valueReads.length,
  };
}

describe('Excel host: API calls for class sheets', () => {
  it.each([
    ['first', 2, 0],
    ['again', 4, 1],
  ] as const)(
    '%s run: %i syncs plus 2 per class sheet, %i value reads per class sheet, the same at 200 and 2,000 pupils',
    async (run, syncs, readsPerSheet) => {
      const small = await costOf(200, run);
      const large = await costOf(2000, run);
      expect(small.sheets).toBe(CLASSES.length);
      expect(small.syncs).toBe(syncs + 2 * CLASSES.length);
      expect(small.valuesRead).toBe(readsPerSheet * CLASSES.length);
      expect(large).toEqual(small);
    },
  );
});
