/** readValues, the report's input: the tracker's whole used range from A1, as plain values, in one read. */
import { describe, expect, it } from 'vitest';
import { loadHost } from './hostBundle';
import { sampleTracker, TRACKER } from './reportApiCounts';

const valueReads = (host: ReturnType<typeof loadHost>) =>
  host.fake.calls.filter((call) => call.member === 'Sheet.getRange' || call.member === 'Range.getValues');

describe('readValues', () => {
  it('returns every value from A1 to the last used row and column, with one getRange and one getValues', () => {
    const rows = sampleTracker(200);
    const host = loadHost([
      { name: 'Notes', values: [['Other']] },
      { name: TRACKER, values: rows, maxRows: 2000, maxColumns: 200 },
    ]);

    expect(host.run<{ values: unknown[][] }>('readValues', TRACKER).values).toEqual(rows);
    expect(valueReads(host).map((call) => [call.member, call.args])).toEqual([
      ['Sheet.getRange', [1, 1, rows.length, rows[2]!.length]],
      ['Range.getValues', []],
    ]);
  });

  it('reads a 2,000-pupil tracker with the same calls as a 200-pupil one', () => {
    const count = (pupils: number) => {
      const host = loadHost([{ name: TRACKER, values: sampleTracker(pupils) }]);
      expect(host.run<{ values: unknown[][] }>('readValues', TRACKER).values).toHaveLength(pupils + 3);
      return host.fake.calls.map((call) => call.member);
    };
    expect(count(2000)).toEqual(count(200));
  });

  it('turns a date into its day as text, since google.script.run cannot carry a Date', () => {
    const host = loadHost([
      {
        name: TRACKER,
        values: [
          ['Updated', new Date(2025, 8, 1)],
          ['UPN', 'Target'],
        ],
      },
    ]);
    expect(host.run<{ values: unknown[][] }>('readValues', TRACKER).values).toEqual([
      ['Updated', '2025-09-01'],
      ['UPN', 'Target'],
    ]);
  });

  it('returns no rows for an empty sheet, and says which sheet has gone when it no longer exists', () => {
    const host = loadHost([{ name: TRACKER }]);
    expect(host.run<{ values: unknown[][] }>('readValues', TRACKER).values).toEqual([]);
    expect(valueReads(host)).toEqual([]);
    expect(() => host.run('readValues', 'Year 9')).toThrow(/no sheet called 'Year 9'/);
  });
});
