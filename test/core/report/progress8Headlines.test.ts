/**
 * Issue 11's headline measures on the hand-computed 12-pupil cohort (twelvePupils.ts has every pupil's
 * grades, element points, A8 and P8): English and maths at 9-4, 9-5 and 9-7, average Attainment 8, and
 * Progress 8 with the pupils it covers and the DfE's 95% confidence interval, for all pupils, PP and not PP.
 * The interval is the DfE's: mean ± 1.96 × national SD / √pupils, with the 2023 SDs (Progress 8 1.412814,
 * English 1.635252, maths 1.488701, EBacc 1.633377, open 1.621232: core/targets/dfe2023Deviations.ts).
 */
import { describe, expect, it } from 'vitest';
import { functions } from '../../../core/functions';
import { buildReport } from '../../../core/report';
import { ELEMENT_POINTS, SUBJECTS, twelvePupils } from './twelvePupils';

const report = buildReport(twelvePupils());
const row = (label: string) => report.headlines!.rows.find((candidate) => candidate.label === label)!;
const margin = (sd: number, pupils: number) => (1.96 * sd) / Math.sqrt(pupils);

describe('the headline measures of the hand-computed 12-pupil cohort', () => {
  it('gives English and maths at 9-4, 9-5 and 9-7 for all pupils, PP and not PP', () => {
    // All 12, lower of English and maths 7, 8, 4, 5, 7, 4, 6, 5, 0, 8, 3, 7: 4+ all but pupils 9 and 11 (10 of 12);
    // 5+ not 3, 6, 9 or 11 (8 of 12); 7+ pupils 1, 2, 5, 10 and 12 (5 of 12).
    expect(row('All pupils')).toMatchObject({ pupils: 12, englishMaths4: 10 / 12, englishMaths5: 8 / 12, englishMaths7: 5 / 12 });
    // PP: pupils 1, 3, 6, 9, 11 with 7, 4, 4, 0, 3: 4+ 3 of 5, 5+ and 7+ only pupil 1.
    expect(row('PP')).toMatchObject({ pupils: 5, englishMaths4: 3 / 5, englishMaths5: 1 / 5, englishMaths7: 1 / 5 });
    // Not PP: pupils 2, 4, 5, 7, 8, 10, 12 with 8, 5, 7, 6, 5, 8, 7: all at 4+ and 5+; 7+ pupils 2, 5, 10, 12.
    expect(row('Not PP')).toMatchObject({ pupils: 7, englishMaths4: 1, englishMaths5: 1, englishMaths7: 4 / 7 });
  });

  it('averages Attainment 8 over every pupil with grades, the all-U pupil at 0', () => {
    // 51 + 64 + 31 + 42 + 53 + 35 + 55 + 40 + 0 + 66 + 32 + 54 = 523; PP 51 + 31 + 35 + 0 + 32 = 149; the rest 374.
    expect(row('All pupils').averageAttainment8).toBeCloseTo(523 / 12, 9);
    expect(row('PP').averageAttainment8).toBeCloseTo(149 / 5, 9);
    expect(row('Not PP').averageAttainment8).toBeCloseTo(374 / 7, 9);
  });

  it('averages Progress 8 over the 11 pupils with KS2, the all-U pupil counted, with the DfE interval', () => {
    // 1.470 + 0.586 - 0.530 - 0.347 + 1.670 - 1.047 - 0.314 - 3.630 + 2.053 - 0.430 + 0.853 = 0.334, over 11 pupils:
    // 0.030364, ± 1.96 × 1.412814 / √11 = ± 0.834920, so -0.804556 to 0.865283.
    const all = row('All pupils').progress8!;
    expect(all.pupils).toBe(11);
    expect(all.mean).toBeCloseTo(0.334 / 11, 9);
    expect(all.interval!.low).toBeCloseTo(-0.804556, 6);
    expect(all.interval!.high).toBeCloseTo(0.865283, 6);
    expect(report.attainment!.progress8).toMatchObject({ pupils: 11, interval: all.interval });
    // PP: 1.470 - 0.530 - 1.047 - 3.630 - 0.430 = -4.167 over 5 = -0.8334, ± 1.96 × 1.412814 / √5 = ± 1.238386.
    const pp = row('PP').progress8!;
    expect([pp.pupils, pp.mean]).toEqual([5, expect.closeTo(-0.8334, 9)]);
    expect(pp.interval!.high - pp.mean!).toBeCloseTo(1.238386, 6);
    // Not PP (pupil 8 has no KS2): 0.586 - 0.347 + 1.670 - 0.314 + 2.053 + 0.853 = 4.501 over 6 = 0.750167, ± 1.130487.
    const rest = row('Not PP').progress8!;
    expect([rest.pupils, rest.mean]).toEqual([6, expect.closeTo(4.501 / 6, 9)]);
    expect(rest.mean! - rest.interval!.low).toBeCloseTo(1.130487, 6);
  });

  it('says who Progress 8 leaves out: the one pupil without KS2, as the DfE does', () => {
    expect(report.attainment!.progress8Notes).toEqual([
      '1 pupil with a projected Attainment 8 has no KS2 score, so is not in Progress 8: the DfE leaves out only pupils without KS2.',
    ]);
  });
});

/** The element scores: each element's points (twelvePupils.ts) through PROGRESS8 against its own estimate, averaged per group. */
describe("the 12-pupil cohort's Progress 8 elements", () => {
  const elements = report.attainment!.progress8!.elements;

  it('scores each element against its own estimate, over the same 11 pupils, with its own national SD', () => {
    // English (points - estimate) / 2: 2.925 + 1.945 - 0.075 + 1.06 + 2.925 - 0.94 + 0.945 - 4.075 + 4.06 + 0.925 + 2.06 = 11.755.
    expect(elements.english).toMatchObject({ pupils: 11, mean: expect.closeTo(11.755 / 11, 9) });
    expect(elements.english.interval!.high - elements.english.mean!).toBeCloseTo(margin(1.635252, 11), 9); // 0.966372
    // Maths / 2: 3.53 + 3.175 + 0.53 + 0.55 + 3.53 + 1.55 + 0.175 - 3.47 + 3.55 - 0.47 + 2.55 = 15.2.
    expect(elements.maths).toMatchObject({ pupils: 11, mean: expect.closeTo(15.2 / 11, 9) });
    expect(elements.maths.interval!.high - elements.maths.mean!).toBeCloseTo(margin(1.488701, 11), 9); // 0.879766
    // EBacc / 3, numerators 1.11 - 2.23 - 2.89 - 2.90 + 3.11 - 4.90 - 3.23 - 9.89 + 3.10 - 1.89 - 0.90 = -21.51.
    expect(elements.ebacc).toMatchObject({ pupils: 11, mean: expect.closeTo(-21.51 / 33, 9) });
    expect(elements.ebacc.interval!.high - elements.ebacc.mean!).toBeCloseTo(margin(1.633377, 11), 9); // 0.965264
    // Open / 3: 0.68 - 2.15 - 3.32 - 3.79 + 0.68 - 6.79 - 2.15 - 11.32 + 2.21 - 3.32 + 0.21 = -29.06.
    expect(elements.open).toMatchObject({ pupils: 11, mean: expect.closeTo(-29.06 / 33, 9) });
    expect(elements.open.interval!.high - elements.open.mean!).toBeCloseTo(margin(1.621232, 11), 9); // 0.958087
    // 2 × English + 2 × maths + 3 × EBacc + 3 × open, over 10 slots, is the total again: 0.334 / 11.
    const total = (2 * elements.english.mean! + 2 * elements.maths.mean! + 3 * elements.ebacc.mean! + 3 * elements.open.mean!) / 10;
    expect(total).toBeCloseTo(report.attainment!.progress8!.mean!, 9);
  });

  it("uses the element points ATTAINMENT8's element argument gives for the same grades", () => {
    const grades = twelvePupils()
      .rows.slice(1)
      .map((row) => row.slice(4));
    for (const element of Object.keys(ELEMENT_POINTS) as (keyof typeof ELEMENT_POINTS)[]) {
      expect(functions.ATTAINMENT8(grades, [[...SUBJECTS]], element)).toEqual(ELEMENT_POINTS[element].map((points) => [points]));
    }
  });

  it('gives each group its elements: PP English is -0.248 over 5 pupils', () => {
    const pp = row('PP').progress8!.elements;
    // Pupils 1, 3, 6, 9, 11: 2.925 - 0.075 - 0.94 - 4.075 + 0.925 = -1.24, over 5; ± 1.96 × 1.635252 / √5 = ± 1.433362.
    expect(pp.english).toMatchObject({ pupils: 5, mean: expect.closeTo(-0.248, 9) });
    expect(pp.english.interval!.low).toBeCloseTo(-0.248 - 1.433362, 6);
  });
});
