/** The lock plan: which cells a collection's lock covers, the mark it carries, and when it refuses. */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../core/layout';
import { LOCK_MARK, lockDescription } from '../../../core/locking/lockMark';
import { planLock, type LockPlan } from '../../../core/locking/lockPlan';
import { sampleTracker } from '../../excel-addin/host/reportApiCounts';
import { wideTracker } from '../../excel-addin/host/trackers';

const PUPILS = 200;
const sheet = { name: 'Year 10', lastRow: 3 + PUPILS };
const layout = () => detectLayout(wideTracker(PUPILS).slice(0, 15));

function plan(collection: string, facts = sheet, shape = layout()): LockPlan {
  const outcome = planLock(facts, shape, collection);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.plan;
}

describe('planLock', () => {
  it("covers the collection's grade column in every subject, from the first pupil row to the last", () => {
    expect(plan('RP1')).toEqual({
      sheetName: 'Year 10',
      collection: 'RP1',
      ranges: ['G4:G203', 'K4:K203', 'O4:O203', 'S4:S203'],
      description: `${LOCK_MARK} RP1`,
    });
    expect(plan('RP3').ranges).toEqual(['I4:I203', 'M4:M203', 'Q4:Q203', 'U4:U203']);
  });

  it('joins neighbouring columns of one collection into one range', () => {
    const rows = sampleTracker(30);
    const shape = detectLayout(rows.slice(0, 15));
    const collection = shape.columns.find((column) => column.role === 'grade')!;
    const locked = plan(collection.collection ?? collection.label, { name: 'Sample', lastRow: rows.length }, shape);
    expect(locked.ranges.length).toBeGreaterThan(0);
    for (const range of locked.ranges) expect(range).toMatch(new RegExp(`^[A-Z]+${shape.dataStartRow! + 1}:[A-Z]+${rows.length}$`));
  });

  it('refuses a collection the tracker does not have, and a sheet with no pupils, changing nothing', () => {
    const unknown = planLock(sheet, layout(), 'Mock');
    expect(unknown).toEqual({
      ok: false,
      message: expect.stringMatching(/no grade columns for the collection 'Mock'.*Nothing was changed\.$/),
    });
    const empty = planLock({ name: 'Year 10', lastRow: 3 }, layout(), 'RP1');
    expect(empty).toEqual({ ok: false, message: expect.stringMatching(/no pupil rows.*Nothing was changed\.$/) });
  });

  it('is the same plan at 200 and 2,000 pupils but for the last row', () => {
    const big = planLock({ name: 'Year 10', lastRow: 2003 }, detectLayout(wideTracker(2000).slice(0, 15)), 'RP2');
    expect(big.ok && big.plan.ranges).toEqual(['H4:H2003', 'L4:L2003', 'P4:P2003', 'T4:T2003']);
    expect(lockDescription('RP2')).toBe('[Tracklight lock] RP2');
  });
});
