import type { GradeScale } from '../grades/gradeScale';
import { fromTwelfths, toleranceTwelfths } from '../grades/twelfths';
import { defineFunction } from '../registry/definition';
import { gradeCells, numberOption, scaleOption } from '../registry/paramTypes';
import { statusFor } from '../tracking/status';

const current = gradeCells({
  name: 'current',
  description: 'Working-at or predicted grades: one column per data collection (RP1, RP2, RP3).',
});
const target = gradeCells({ name: 'target', description: 'Target grades: the same shape, one column for every collection, or one cell.' });

export const ON_TRACK = defineFunction({
  name: 'ON_TRACK',
  family: 'Tracking',
  description: 'Compares each grade with its target: Above, On, Below (up to a grade under) or Well below.',
  returns: 'Above, On, Below or Well below for each grade; blank where a grade or target is missing.',
  example: {
    formula: '=ON_TRACK(F2:H300, E2:E300)',
    says: 'For every pupil and every collection RP1-RP3, whether they are on track for their target.',
  },
  params: [
    current,
    target,
    numberOption(
      { name: 'tolerance', description: 'How far from target still counts as On, in grades (default 0; 0.34 makes 5- On for a 5).' },
      0,
      { min: 0, max: 9, convert: toleranceTwelfths },
    ),
    scaleOption(),
  ],
  each: (grade: number, goal: number, tolerance: number, scale: GradeScale) => statusFor(grade - goal, tolerance, scale.step),
});

export const RESIDUAL = defineFunction({
  name: 'RESIDUAL',
  family: 'Tracking',
  description: 'How many grades each pupil is above (+) or below (-) target, as a number you can average.',
  returns: 'Grade minus target, in grades: 5- against a 6 target is -1.33.',
  example: { formula: '=RESIDUAL(H2:H300, E2:E300)', says: "Each pupil's RP3 residual; AVERAGE it for the class." },
  params: [current, target, scaleOption()],
  each: (grade: number, goal: number) => fromTwelfths(grade - goal),
});
