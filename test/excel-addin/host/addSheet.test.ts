/**
 * "Insert a sample tracker" through the Excel host: a new sheet holding exactly the values given,
 * written as values in one sync, never as formulas, then shown; nothing else in the workbook changes.
 */
import { describe, expect, it } from 'vitest';
import { asLiteralRows } from '../../../core/workbook/literalCells';
import { excelHostOn, snapshotOf } from './support';
import { wideTracker } from './trackers';

const existing = { name: 'Year 10', values: wideTracker(5) };

describe('Excel host: adding a sheet', () => {
  it('writes formula-looking text as text: exactly the values given, and no formula anywhere', async () => {
    const { host, workbook } = excelHostOn([existing]);
    const before = snapshotOf(workbook, 'Year 10');
    // What the core hands over: text starting with = + - @ already carries the apostrophe that keeps it text.
    const typed = [
      ['Pupil', 'Note', 'Score'],
      ['Ann', '=1+1', 5],
      ['Bob', '+44 7700 900123', -3],
      ['Cat', '@mention', true],
    ];
    const rows = asLiteralRows(typed);
    expect(rows[1]![1]).toBe("'=1+1");
    workbook.resetCounts();

    await host.addSheet('Sample tracker', rows);

    const added = workbook.sheetNamed('Sample tracker');
    // Excel keeps the text after the apostrophe, not the apostrophe itself.
    expect(added.values()).toEqual(typed);
    expect(added.formulaAddresses()).toEqual([]);
    expect(workbook.writes).toEqual([{ sheet: 'Sample tracker', address: 'A1:C4', kind: 'values', data: rows }]);
    expect(workbook.callsTo('Range.formulas=')).toBe(0);
    expect(workbook.activeSheetName).toBe('Sample tracker');
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(['Year 10', 'Sample tracker']);
    expect(workbook.syncs).toBe(1);
    expect(snapshotOf(workbook, 'Year 10')).toEqual(before);
  });

  it('fills short rows with blanks, so Excel gets the rectangle it needs', async () => {
    const { host, workbook } = excelHostOn([existing]);
    await host.addSheet('Ragged', [['Title'], [], ['UPN', 'Name', 'Target']]);
    expect(workbook.sheetNamed('Ragged').values()).toEqual([
      ['Title', '', ''],
      ['', '', ''],
      ['UPN', 'Name', 'Target'],
    ]);
    expect(workbook.writes.map((write) => write.address)).toEqual(['A1:C3']);
  });

  it('adds and shows an empty sheet when there are no rows, writing nothing', async () => {
    const { host, workbook } = excelHostOn([existing]);
    await host.addSheet('Blank', []);
    expect(workbook.activeSheetName).toBe('Blank');
    expect(workbook.writes).toEqual([]);
  });

  it('says what happened when Excel refuses the name, and overwrites nothing', async () => {
    const { host, workbook } = excelHostOn([existing]);
    const before = snapshotOf(workbook, 'Year 10');
    await expect(host.addSheet('year 10', [['x']])).rejects.toThrow(/^Excel could not add the sheet 'year 10' \(.*already exists.*\)\./);
    expect(snapshotOf(workbook, 'Year 10')).toEqual(before);
    expect(workbook.sheets).toHaveLength(1);
  });
});
