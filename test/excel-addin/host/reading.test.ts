/**
 * Reading for the panel: the top 15 rows from A1, as wide as the sheet is used, the last used row
 * and protection, read from the used range and a 15-row block, never whole columns or every pupil.
 */
import { describe, expect, it } from 'vitest';
import { planColouring } from '../../../core/colouring/plan';
import { detectLayout } from '../../../core/layout';
import { DEFAULT_RULE_SETTINGS } from '../../../core/rules';
import { excelHostOn, snapshotOf } from './support';
import { HEADINGS, schoolRules, wideTracker } from './trackers';

const WIDTH = HEADINGS.length; // 21 columns: A to U
const blankRow = (width: number) => new Array(width).fill('');

describe('Excel host: reading a sheet', () => {
  it('reads a tracker with a title row: its first 15 rows from A1, its last row, and that it is not protected', async () => {
    const values = wideTracker(200);
    const { host, workbook } = excelHostOn([{ name: 'Year 10', values }]);
    workbook.resetCounts();
    const top = await host.activeSheet();
    expect(top).toEqual({ name: 'Year 10', topRows: values.slice(0, 15), lastRow: 203, isProtected: false });
    // The panel finds the headings in row 3, below the title, from exactly these rows.
    expect(detectLayout(top.topRows).headerRow).toBe(2);
    expect(workbook.valueReads).toEqual([{ sheet: 'Year 10', address: 'A1:U15' }]);
    expect(workbook.syncs).toBe(2);
  });

  it('counts pupils by values, not by formatting drawn further down', async () => {
    const { host } = excelHostOn([{ name: 'Year 10', values: wideTracker(40), formatted: 'A1:U1000' }]);
    expect((await host.activeSheet()).lastRow).toBe(43);
  });

  it('reads from A1 when the tracker starts lower and further right, as wide as the last used column', async () => {
    const tracker = wideTracker(30);
    const shifted = [blankRow(WIDTH + 2), blankRow(WIDTH + 2), ...tracker.map((row) => ['', '', ...row])];
    const { host, workbook } = excelHostOn([{ name: 'Year 10', values: shifted }]);
    const top = await host.activeSheet();
    expect(top.topRows).toEqual(shifted.slice(0, 15));
    expect(top.topRows[2]![2]).toBe('Year 10 tracker 2024-25');
    expect(top.lastRow).toBe(2 + 33);
    expect(workbook.valueReads).toEqual([{ sheet: 'Year 10', address: 'A1:W15' }]);
  });

  it('reads every sheet in tab order in 3 syncs, however many sheets there are', async () => {
    const names = ['Year 7', 'Year 8', 'Year 9', 'Year 10', 'Year 11', 'Notes'];
    const syncsFor = async (count: number) => {
      const seeds = names.slice(0, count).map((name, index) => ({
        name,
        values: name === 'Notes' ? [['Read me']] : wideTracker(20 + index, name),
        isProtected: name === 'Year 8',
      }));
      const { host, workbook } = excelHostOn(seeds);
      workbook.resetCounts();
      const tops = await host.allSheets();
      expect(tops.map((top) => [top.name, top.lastRow, top.isProtected])).toEqual(
        seeds.map((seed) => [seed.name, seed.values.length, seed.isProtected]),
      );
      // Only each sheet's top block: A1:U15 on a tracker, the one cell A1 on the notes sheet.
      expect(workbook.valueReads).toEqual(seeds.map((seed) => ({ sheet: seed.name, address: seed.name === 'Notes' ? 'A1' : 'A1:U15' })));
      return workbook.syncs;
    };
    expect(await syncsFor(2)).toBe(3);
    expect(await syncsFor(6)).toBe(3);
  });

  it('reads protection, so the core refuses a protected sheet and nothing is written to it', async () => {
    const { host, workbook } = excelHostOn([
      { name: 'Year 10', values: wideTracker(50), isProtected: true, conditionalFormats: schoolRules(50) },
    ]);
    const before = snapshotOf(workbook, 'Year 10');
    const top = await host.activeSheet();
    expect(top.isProtected).toBe(true);
    const outcome = planColouring(top, detectLayout(top.topRows), DEFAULT_RULE_SETTINGS);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/protected/) });
    expect(workbook.writes).toEqual([]);
    expect(workbook.callsTo('ConditionalFormatCollection.add')).toBe(0);
    expect(snapshotOf(workbook, 'Year 10')).toEqual(before);
  });
});
