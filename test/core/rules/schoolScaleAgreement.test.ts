/**
 * The traffic-light rules on a school's own grade scale agree with ON_TRACK on that scale, in
 * HyperFormula: every pair of the scale's labels (in three spellings each), numbers as the scale
 * reads them and what it must not read, at tolerance 0 and 0.34. Formulas stay within Excel's
 * 8,192 characters for 40 labels of 20 characters.
 */
import { describe, expect, it } from 'vitest';
import { createFunctions, STATUSES } from '../../../core';
import { compare, evaluate } from './agreement';
import { fortyLabelScale, scaleSamples, SCHOOL_SCALES } from './schoolScales';

const EXCEL_FORMULA_LIMIT = 8192;

describe.each(SCHOOL_SCALES)('the rules on the %s scale', (_name, scale) => {
  const samples = scaleSamples(scale);

  it.each([0, 0.34])(
    'agree with ON_TRACK on the same scale for every pair of its cells (tolerance %s)',
    (tolerance) => {
      const { mismatches, timesShown } = compare(samples, samples, tolerance, scale);
      expect(mismatches.slice(0, 20)).toEqual([]);
      // Every status is shown somewhere, and so is no colour: no rule passes by never firing.
      for (const colour of [...STATUSES, '']) expect(timesShown.get(colour) ?? 0, colour || 'no rule').toBeGreaterThan(0);
    },
    120_000,
  );
});

describe('school scales in the rules', () => {
  it(`keep a scale of 40 labels of 20 characters within Excel's ${EXCEL_FORMULA_LIMIT.toLocaleString('en-GB')} characters`, () => {
    const { formulas } = evaluate(
      scaleSamples(fortyLabelScale()).slice(0, 2),
      scaleSamples(fortyLabelScale()).slice(0, 2),
      0.34,
      fortyLabelScale(),
    );
    for (const formula of formulas) expect(formula.length).toBeLessThan(EXCEL_FORMULA_LIMIT);
    // Every literal within Excel's 255 characters: the labels are split over several lookups.
    for (const literal of formulas.join('').match(/"(?:[^"]|"")*"/g) ?? []) expect(literal.length - 2).toBeLessThanOrEqual(255);
    expect(formulas[0]!.match(/CHOOSE\(/g)!.length).toBeGreaterThan(4);
  });

  it('colour a step under target Below and two steps Well below, as ON_TRACK says on that scale', () => {
    const ks3 = createFunctions({
      labels: [
        { label: 'Emerging', value: 1 },
        { label: 'Developing', value: 2 },
        { label: 'Secure', value: 3 },
      ],
    });
    expect(ks3.ON_TRACK([['Developing', 'Emerging', 'Secure']], 'Secure')).toEqual([['Below', 'Well below', 'On']]);
    const percentages = createFunctions({ numbers: 'percentages', step: 10 });
    // Below reaches exactly one step (10 marks) under target.
    expect(percentages.ON_TRACK([[65, 54, 53, 64]], 64)).toEqual([['Above', 'Below', 'Well below', 'On']]);
  });
});
