/**
 * Issue 11 on the report sheet, for the hand-computed 12-pupil cohort (test/core/report/twelvePupils.ts):
 * English and maths at 9-7 beside 9-4 and 9-5 for every group, Progress 8 with its pupils and the DfE's
 * 95% interval, and for a year group with no checkable Progress 8, the note and no Progress 8 at all.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../core/report';
import { reportSheetPlan } from '../../../core/reportSheet';
import { twelvePupils } from '../report/twelvePupils';
import { columnIn, expectFormatsOnNumbersOnly, formatsAt, tableAt } from './support';

const options = { sourceSheet: 'Year 11', date: '2025-03-14', existingSheetNames: [] };
const plan = reportSheetPlan(buildReport(twelvePupils()), options);

describe('the 12-pupil report sheet', () => {
  it('writes English and maths at 9-4, 9-5 and 9-7 for all pupils, PP and not PP, as shares', () => {
    const table = tableAt(plan, 'DfE headline measures');
    const columns = ['English and maths grade 4+', 'English and maths grade 5+', 'English and maths grade 7+'].map((label) =>
      columnIn(table, label),
    );
    // Hand counts in twelvePupils.ts: all 10, 8 and 5 of 12; PP 3, 1 and 1 of 5; not PP 7, 7 and 4 of 7.
    expect(table.body.map((row) => [row[0], row[1], ...columns.map((c) => row[c])])).toEqual([
      ['All pupils', 12, 10 / 12, 8 / 12, 5 / 12],
      ['PP', 5, 3 / 5, 1 / 5, 1 / 5],
      ['Not PP', 7, 1, 1, 4 / 7],
    ]);
    expect(formatsAt(plan, table.headerRow + 1, columns[2]! + 1)).toEqual(['0%']);
  });

  it('writes Progress 8 per group with the pupils it covers and the DfE interval, formatted 0.00', () => {
    const table = tableAt(plan, 'Projected Progress 8 and its elements from Summer');
    expect(table.header).toEqual(['Group', 'Measure', 'Pupils with KS2', 'Mean', '95% CI low', '95% CI high']);
    const totals = table.body.filter((row) => row[1] === 'Progress 8');
    // All: 0.334 / 11 ± 1.96 × 1.412814 / √11; PP: -4.167 / 5 ± ... / √5; not PP: 4.501 / 6 ± ... / √6.
    const margin = (n: number) => (1.96 * 1.412814) / Math.sqrt(n);
    const expected: [string, number, number][] = [
      ['All pupils', 11, 0.334 / 11],
      ['PP', 5, -4.167 / 5],
      ['Not PP', 6, 4.501 / 6],
    ];
    expect(totals).toHaveLength(3);
    totals.forEach((row, i) => {
      const [label, pupils, mean] = expected[i]!;
      expect(row.slice(0, 3)).toEqual([label, 'Progress 8', pupils]);
      expect(row[3]).toBeCloseTo(mean, 9);
      expect(row[4]).toBeCloseTo(mean - margin(pupils), 9);
      expect(row[5]).toBeCloseTo(mean + margin(pupils), 9);
    });
    // The elements for all 11 pupils, from twelvePupils.ts: English 11.755 / 11, maths 15.2 / 11, EBacc -21.51 / 33, open -29.06 / 33.
    const elements = table.body.filter((row) => row[0] === 'All pupils' && row[1] !== 'Progress 8');
    expect(elements.map((row) => [row[1], row[2]])).toEqual([
      ['English element', 11],
      ['Maths element', 11],
      ['EBacc element', 11],
      ['Open element', 11],
    ]);
    [11.755 / 11, 15.2 / 11, -21.51 / 33, -29.06 / 33].forEach((mean, i) => expect(elements[i]![3]).toBeCloseTo(mean, 9));
    expect(formatsAt(plan, table.headerRow + 1, 4)).toEqual(['0.00']);
    expect(plan.values.flat()).toContain(
      '1 pupil with a projected Attainment 8 has no KS2 score, so is not in Progress 8: the DfE leaves out only pupils without KS2.',
    );
    expect(
      plan.values.flat().some((cell) => typeof cell === 'string' && cell.startsWith("The 95% confidence interval is the DfE's")),
    ).toBe(true);
    expectFormatsOnNumbersOnly(plan);
  });
});

describe('the report sheet of a year group sitting GCSEs in 2025', () => {
  const sheet = reportSheetPlan(buildReport({ ...twelvePupils(), settings: { examYear: 2025 } }), options);
  const text = sheet.values.flat().filter((cell): cell is string => typeof cell === 'string');

  it('shows no Progress 8 anywhere, and says why', () => {
    expect(
      text.filter(
        (cell) => /Progress 8/.test(cell) && !cell.startsWith('No Progress 8') && !cell.startsWith('Projected Attainment 8 and'),
      ),
    ).toEqual([]);
    expect(text.some((cell) => cell.startsWith('No Progress 8: this year group sits its GCSEs in 2025.'))).toBe(true);
    expect(tableAt(sheet, 'Headlines').body.map((row) => row[0])).toContain('Projected Attainment 8, mean of 12 pupils');
  });
});
