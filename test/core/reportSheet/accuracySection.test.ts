/** The prediction-accuracy section as written: the subject table, the class and teacher tables, the sentences and the note. */
import { describe, expect, it } from 'vitest';
import { prepareSections } from '../../../core/report/buildReport';
import { ACCURACY_NOTE, predictionAccuracy, type AccuracyReport } from '../../../core/report/accuracy';
import type { ReportSheetPlan } from '../../../core/reportSheet';
import { accuracySection } from '../../../core/reportSheet/accuracySection';
import { FORMATS, SheetGrid } from '../../../core/reportSheet/grid';
import { accuracyTracker } from '../report/classesSupport';
import { columnIn, expectFormatsOnNumbersOnly, formatsAt, tableAt } from './support';

// Class 11A is named "=1+1" here (figures worked in test/core/report/accuracy.test.ts).
const accuracy = ((): AccuracyReport => {
  const result = predictionAccuracy(prepareSections(accuracyTracker({ className: '=1+1' })));
  if (!result.ok) throw new Error(result.leftOut.because);
  return result.value;
})();

// The sheet helpers read only a plan's values and number formats, which a finished grid has.
const written = (): ReportSheetPlan => {
  const grid = new SheetGrid();
  accuracySection(grid, accuracy);
  return grid.finish() as ReportSheetPlan;
};

describe('prediction accuracy section', () => {
  const plan = written();
  const subjects = tableAt(plan, 'Prediction accuracy: earlier grades');

  it('writes one row per subject and earlier collection', () => {
    expect(subjects.header).toEqual([
      'Subject',
      'Collection',
      'Grades',
      'Checked against',
      'Result or mock collection',
      'Pupils compared',
      'Mean difference (grades)',
      'Mean absolute difference (grades)',
      'Exactly right',
      'Within one grade',
      'Caution',
    ]);
    // Tracker text with a digit ("RP2") carries the apostrophe both hosts read as text and hide.
    expect(subjects.body.map((row) => row.slice(0, 5))).toEqual([
      ['Maths', "'RP1", 'Prediction', 'Result', 'Result'],
      ['Maths', "'RP2", 'Prediction', 'Result', 'Result'],
      ['English', "'RP1", 'Prediction', 'Mock', "'RP2"],
      ['History', "'RP1", 'Working at', 'Result', 'Result'],
    ]);
    // Maths RP2: 10 pupils, +0.4 on average, 0.6 absolute, half exactly right, 9 in 10 within one grade.
    const maths = subjects.body[1]!;
    expect(maths[5]).toBe(10);
    expect(maths[6]).toBeCloseTo(0.4, 10);
    expect(maths[7]).toBeCloseTo(0.6, 10);
    expect(maths[8]).toBeCloseTo(0.5, 10);
    expect(maths[9]).toBeCloseTo(0.9, 10);
    expect(maths[10]).toBe('');
    // Maths RP1 rests on 9 pupils.
    expect(subjects.body[0]![10]).toBe('Fewer than 10 pupils: read with caution');
  });

  it('writes the figures as numbers with the report formats', () => {
    const row = subjects.headerRow + 1;
    const formatOf = (label: string) => formatsAt(plan, row, columnIn(subjects, label) + 1);
    expect(formatOf('Pupils compared')).toEqual([FORMATS.count]);
    expect(formatOf('Mean difference (grades)')).toEqual([FORMATS.residual]);
    expect(formatOf('Mean absolute difference (grades)')).toEqual([FORMATS.residual]);
    expect(formatOf('Exactly right')).toEqual([FORMATS.share]);
    expect(formatOf('Within one grade')).toEqual([FORMATS.share]);
    expectFormatsOnNumbersOnly(plan);
  });

  it('splits by class and by teacher, a class named "=1+1" written as text', () => {
    const byClass = tableAt(plan, 'Prediction accuracy by class');
    // Maths RP1 (11B has 4 with a prediction), Maths RP2, English RP1, History RP1: 2 classes each.
    expect(byClass.body).toHaveLength(8);
    expect(byClass.body.map((row) => row[2])).toEqual(["'=1+1", "'11B", "'=1+1", "'11B", "'=1+1", "'11B", "'=1+1", "'11B"]);
    expect(byClass.body.filter((row) => row[0] === 'Maths').map((row) => row[3])).toEqual([5, 4, 5, 5]);
    const byTeacher = tableAt(plan, 'Prediction accuracy by teacher');
    expect(byTeacher.body.filter((row) => row[1] === "'RP2").map((row) => [row[2], row[3]])).toEqual([
      ['AB', 4],
      ['CD', 6],
    ]);
  });

  it('ends with the sentences and the note', () => {
    const texts = plan.values.map((row) => row[0]);
    for (const sentence of accuracy.sentences) expect(texts).toContain(sentence);
    expect(texts).toContain('Maths RP2 predictions were on average 0.4 grades above the final result; 90% within one grade.');
    expect(texts).toContain(ACCURACY_NOTE);
  });
});
