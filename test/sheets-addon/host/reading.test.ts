/** Reading sheets for the panel: the top rows from A1, the last row and protection, as plain values. */
import { describe, expect, it } from 'vitest';
import type { SheetTop } from '../../../core/panel/host';
import { loadHost } from './hostBundle';
import { wideTracker, WIDE_HEADERS } from './trackers';

const getRangeCalls = (host: ReturnType<typeof loadHost>) => host.fake.calls.filter((call) => call.member === 'Sheet.getRange');

describe('activeSheet', () => {
  it('reads only the first 15 rows from A1, as wide as the sheet is used, with its last row', () => {
    const values = wideTracker(200);
    const host = loadHost([{ name: 'Year 10', values }]);

    const top = host.run<SheetTop>('activeSheet');

    expect(top).toEqual({ name: 'Year 10', topRows: values.slice(0, 15), lastRow: 203, isProtected: false });
    expect(getRangeCalls(host).map((call) => call.args)).toEqual([[1, 1, 15, WIDE_HEADERS.length]]);
  });

  it('reports a sheet protected against this user as protected, and one the user may edit as not', () => {
    const host = loadHost([
      { name: 'Locked', values: [['UPN']], protection: 'locked' },
      { name: 'Mine', values: [['UPN']], protection: 'editable' },
      { name: 'Open', values: [['UPN']] },
    ]);
    expect(host.run<SheetTop>('activeSheet').isProtected).toBe(true);
    expect(host.run<SheetTop[]>('allSheets').map(({ name, isProtected }) => [name, isProtected])).toEqual([
      ['Locked', true],
      ['Mine', false],
      ['Open', false],
    ]);
  });

  it('turns a date cell into its day as text, since google.script.run cannot carry a Date', () => {
    const host = loadHost([
      {
        name: 'Dated',
        values: [
          ['Updated', new Date(2025, 8, 1)],
          ['UPN', 'Target'],
        ],
      },
    ]);
    expect(host.run<SheetTop>('activeSheet').topRows).toEqual([
      ['Updated', '2025-09-01'],
      ['UPN', 'Target'],
    ]);
  });
});

describe('allSheets', () => {
  it('reads every sheet in tab order, each on its own terms', () => {
    const host = loadHost([
      { name: 'Year 10', values: wideTracker(40, 10) },
      { name: 'Notes', values: [['Meeting notes']] },
      { name: 'Year 11', values: wideTracker(60, 11), protection: 'locked' },
    ]);
    const sheets = host.run<SheetTop[]>('allSheets');
    expect(sheets.map(({ name, lastRow, isProtected }) => ({ name, lastRow, isProtected }))).toEqual([
      { name: 'Year 10', lastRow: 43, isProtected: false },
      { name: 'Notes', lastRow: 1, isProtected: false },
      { name: 'Year 11', lastRow: 63, isProtected: true },
    ]);
    expect(sheets[2]!.topRows).toEqual(wideTracker(60, 11).slice(0, 15));
  });
});
