/** ATTAINMENT8: each pupil's Attainment 8, or one element of it, or the detail table a data manager checks it with. */
import { ELEMENTS, type Element, type Entry } from '../attainment8/attainment8';
import { DETAIL_HEADER, detailRow, emptyDetailRow } from '../attainment8/detail';
import { pupilAttainment8, type PupilAttainment8 } from '../attainment8/pupil';
import { subjectColumn, type SubjectColumn as Column } from '../attainment8/qualifications';
import { CellError } from '../errors';
import { fromTwelfths } from '../grades/twelfths';
import { defineFunction } from '../registry/definition';
import type { ReadContext } from '../registry/params';
import { choiceOption, wholeRange } from '../registry/paramTypes';
import { BLANK, type CellOutput, type Grid } from '../values';

const CHOICES = ['total', ...ELEMENTS, 'detail'] as const;
type Choice = (typeof CHOICES)[number];

function readSubjects(grid: Grid): Column[] | CellError {
  if (grid.length !== 1) return new CellError('#VALUE!', 'subjects must be one row: the header row of subject names above the grades.');
  return grid[0]!.map(subjectColumn);
}

/** One pupil's grades as entries, null when they have none, or the first bad grade with its subject named. */
function readPupil(row: readonly unknown[], columns: readonly Column[], context: ReadContext): Entry[] | null | CellError {
  const entries: Entry[] = [];
  for (let column = 0; column < columns.length; column += 1) {
    const grade = context.grades.read(row[column]);
    if (grade instanceof CellError) return new CellError(grade.code, `${columns[column]!.name}: ${grade.message}`);
    if (grade !== null) entries.push({ column, grade, name: columns[column]!.name, qualification: columns[column]!.qualification });
  }
  return entries.length === 0 ? null : entries;
}

const points = (result: PupilAttainment8, choice: Exclude<Choice, 'detail'>) =>
  fromTwelfths(choice === 'total' ? result.fill.total : result.fill.elements[choice satisfies Element]);

export const ATTAINMENT8 = defineFunction({
  name: 'ATTAINMENT8',
  family: 'Attainment 8',
  description:
    "Each pupil's Attainment 8 from their grades, as the DfE counts it: double weighting, EBacc and open slots, " +
    'discounting of subjects that share a DfE discount code; or one element, or a table of every slot.',
  returns:
    'Attainment 8 points for each pupil (0-90), or the element asked for; blank for a pupil with no grades. ' +
    'With "detail", a header row and, per pupil, the subject in each of the 10 slots, the A8 and notes.',
  example: {
    formula: '=ATTAINMENT8(F2:P300, F1:P1)',
    says: "Each pupil's projected A8 from the predicted grades in every subject column.",
  },
  params: [
    wholeRange({ name: 'grades', description: 'One row per pupil, one column per subject.' }, (grid) => grid),
    wholeRange(
      { name: 'subjects', description: 'The header row of subject names, e.g. Maths, Eng Lang, Combined Science, French.' },
      readSubjects,
    ),
    choiceOption(
      {
        name: 'element',
        description:
          'Optional: total (the default), english, maths, ebacc or open for that element\'s points, or "detail" for the table of slots.',
      },
      CHOICES,
      'total',
    ),
  ],
  whole: (grades: Grid, columns: Column[], choice: Choice, context: ReadContext) => {
    if (grades.length === 0 || grades[0]!.length !== columns.length) {
      return new CellError(
        '#VALUE!',
        `ATTAINMENT8: grades have ${grades[0]?.length ?? 0} columns but subjects name ${columns.length}: ` +
          'use the header row above the grades.',
      );
    }
    const pupils = grades.map((row) => readPupil(row, columns, context));
    if (choice === 'detail') {
      const rows = pupils.map((entries): CellOutput[] =>
        entries === null || entries instanceof CellError ? emptyDetailRow(entries ?? BLANK) : detailRow(pupilAttainment8(entries)),
      );
      return [[...DETAIL_HEADER], ...rows];
    }
    return pupils.map((entries) => [
      entries === null ? BLANK : entries instanceof CellError ? entries : points(pupilAttainment8(entries), choice),
    ]);
  },
});
