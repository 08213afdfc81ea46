import { defineFunction } from '../registry/definition';
import type { CellParam } from '../registry/params';
import { choiceOption, ks2Rows } from '../registry/paramTypes';
import { PROGRESS8_MEASURES, progress8Score, readProgress8Points, type Progress8Measure } from '../targets/progress8';

/**
 * The a8 argument: 0 is a real Attainment 8 (a pupil with all U counts in Progress 8, as the DfE counts
 * them), blank is an empty cell, "" or a no-grade mark (core/targets/progress8.ts says why).
 */
const points: CellParam<number, true> = {
  name: 'a8',
  description:
    'Attainment 8 points, e.g. from ATTAINMENT8; with an element, that element\'s points, e.g. from ATTAINMENT8(..., "english").',
  kind: 'cell',
  type: 'number',
  optional: false,
  blankGivesBlank: true,
  reader: () => readProgress8Points,
};

export const PROGRESS8 = defineFunction({
  name: 'PROGRESS8',
  family: 'Attainment 8',
  description: "Each pupil's Progress 8, or one element's score: their points against the DfE 2023 estimate for their KS2 starting point.",
  returns:
    '(A8 - the A8 estimate) / 10 for the total; for an element, (its points - its estimate) / 2 for English and maths, / 3 for EBacc ' +
    'and open. +1.00 is a grade better in every slot.',
  example: { formula: '=PROGRESS8(Q2:Q300, C2:D300)', says: "Each pupil's projected P8 from their A8 and KS2 reading and maths." },
  params: [
    points,
    ks2Rows({ name: 'ks2', description: 'KS2 scaled scores: one column of averages, or two columns (reading, maths).' }),
    choiceOption(
      {
        name: 'element',
        description: "Optional: total (the default), english, maths, ebacc or open; the first argument is then that element's points.",
      },
      PROGRESS8_MEASURES,
      'total',
    ),
  ],
  each: (a8: number, ks2Average: number, element: Progress8Measure) => progress8Score(a8, ks2Average, element),
});
