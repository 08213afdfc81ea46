/**
 * A missing pupil's link through the Excel host: one Excel.run with one sync that shows the tracker
 * and selects exactly the pupil's cell, writing nothing; a sheet that has gone is named.
 */
import { describe, expect, it } from 'vitest';
import { excelHostOn, snapshotOf } from './support';
import { wideTracker } from './trackers';

const sheets = [
  { name: 'Year 10', values: wideTracker(5) },
  { name: 'Notes', values: [['Parents evening']] },
];

describe('Excel host: selecting a cell', () => {
  it('activates the sheet and selects the one cell, in one Excel.run and one sync, writing nothing', async () => {
    const { host, workbook } = excelHostOn(sheets, { active: 'Notes' });
    const before = [snapshotOf(workbook, 'Year 10'), snapshotOf(workbook, 'Notes')];
    workbook.resetCounts();

    await host.selectCell!('Year 10', 'G7');

    expect(workbook.selection).toEqual({ sheet: 'Year 10', address: 'G7' });
    expect(workbook.activeSheetName).toBe('Year 10');
    expect([workbook.runs, workbook.syncs]).toEqual([1, 1]);
    expect(workbook.callsTo('Range.select')).toBe(1);
    expect(workbook.callsTo('Worksheet.activate')).toBe(1);
    expect(workbook.writes).toEqual([]);
    expect([snapshotOf(workbook, 'Year 10'), snapshotOf(workbook, 'Notes')]).toEqual(before);
  });

  it('names a sheet that has gone, and selects nothing', async () => {
    const { host, workbook } = excelHostOn(sheets, { active: 'Notes' });
    await expect(host.selectCell!('Year 9', 'G7')).rejects.toThrow("There is no sheet called 'Year 9' in this workbook now");
    expect(workbook.selection).toBeNull();
    expect(workbook.activeSheetName).toBe('Notes');
  });
});
