/** "Insert a sample tracker": a new sheet whose every cell is written as a value, in one setValues. */
import { describe, expect, it } from 'vitest';
import { asLiteralRows } from '../../../core/workbook/literalCells';
import { createSheetsFake } from '../../fakes/sheetsFake';
import { loadHost } from './hostBundle';

/** What a tracker may hold that Sheets would otherwise turn into a formula or a number. */
const TYPED = [
  ['Name', 'Note', 'Score'],
  ['=SUM(A1:A2)', '+44 7700 900123', '-5'],
  ['-Smith', '@home', '=HYPERLINK("http://example.com")'],
  ['Ann', true, 5],
];

const writeCalls = (host: ReturnType<typeof loadHost>) =>
  host.fake.calls.filter((call) => /^Range\.(setValues|setValue|setFormula|setFormulas)$/.test(call.member));

describe('the Sheets fake reads setValues as typed input', () => {
  it('so unescaped formula-looking text would become formulas there (the tests below are not vacuous)', () => {
    const fake = createSheetsFake([{ name: 'Sheet1' }]);
    const sheet = fake.globals.SpreadsheetApp.getActiveSheet() as any;
    sheet.getRange(1, 1, 3, 3).setValues(TYPED.slice(0, 3));
    // A leading + starts a formula in Sheets too, so the phone number would be a formula parse error.
    expect(fake.formulas('Sheet1')).toEqual(['=SUM(A1:A2)', '=+44 7700 900123', '=-Smith', '=HYPERLINK("http://example.com")']);
  });
});

describe('addSheet', () => {
  it('writes formula-looking text as text, with exactly one setValues and no formula calls', () => {
    const host = loadHost([{ name: 'Year 10', values: [['UPN'], ['A1']] }]);
    host.run('addSheet', 'Sample tracker', asLiteralRows(TYPED));

    expect(writeCalls(host).map((call) => call.member)).toEqual(['Range.setValues']);
    expect(host.fake.formulas('Sample tracker')).toEqual([]);
    expect(host.fake.values('Sample tracker')).toEqual([
      ['Name', 'Note', 'Score'],
      ['=SUM(A1:A2)', '+44 7700 900123', '-5'],
      ['-Smith', '@home', '=HYPERLINK("http://example.com")'],
      ['Ann', true, 5],
    ]);
  });

  it('makes the new sheet the active one and leaves every other sheet as it was', () => {
    const host = loadHost([
      { name: 'Year 10', values: [['UPN'], ['A1']] },
      { name: 'Year 11', values: [['UPN']] },
    ]);
    host.run('addSheet', 'Sample tracker', [['UPN'], ['B2']]);
    expect(host.fake.activeSheetName()).toBe('Sample tracker');
    expect(host.fake.sheetNames()).toEqual(['Year 10', 'Sample tracker', 'Year 11']);
    expect(host.fake.values('Year 10')).toEqual([['UPN'], ['A1']]);
    expect(host.fake.values('Year 11')).toEqual([['UPN']]);
  });

  it('grows the new sheet past 1,000 rows and 26 columns for a wide year group, and fills short rows', () => {
    const rows = Array.from({ length: 1203 }, (_, row) => Array.from({ length: row === 1 ? 1 : 40 }, (_, column) => `r${row}c${column}`));
    const host = loadHost([{ name: 'Year 10' }]);
    host.run('addSheet', 'Year 7 sample', rows);
    expect(host.fake.size('Year 7 sample')).toEqual({ maxRows: 1203, maxColumns: 40 });
    const written = host.fake.values('Year 7 sample');
    expect(written[1]).toEqual(['r1c0', ...new Array(39).fill('')]);
    expect(written[1202]![39]).toBe('r1202c39');
    expect(writeCalls(host)).toHaveLength(1);
  });

  it('never writes over a sheet that already has the name', () => {
    const host = loadHost([{ name: 'Sample tracker', values: [['Mine']] }]);
    expect(() => host.run('addSheet', 'Sample tracker', [['New']])).toThrow(/already exists.*never writes over a sheet/);
    expect(host.fake.values('Sample tracker')).toEqual([['Mine']]);
    expect(host.fake.sheetNames()).toEqual(['Sample tracker']);
  });
});
