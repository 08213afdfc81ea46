import { CellError } from '../errors';
import { defineFunction } from '../registry/definition';
import { choiceOption, gradeCells, ks2Rows, numberOption, wholeRange } from '../registry/paramTypes';
import { readBandTable } from '../targets/bandTable';
import { bandGrade, dfeGradeEstimate, ELEMENTS, finishTarget, type Band, type Element } from '../targets/targetGrade';

const ks2 = ks2Rows({
  name: 'ks2',
  description: 'KS2 scaled scores: one column of averages, or two columns (reading, maths) that are averaged.',
});

export const TARGET_GRADE = defineFunction({
  name: 'TARGET_GRADE',
  family: 'Targets',
  description: 'Sets a target grade from KS2, using the DfE 2023 Attainment 8 estimates or your own band table.',
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
      { name: 'table', description: 'Your own bands: two columns of KS2 lower bound and target grade. Replaces the DfE table.' },
      (grid, context) => readBandTable(grid, context.grades),
      { optional: true },
    ),
  ],
  each: (average: number, element: Element, challenge: number, previous: number | null, bands: Band[] | undefined) => {
    const estimate = bands ? bandGrade(bands, average) : dfeGradeEstimate(average, element);
    return estimate instanceof CellError ? estimate : finishTarget(estimate, challenge, previous);
  },
});
