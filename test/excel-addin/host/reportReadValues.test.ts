/**
 * readValues, the report's input: exactly the used range's values, from A1 to the last used row and
 * column (blanks as ''), in one Excel.run and at most two syncs, counting values only.
 */
import { describe, expect, it } from 'vitest';
import { excelHostOn } from './support';
import { wideTracker } from './trackers';

describe('Excel host: reading every value of a sheet', () => {
  it('reads a tracker whole: every row and column it uses, in two syncs', async () => {
    const values = wideTracker(300);
    const { host, workbook } = excelHostOn([
      { name: 'Year 10', values },
      { name: 'Other', values: [['x']] },
    ]);
    workbook.resetCounts();
    const read = await host.readValues('Year 10');
    expect(read.values).toEqual(values);
    // The sheet list and the open sheet come in the same first sync, so a report needs no other read.
    expect([read.sheetNames, read.activeSheetName]).toEqual([['Year 10', 'Other'], 'Year 10']);
    expect(workbook.valueReads).toEqual([{ sheet: 'Year 10', address: 'A1:U303' }]);
    expect([workbook.runs, workbook.syncs]).toEqual([1, 2]);
  });

  it('reads from A1 when the data starts lower and further right, blanks as empty text', async () => {
    const { host } = excelHostOn([{ name: 'Shifted', values: [[], [], ['', '', 'Name', 'Grade'], ['', '', 'Ann', 5]] }]);
    expect((await host.readValues('Shifted')).values).toEqual([
      ['', '', '', ''],
      ['', '', '', ''],
      ['', '', 'Name', 'Grade'],
      ['', '', 'Ann', 5],
    ]);
  });

  it('ignores formatting drawn below the data, and reads nothing from a blank sheet', async () => {
    const { host, workbook } = excelHostOn([{ name: 'Formatted', values: [['a', 1]], formatted: 'A1:H900' }, { name: 'Blank' }]);
    expect((await host.readValues('Formatted')).values).toEqual([['a', 1]]);
    workbook.resetCounts();
    expect((await host.readValues('Blank')).values).toEqual([]);
    expect([workbook.syncs, workbook.valueReads.length]).toEqual([1, 0]);
  });

  it('finds the sheet whatever the case of its name, and says plainly when it is gone', async () => {
    const { host } = excelHostOn([{ name: 'Year 10', values: [['a']] }]);
    expect((await host.readValues('year 10')).values).toEqual([['a']]);
    await expect(host.readValues('Year 9')).rejects.toThrow(/no sheet called 'Year 9'.*renamed or deleted/);
  });
});
