/**
 * A missing pupil's link through the built Sheets add-on: one setActiveRange on exactly the pupil's
 * cell, which brings its sheet to the front, and no write; what google.script.run could carry that
 * is not a cell, or a sheet that has gone, is refused with nothing selected.
 */
import { describe, expect, it } from 'vitest';
import { loadHost } from './hostBundle';

const seeds = [
  {
    name: 'Year 10',
    values: [
      ['Surname', 'RP1'],
      ['Adams', ''],
    ],
  },
  { name: 'Notes', values: [['Parents evening']] },
];

const writes = (host: ReturnType<typeof loadHost>) =>
  host.fake.calls.filter((call) => /\.(set(?!ActiveRange)\w*|insert\w*|delete\w*)$/.test(call.member));

describe('Sheets host: selecting a cell', () => {
  it('makes the one cell the active range with setActiveRange, bringing its sheet to the front, and writes nothing', () => {
    const host = loadHost(seeds);
    host.run('selectCell', 'Notes', 'A1');
    host.fake.resetCalls();
    const before = host.fake.state('Year 10');

    host.run('selectCell', 'Year 10', 'B2');

    expect(host.fake.activeRange()).toEqual({ sheet: 'Year 10', a1: 'B2' });
    expect(host.fake.activeSheetName()).toBe('Year 10');
    expect(host.fake.calls.filter((call) => call.member === 'Sheet.setActiveRange')).toHaveLength(1);
    expect(writes(host)).toEqual([]);
    expect(host.fake.state('Year 10')).toEqual(before);
  });

  it('refuses an address that is not one cell, and a sheet that has gone, selecting nothing', () => {
    const host = loadHost(seeds);
    for (const a1 of ['B2:C3', '=B2', 'B0', 7])
      expect(() => host.run('selectCell', 'Year 10', a1)).toThrow('Tracklight was not told which cell to go to');
    expect(() => host.run('selectCell', 'Year 9', 'B2')).toThrow("There is no sheet called 'Year 9' any more");
    expect(host.fake.activeRange()).toBeNull();
  });
});
