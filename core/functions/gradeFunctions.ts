import { fromTwelfths } from '../grades/twelfths';
import { defineFunction } from '../registry/definition';
import { gradeCells, scaleOption } from '../registry/paramTypes';

export const GRADE_POINTS = defineFunction({
  name: 'GRADE_POINTS',
  family: 'Grades',
  description: 'Turns grades (9-1 with + or -, split grades like 5/4, A*-G, L1P-L2D*) into points you can average.',
  returns: 'The points for each grade: 5+ is 5.33, 5/4 is 4.5, B is 5.5, L2M is 5.5.',
  example: { formula: '=GRADE_POINTS(F2:F300)', says: "Each pupil's RP1 grade as points, ready to average or chart." },
  params: [gradeCells({ name: 'grades', description: 'A grade or a range of grades.' }), scaleOption()],
  each: (grade: number) => fromTwelfths(grade),
});
