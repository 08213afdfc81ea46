/**
 * The parts of the Excel fake a report uses (number formats, bold, column widths, charts) are only
 * proof if they are as strict as Excel: a wrongly shaped number-format array, a chart type Excel does
 * not have, a read before load and sync, or a change to a protected sheet must all fail here too.
 */
import { describe, expect, it } from 'vitest';
import { createExcelFake } from '../../fakes/excelFake';

const seeds = () => [
  {
    name: 'Data',
    values: [
      ['Name', 'Score'],
      ['Ann', 0.5],
      ['Bob', 0.75],
    ],
    columnWidths: { B: 60 },
  },
  { name: 'Locked', values: [['x', 1]], isProtected: true },
];
type Fake = ReturnType<typeof createExcelFake>;
type Context = Parameters<Parameters<Fake['excel']['run']>[0]>[0];

/** One Excel.run that queues `commands` and syncs once. */
const runOnce = ({ excel }: Fake, commands: (context: Context) => void) =>
  excel.run(async (context) => {
    commands(context);
    await context.sync();
  });

describe('the Excel fake: formats', () => {
  it('takes number formats only as a 2-D array the size of the range, and reads them back only after load and sync', async () => {
    const fake = createExcelFake(seeds());
    const data = (context: Context) => context.workbook.worksheets.getItem('Data');
    await expect(
      runOnce(fake, (context) => {
        data(context).getRange('B2:B3').numberFormat = [['0%']];
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(
      runOnce(fake, (context) => {
        data(context).getRange('B2:B3').numberFormat = '0%' as never;
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    await fake.excel.run(async (context) => {
      const range = data(context).getRange('A2:B3');
      data(context).getRange('B2:B3').numberFormat = [['0%'], ['0%']];
      range.load('numberFormat');
      expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.numberFormat).toEqual([
        ['General', '0%'],
        ['General', '0%'],
      ]);
    });
    expect(fake.workbook.sheetNamed('Data').formattingSnapshot().numberFormats).toEqual({ B2: '0%', B3: '0%' });
  });

  it('sets bold per cell and widths per whole column, reading null where cells or columns differ, as Excel does', async () => {
    const fake = createExcelFake(seeds());
    await fake.excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      sheet.getRange('A1:B1').format.font.bold = true;
      sheet.getRange('A5:A9').format.columnWidth = 165;
      const [header, mixed, widths, column] = [
        sheet.getRange('A1:B1'),
        sheet.getRange('A1:A2'),
        sheet.getRange('A1:B1'),
        sheet.getRange('A1'),
      ];
      header.format.font.load('bold');
      mixed.format.font.load('bold');
      widths.format.load('columnWidth');
      column.format.load('columnWidth');
      await context.sync();
      expect([header.format.font.bold, mixed.format.font.bold]).toEqual([true, null]);
      expect([column.format.columnWidth, widths.format.columnWidth]).toEqual([165, null]);
    });
    expect(fake.workbook.sheetNamed('Data').formattingSnapshot()).toMatchObject({ bold: ['A1', 'B1'], columnWidths: { A: 165, B: 60 } });
  });

  it('refuses every format change and chart on a protected sheet', async () => {
    const fake = createExcelFake(seeds());
    const locked = (context: Context) => context.workbook.worksheets.getItem('Locked');
    const attempts: ((context: Context) => void)[] = [
      (context) => {
        locked(context).getRange('B1').numberFormat = [['0%']];
      },
      (context) => {
        locked(context).getRange('A1').format.font.bold = true;
      },
      (context) => {
        locked(context).getRange('A:A').format.columnWidth = 100;
      },
      (context) => {
        locked(context).charts.add('ColumnClustered', locked(context).getRange('A1:B1'), 'Columns');
      },
    ];
    for (const attempt of attempts) await expect(runOnce(fake, attempt)).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(fake.workbook.sheetNamed('Locked').formattingSnapshot()).toEqual({ numberFormats: {}, bold: [], columnWidths: {}, charts: [] });
  });

  it('counts formatted cells in the used range, but not when asked for values only', async () => {
    const fake = createExcelFake([{ name: 'Data', values: [['a']], numberFormats: [{ address: 'C40', format: '0.00' }] }]);
    await fake.excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const [all, values] = [sheet.getUsedRange(), sheet.getUsedRange(true)];
      all.load('address');
      values.load('address');
      await context.sync();
      expect([all.address, values.address]).toEqual(['Data!A1:C40', 'Data!A1']);
    });
  });
});

describe('the Excel fake: charts', () => {
  it("adds a chart only at sync, from a range, with Excel's chart types and series orientations only", async () => {
    const fake = createExcelFake(seeds());
    const add = (type: string, seriesBy: string) =>
      runOnce(fake, (context) => {
        const sheet = context.workbook.worksheets.getItem('Data');
        sheet.charts.add(type, sheet.getRange('A1:B3'), seriesBy);
      });
    await expect(add('ClusteredColumn', 'Columns')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await expect(add('ColumnClustered', 'ByColumn')).rejects.toMatchObject({ code: 'InvalidArgument' });
    expect(fake.workbook.sheetNamed('Data').charts).toEqual([]);
    await add('ColumnClustered', 'Columns');
    expect(fake.workbook.sheetNamed('Data').charts).toEqual([
      expect.objectContaining({
        type: 'ColumnClustered',
        seriesBy: 'Columns',
        source: { sheet: 'Data', address: 'A1:B3' },
        width: 360,
        height: 216,
      }),
    ]);
  });

  const chartPosition =
    "positions a chart on a cell by the columns' widths, sizes it to cover an end cell, and reads sizes only after load and sync";
  it(chartPosition, async () => {
    const fake = createExcelFake(seeds());
    await fake.excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Data');
      const chart = sheet.charts.add('Line', sheet.getRange('A1:B3'), 'Columns');
      chart.title.text = 'Scores';
      chart.axes.valueAxis.numberFormat = '0%';
      chart.setPosition('D3', 'E6');
      chart.load('left, top, width, height');
      expect(() => chart.left).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      // A (48) + B (60) + C (48) points to the left of D; two 15-point rows above row 3; D:E by rows 3-6.
      expect([chart.left, chart.top, chart.width, chart.height]).toEqual([156, 30, 96, 60]);
      chart.width = 0;
      await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
    });
    expect(fake.workbook.sheetNamed('Data').charts[0]).toMatchObject({
      title: { text: 'Scores', visible: false },
      axes: { value: { numberFormat: '0%' } },
      topLeftCell: 'D3',
    });
  });
});
