/**
 * The recording fake is only proof if it is as strict as Excel where a host can go wrong: these
 * tests hold it to that, so a missing load, a forgotten sync or a write to a protected sheet fails.
 */
import { describe, expect, it } from 'vitest';
import { createExcelFake } from '../../fakes/excelFake';

const seeds = () => [
  {
    name: 'Data',
    values: [
      ['Name', 'Score'],
      ['Ann', 5],
      ['Bob', 7],
    ],
    conditionalFormats: [
      { type: 'DataBar', range: 'B2:B3' },
      { type: 'Custom', range: 'A2:A3', formula: '=A2="Ann"', fill: '#FFFF00' },
    ],
  },
  { name: 'Locked', values: [['x']], isProtected: true },
];

describe('the Excel fake', () => {
  it('throws PropertyNotLoaded for a property never loaded, and for one loaded but not yet synced', async () => {
    const { excel } = createExcelFake(seeds());
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      sheet.load('name');
      expect(() => sheet.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(sheet.name).toBe('Data');
      expect(() => sheet.position).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('applies writes only at sync, and refuses to end a run with commands never synced', async () => {
    const { excel, workbook } = createExcelFake(seeds());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('B2').values = [[6]];
      expect(workbook.sheetNamed('Data').values()[1]).toEqual(['Ann', 5]);
      await context.sync();
      expect(workbook.sheetNamed('Data').values()[1]).toEqual(['Ann', 6]);
    });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange('B3').values = [[0]];
      }),
    ).rejects.toMatchObject({ code: 'CommandsNotSynced' });
    expect(workbook.sheetNamed('Data').values()[2]).toEqual(['Bob', 7]);
  });

  it('refuses every change to a protected sheet, and names a missing sheet ItemNotFound', async () => {
    const { excel, workbook } = createExcelFake(seeds());
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Locked').getRange('A1').values = [['y']];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Locked').getRange('A1').conditionalFormats.add('Custom');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(workbook.sheetNamed('Locked').values()).toEqual([['x']]);
    expect(workbook.sheetNamed('Locked').conditionalFormats).toEqual([]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Nowhere').load('name');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('lists the formats that intersect a range, refuses custom properties on other types, and gives null objects instead', async () => {
    const { excel } = createExcelFake(seeds());
    await excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem('Data').getRange('B1:B9').conditionalFormats;
      formats.load('items/type');
      await context.sync();
      expect(formats.items.map((format) => format.type)).toEqual(['DataBar']);
    });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('Data').getRange().conditionalFormats.load('items/custom/rule/formula');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await excel.run(async (context) => {
      const formats = context.workbook.worksheets.getItem('Data').getRange().conditionalFormats;
      formats.load('items/type, items/customOrNullObject/rule/formula');
      expect(() => formats.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      const [bar, custom] = formats.items;
      expect(bar!.customOrNullObject.isNullObject).toBe(true);
      expect(() => bar!.customOrNullObject.rule.formula).toThrow();
      expect(custom!.customOrNullObject.rule.formula).toBe('=A2="Ann"');
    });
  });

  it('puts a new conditional format first, as Excel does, and counts syncs and calls', async () => {
    const { excel, workbook } = createExcelFake(seeds());
    workbook.resetCounts();
    await excel.run(async (context) => {
      const format = context.workbook.worksheets.getItem('Data').getRange('A2:B3').conditionalFormats.add('Custom');
      format.custom.rule.formula = '=TRUE';
      format.custom.format.fill.color = '#00FF00';
      await context.sync();
    });
    expect(workbook.sheetNamed('Data').conditionalFormats[0]).toEqual({
      type: 'Custom',
      range: 'A2:B3',
      formula: '=TRUE',
      fill: '#00FF00',
    });
    expect(workbook.syncs).toBe(1);
    expect(workbook.callCount).toBe(5); // getItem, getRange, add, formula=, color=
  });

  it('treats text starting with = written as a value as the formula Excel would make of it', async () => {
    const { excel, workbook } = createExcelFake(seeds());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('Data').getRange('C1:D1').values = [['=1+1', "'=1+1"]];
      await context.sync();
    });
    expect(workbook.sheetNamed('Data').formulaAddresses()).toEqual(['C1']);
  });

  it("returns a blank sheet's used range as a null object, and a used range by values only when asked", async () => {
    const { excel } = createExcelFake([{ name: 'Blank' }, { name: 'Formatted', values: [['a']], formatted: 'A1:C40' }]);
    await excel.run(async (context) => {
      const blank = context.workbook.worksheets.getItem('Blank').getUsedRangeOrNullObject(true);
      const byValues = context.workbook.worksheets.getItem('Formatted').getUsedRange(true);
      const withFormats = context.workbook.worksheets.getItem('Formatted').getUsedRange();
      for (const range of [blank, byValues, withFormats]) range.load('address');
      expect(() => blank.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(blank.isNullObject).toBe(true);
      expect([byValues.address, withFormats.address]).toEqual(['Formatted!A1', 'Formatted!A1:C40']);
    });
  });
});
