import { CellError } from '../errors';
import { defineFunction } from '../registry/definition';
import { baselineRows, choiceOption, gradeCells, numberOption, wholeRange } from '../registry/paramTypes';
import { readBandTable } from '../targets/bandTable';
import type { BaselineRow } from '../targets/ks2';
import { bandGrade, dfeGradeEstimate, ELEMENTS, finishTarget, type Band, type Element } from '../targets/targetGrade';

const ks2 = baselineRows({
  name: 'ks2',
  description:
    'KS2 scaled scores: one column of averages, or two columns (reading, maths) that are averaged. ' +
    'With a band table, any baseline the table covers: a CAT4 standard age score, a reading age, a test percentage.',
});

export const TARGET_GRADE = defineFunction({
  name: 'TARGET_GRADE',
  family: 'Targets',
  description: 'Sets a target grade from KS2 with the DfE 2023 Attainment 8 estimates, or from any baseline with your own band table.',
  returns: 'A whole target grade from 1 to 9 for each pupil; never lower than a previous target.',
  example: {
    formula: '=TARGET_GRADE(C2:D300, "maths", 1)',
    says: "Each pupil's maths target from KS2 reading and maths, one grade above the national average.",
  },
  params: [
    ks2,
    choiceOption(
      { name: 'element', description: 'Which estimate to use: overall (default), english, maths, ebacc or open.' },
      Object.keys(ELEMENTS) as Element[],
      'overall',
    ),
    numberOption({ name: 'challenge', description: 'Grades added for challenge, from -3 to 3 (default 0).' }, 0, { min: -3, max: 3 }),
    gradeCells({ name: 'previous', description: 'Targets already set: the new target is never lower.' }, { optional: true }),
    wholeRange(
      {
        name: 'table',
        description:
          'Your own bands: lower bound and target grade, or lower bound, upper bound and target grade, of any baseline ' +
          '(KS2, CAT4 SAS, reading age, test %). Replaces the DfE table; a baseline outside the bands is an error.',
      },
      (grid, context) => readBandTable(grid, context.grades),
      { optional: true },
    ),
  ],
  each: (row: BaselineRow, element: Element, challenge: number, previous: number | null, bands: Band[] | undefined) => {
    const value = bands ? row.baseline : row.ks2;
    if (value instanceof CellError) return value;
    const estimate = bands ? bandGrade(bands, value) : dfeGradeEstimate(value, element);
    return estimate instanceof CellError ? estimate : finishTarget(estimate, challenge, previous);
  },
});
