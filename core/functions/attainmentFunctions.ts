import { attainment8, type SubjectGrade } from '../attainment8/attainment8';
import { classifySubject, type SubjectKind } from '../attainment8/subjects';
import { CellError } from '../errors';
import { fromTwelfths } from '../grades/twelfths';
import { defineFunction } from '../registry/definition';
import type { ReadContext } from '../registry/params';
import { ks2Rows, numberCells, wholeRange } from '../registry/paramTypes';
import { dfeAttainment8Estimate } from '../targets/targetGrade';
import { BLANK, type CellOutput, type Grid } from '../values';

interface Subject {
  name: string;
  kind: SubjectKind;
}

function readSubjects(grid: Grid): Subject[] | CellError {
  if (grid.length !== 1) return new CellError('#VALUE!', 'subjects must be one row: the header row of subject names above the grades.');
  return grid[0]!.map((name) => ({ name: String(name ?? ''), kind: classifySubject(name) }));
}

/** One pupil's A8, or blank when they have no grades; a bad grade names its subject. */
function pupilAttainment8(row: readonly unknown[], subjects: readonly Subject[], context: ReadContext): CellOutput {
  const taken: SubjectGrade[] = [];
  for (let column = 0; column < subjects.length; column += 1) {
    const grade = context.grades.read(row[column]);
    if (grade instanceof CellError)
      return new CellError(grade.code, `${subjects[column]!.name || `Column ${column + 1}`}: ${grade.message}`);
    if (grade !== null) taken.push({ kind: subjects[column]!.kind, grade });
  }
  return taken.length === 0 ? BLANK : fromTwelfths(attainment8(taken));
}

export const ATTAINMENT8 = defineFunction({
  name: 'ATTAINMENT8',
  family: 'Attainment 8',
  description: "Each pupil's Attainment 8 from their grades, with the DfE's double weighting and EBacc and open slots.",
  returns: 'Attainment 8 points for each pupil (0-90); blank for a pupil with no grades.',
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
  ],
  whole: (grades: Grid, subjects: Subject[], context: ReadContext) => {
    if (grades.length === 0 || grades[0]!.length !== subjects.length) {
      return new CellError(
        '#VALUE!',
        `ATTAINMENT8: grades have ${grades[0]?.length ?? 0} columns but subjects name ${subjects.length}: ` +
          'use the header row above the grades.',
      );
    }
    return grades.map((row) => [pupilAttainment8(row, subjects, context)]);
  },
});

export const PROGRESS8 = defineFunction({
  name: 'PROGRESS8',
  family: 'Attainment 8',
  description: "Each pupil's Progress 8: Attainment 8 against the DfE 2023 estimate for their KS2 starting point.",
  returns: '(A8 - the A8 estimate for the KS2 average) / 10: +1.00 is a grade better in every slot.',
  example: { formula: '=PROGRESS8(Q2:Q300, C2:D300)', says: "Each pupil's projected P8 from their A8 and KS2 reading and maths." },
  params: [
    // 0 reads as blank, as in grade cells: older Excel sends empty cells as 0, and an empty A8 must not become a P8.
    numberCells(
      { name: 'a8', description: 'Attainment 8 points, e.g. from ATTAINMENT8.' },
      { min: 0, max: 100, what: 'an Attainment 8 score', zeroIsBlank: true },
    ),
    ks2Rows({ name: 'ks2', description: 'KS2 scaled scores: one column of averages, or two columns (reading, maths).' }),
  ],
  each: (a8: number, ks2Average: number) => (a8 - dfeAttainment8Estimate(ks2Average)) / 10,
});
