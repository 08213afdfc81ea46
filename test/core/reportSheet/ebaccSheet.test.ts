/**
 * Issue 11's EBacc and Attainment 8 element figures on the report sheet, for the hand-computed 12-pupil
 * cohort (test/core/report/twelvePupils.ts has every figure by hand): EBacc 9-4, 9-5 and APS beside
 * EBacc entry, and a table of the four A8 elements per group.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../core/report';
import { reportSheetPlan } from '../../../core/reportSheet';
import { twelvePupils, twelvePupilsWithScience } from '../report/twelvePupils';
import { columnIn, expectFormatsOnNumbersOnly, formatsAt, tableAt } from './support';

const options = { sourceSheet: 'Year 11', date: '2025-03-14', existingSheetNames: [] };

describe('the EBacc columns of the DfE headline table', () => {
  const plan = reportSheetPlan(buildReport(twelvePupilsWithScience()), options);
  const table = tableAt(plan, 'DfE headline measures');
  const labels = ['EBacc entry', 'EBacc grade 4+', 'EBacc grade 5+', 'EBacc average point score'];
  const columns = labels.map((label) => columnIn(table, label));

  it('writes entry, 9-4, 9-5 and APS for all pupils, PP and not PP', () => {
    // twelvePupils.ts: entry 11, 9-4 7 and 9-5 6 of 12, APS 371 / 72; PP 5, 1, 1 of 5, 110 / 30; not PP 6, 6, 5 of 7, 261 / 42.
    const body = table.body.map((row) => [row[0], ...columns.map((c) => row[c])]);
    expect(body).toEqual([
      ['All pupils', 11 / 12, 7 / 12, 6 / 12, expect.closeTo(371 / 72, 9)],
      ['PP', 1, 1 / 5, 1 / 5, expect.closeTo(110 / 30, 9)],
      ['Not PP', 6 / 7, 6 / 7, 5 / 7, expect.closeTo(261 / 42, 9)],
    ]);
  });

  it('formats the shares as percentages and the APS to 2 decimals, as the DfE prints it', () => {
    const first = table.headerRow + 1;
    expect(columns.map((c) => formatsAt(plan, first, c + 1))).toEqual([['0%'], ['0%'], ['0%'], ['0.00']]);
    expectFormatsOnNumbersOnly(plan);
  });
});

describe('the Attainment 8 elements table', () => {
  const plan = reportSheetPlan(buildReport(twelvePupils()), options);
  const table = tableAt(plan, 'Projected Attainment 8 and its elements from Summer');

  it('writes the pupils it covers, A8 and its four elements per group, formatted 0.0', () => {
    expect(table.header).toEqual(['Group', 'Pupils', 'Attainment 8', 'English element', 'Maths element', 'EBacc element', 'Open element']);
    // twelvePupils.ts: A8 523, 149, 374; English 138, 40, 98; maths 134, 40, 94; EBacc 124, 34, 90; open 127, 35, 92.
    const expected: [string, number, number[]][] = [
      ['All pupils', 12, [523, 138, 134, 124, 127]],
      ['PP', 5, [149, 40, 40, 34, 35]],
      ['Not PP', 7, [374, 98, 94, 90, 92]],
    ];
    expect(table.body).toEqual(
      expected.map(([label, pupils, sums]) => [label, pupils, ...sums.map((sum) => expect.closeTo(sum / pupils, 9))]),
    );
    expect(formatsAt(plan, table.headerRow + 1, 2)).toEqual(['0']);
    expect(formatsAt(plan, table.headerRow + 1, 4)).toEqual(['0.0']);
    expect(plan.values.flat().some((cell) => typeof cell === 'string' && cell.startsWith('English and maths elements are double'))).toBe(
      true,
    );
  });
});
