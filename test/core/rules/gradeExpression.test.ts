/**
 * One cell's reading (gradeTwelfthsExpression), the part every rule is made of, against the core's
 * own reading of the same cell, in HyperFormula: thousands of cells built from the pieces grades are
 * written with (digits, signs, letters, the vocational words long and short, spaces), numbers typed as
 * numbers and as text, cells that are no grade, and the school scales' own labels. Wherever the core
 * reads a grade, the formula gives the same twelfths; wherever the core gives blank or an error, the
 * formula is an error.
 */
import { HyperFormula } from 'hyperformula';
import { describe, expect, it } from 'vitest';
import { allBuiltInGradeLabels, CellError } from '../../../core';
import { createGradeScale } from '../../../core/grades/gradeScale';
import { gradeSettingsSchema, type GradeSettingsInput } from '../../../core/grades/gradeSettings';
import { gradeTwelfthsExpression } from '../../../core/rules';
import { asTypedCell } from './ruleGrid';
import { scaleSamples, SCHOOL_SCALES } from './schoolScales';

const PIECES = ['', '1', '2', '5', '9', '0', '+', '-', '=', '/', '.', '*', ' ', 'U', 'A', 'G', 'H', 'E', 'x', 'L', 'P', 'M', 'D'];
const LEVELS = ['', 'L', 'LEVEL', 'Level ', 'l', 'LEVE', 'LEVELEVEL'];
const WORDS = [
  ...['P', 'M', 'D', 'D*', 'DSTAR', 'PAS', 'PASS', 'PASSS', 'PA', 'MER', 'MERIT', 'MERITIT', 'ME'],
  ...['DIST', 'DISTINCTION', 'DISTINCTIONINCTION', 'DIS', 'DIST*', 'DISTSTAR', 'DISTINCTION*', 'DISTINCTIONSTAR', 'Distinction Star'],
  ...['DISTAR', 'PASSTAR', 'STAR', '*', 'Pass', 'merit'],
];

/** Everything a cell can hold that the readings must tell apart, each with a label for the failure message. */
function cells(scale?: GradeSettingsInput): { value: unknown; label: string }[] {
  const text = new Set<string>(allBuiltInGradeLabels());
  for (const a of PIECES) for (const b of PIECES) for (const c of ['', '+', '-', '/', '5', '4', ' ']) text.add(a + b + c);
  for (const level of LEVELS) {
    for (const number of ['1', '2', '3', ' 2']) {
      for (const word of WORDS) {
        text.add(level + number + word);
        text.add(`${word}(${level}${number})`);
        text.add(`${word} (${level}${number})`);
      }
    }
  }
  for (const written of [
    '5',
    '05',
    '+5',
    '5.',
    '.5',
    '+.5',
    '4.50',
    '4 .5',
    ' 4.5 ',
    '+ 5',
    '9.25',
    '9.3333334',
    '9.34',
    '5.33333333333333',
  ])
    text.add(written);
  for (const written of [
    '1E0',
    '5e0',
    '50%',
    '6:00',
    '2:00',
    '1/1/1900',
    '$5',
    '£5',
    '1,5',
    '0',
    '00',
    '-0',
    '-5',
    '++5',
    '0.0000001',
    '9.41666666',
  ])
    text.add(written);
  const numbers = [
    ...Array.from({ length: 240 }, (_, index) => (index - 4) / 24),
    ...[16 / 3, 28 / 3, 9.3333334, 112 / 12 + 4e-7, 113 / 12 - 1e-8, 1 / 12 - 1e-7, 1e-9, 5.3, 45000, -1, 10, 100],
  ];
  return [
    ...[...text].map((value) => ({ value, label: JSON.stringify(value) })),
    ...numbers.map((value) => ({ value, label: `the number ${value}` })),
    ...[null, true, false].map((value) => ({ value, label: String(value) })),
    // A school's own labels, in three spellings each.
    ...(scale ? scaleSamples(scale) : []),
  ];
}

/** The formula's reading of each cell, and the core's, side by side: where they differ. */
function disagreements(scale?: GradeSettingsInput): string[] {
  const all = cells(scale);
  const read = createGradeScale(scale).read;
  const settings = gradeSettingsSchema.parse(scale ?? {});
  const hf = HyperFormula.buildFromArray(
    all.map(({ value }, row) => [asTypedCell(value), `=${gradeTwelfthsExpression(`A${row + 1}`, settings)}`]),
    { licenseKey: 'gpl-v3' },
  );
  try {
    const problems: string[] = [];
    all.forEach(({ value, label }, row) => {
      const formula = hf.getCellValue({ sheet: 0, row, col: 1 });
      const core = read(value);
      const expected = typeof core === 'number' ? core : 'an error';
      const shown = typeof formula === 'number' ? formula : formula instanceof Object ? 'an error' : JSON.stringify(formula);
      if (shown !== expected)
        problems.push(`${label}: the core reads ${core instanceof CellError ? core.code : String(core)}, the formula ${shown}`);
    });
    expect(all.length).toBeGreaterThan(2000);
    // Both outcomes are common: no reading passes by failing everything, or by reading everything.
    expect(all.filter(({ value }) => typeof read(value) === 'number').length).toBeGreaterThan(300);
    expect(all.filter(({ value }) => typeof read(value) !== 'number').length).toBeGreaterThan(300);
    return problems;
  } finally {
    hf.destroy();
  }
}

describe("one cell's reading agrees with the core's", () => {
  it('on the GCSE scale: text built from every piece grades are written with, numbers typed both ways, cells that are no grade', () => {
    expect(disagreements().slice(0, 20)).toEqual([]);
  }, 120_000);

  it.each(SCHOOL_SCALES.slice(0, 4))(
    'on the %s scale',
    (_name, scale) => {
      expect(disagreements(scale).slice(0, 20)).toEqual([]);
    },
    120_000,
  );
});
