/**
 * Prediction accuracy on the tracker of classesSupport.ts (accuracyTracker). Differences are earlier grade minus the
 * grade checked against, in grades; 5+ is 5⅓ and 6- is 5⅔; "exactly right" compares whole grades (5+ counts as 5).
 */
import { describe, expect, it } from 'vitest';
import { accuracyHeadlines, predictionAccuracy, type AccuracyReport } from '../../../core/report/accuracy';
import { prepareSections } from '../../../core/report/buildReport';
import { grade, tracker } from './support';
import { accuracyTracker, withGradeKinds } from './classesSupport';

const accuracy = (): AccuracyReport => {
  const result = predictionAccuracy(prepareSections(accuracyTracker()));
  if (!result.ok) throw new Error(result.leftOut.because);
  return result.value;
};

describe('prediction accuracy', () => {
  const report = accuracy();
  const row = (subject: string, collection: string) =>
    report.rows.find((entry) => entry.subject === subject && entry.collection === collection)!;

  it('checks Maths RP2 predictions against the result: +0.4 grades on average', () => {
    // Prediction minus result, pupils 1..10: 6-5 = 1, 5+ - 5 = 1/3, 7-5 = 2, 4-4 = 0, 6- - 5 = 2/3, 5-6 = -1, 0, 0, 4-3 = 1, 0.
    // Sum 1 + 1/3 + 2 + 2/3 - 1 + 1 = 4: mean 0.4. Absolute sum 1 + 1/3 + 2 + 2/3 + 1 + 1 = 6: mean 0.6.
    // Whole grade right: pupils 2 (5+ is 5), 4, 7, 8, 10 = 5 of 10 (6- is 6, not 5). Within one: all but pupil 3 = 9 of 10.
    const maths = row('Maths', 'RP2');
    expect(maths).toMatchObject({ pupils: 10, gradeKind: 'prediction', against: 'result', againstCollection: 'Result', small: false });
    expect(maths.meanDifference).toBeCloseTo(0.4, 10);
    expect(maths.meanAbsoluteDifference).toBeCloseTo(0.6, 10);
    expect(maths.exactlyRight).toBeCloseTo(0.5, 10);
    expect(maths.withinOne).toBeCloseTo(0.9, 10);
  });

  it('checks every earlier prediction: Maths RP1 matched the result for the 9 pupils it has, with the small-group caution', () => {
    expect(row('Maths', 'RP1')).toMatchObject({ pupils: 9, meanDifference: 0, meanAbsoluteDifference: 0, exactlyRight: 1, withinOne: 1 });
    expect(row('Maths', 'RP1').caution).toBe('Fewer than 10 pupils: read with caution');
  });

  it('checks English predictions against the later mock when there is no result', () => {
    // English RP1 4, 4, 4 then 5 against a mock of 5: -3 / 10 = -0.3; absolute 0.3; 7 exactly right; all within one.
    const english = row('English', 'RP1');
    expect(english).toMatchObject({ pupils: 10, against: 'mock', againstCollection: 'RP2', withinOne: 1 });
    expect(english.meanDifference).toBeCloseTo(-0.3, 10);
    expect(english.meanAbsoluteDifference).toBeCloseTo(0.3, 10);
    expect(english.exactlyRight).toBeCloseTo(0.7, 10);
  });

  it('checks working-at grades too, and leaves out a subject with nothing to check against', () => {
    // History RP1 6, 4, then 5 against 5: +1 - 1 = 0 on average, absolute 2 / 10 = 0.2, 8 of 10 right.
    const history = row('History', 'RP1');
    expect(history).toMatchObject({ gradeKind: 'workingAt', meanDifference: 0, exactlyRight: 0.8, withinOne: 1 });
    expect(history.meanAbsoluteDifference).toBeCloseTo(0.2, 10);
    expect(report.rows.map((entry) => `${entry.subject} ${entry.collection}`)).toEqual([
      'Maths RP1',
      'Maths RP2',
      'English RP1',
      'History RP1',
    ]);
  });

  it('splits Maths RP2 by class and by teacher', () => {
    const maths = (rows: AccuracyReport['byClass'], group: string) =>
      rows.find((entry) => entry.subject === 'Maths' && entry.collection === 'RP2' && entry.group === group)!;
    // 11A (pupils 1-5): 1 + 1/3 + 2 + 0 + 2/3 = 4, mean 0.8, all positive so absolute 0.8; right 2 and 4; within 1, 2, 4, 5.
    expect(maths(report.byClass, '11A')).toMatchObject({ pupils: 5, small: true });
    expect(maths(report.byClass, '11A').meanDifference).toBeCloseTo(0.8, 10);
    expect(maths(report.byClass, '11A').meanAbsoluteDifference).toBeCloseTo(0.8, 10);
    expect(maths(report.byClass, '11A').exactlyRight).toBeCloseTo(0.4, 10);
    expect(maths(report.byClass, '11A').withinOne).toBeCloseTo(0.8, 10);
    // 11B (pupils 6-10): -1 + 0 + 0 + 1 + 0 = 0; absolute 2 / 5 = 0.4; right 7, 8, 10 = 0.6; all within one.
    expect(maths(report.byClass, '11B')).toMatchObject({ pupils: 5, meanDifference: 0, withinOne: 1 });
    expect(maths(report.byClass, '11B').meanAbsoluteDifference).toBeCloseTo(0.4, 10);
    expect(maths(report.byClass, '11B').exactlyRight).toBeCloseTo(0.6, 10);
    // AB teaches pupils 1-4: 10/3 over 4 = 5/6 (all positive); right 2, 4 = 0.5; within 1, 2, 4 = 0.75.
    expect(maths(report.byTeacher, 'AB').meanDifference).toBeCloseTo(5 / 6, 10);
    expect(maths(report.byTeacher, 'AB').meanAbsoluteDifference).toBeCloseTo(5 / 6, 10);
    expect(maths(report.byTeacher, 'AB')).toMatchObject({ pupils: 4, exactlyRight: 0.5, withinOne: 0.75 });
    // CD teaches pupils 5-10: 2/3 - 1 + 1 = 2/3 over 6 = 1/9; absolute 2/3 + 1 + 1 = 8/3 over 6 = 4/9; right 7, 8, 10 = 0.5.
    expect(maths(report.byTeacher, 'CD').meanDifference).toBeCloseTo(1 / 9, 10);
    expect(maths(report.byTeacher, 'CD').meanAbsoluteDifference).toBeCloseTo(4 / 9, 10);
    expect(maths(report.byTeacher, 'CD')).toMatchObject({ pupils: 6, exactlyRight: 0.5, withinOne: 1 });
  });

  it('writes one sentence per subject about its latest earlier collection, saying whether a result or a mock', () => {
    expect(report.sentences).toEqual([
      'Maths RP2 predictions were on average 0.4 grades above the final result; 90% within one grade.',
      'English RP1 predictions were on average 0.3 grades below the mock (RP2); 100% within one grade.',
      'History RP1 working-at grades matched the final result on average; 100% within one grade.',
    ]);
    // Three subjects: the preview shows the furthest out (Maths, 0.4) and a count.
    expect(accuracyHeadlines(report)).toEqual([report.sentences[0], 'Predictions checked in 3 subjects: see the report sheet for each.']);
  });

  it('checks against the mock while the result column is still empty', () => {
    const sheet = withGradeKinds(
      tracker(
        [grade('RP1', 'Maths'), grade('Mock', 'Maths'), grade('Result', 'Maths')],
        [
          [6, 5, ''],
          [5, 5, ''],
        ],
      ),
      { 'Maths RP1': 'prediction', 'Maths Mock': 'assessment', 'Maths Result': 'result' },
    );
    const result = predictionAccuracy(prepareSections(sheet));
    // (6 - 5 + 5 - 5) / 2 = 0.5 above the mock.
    expect(result.ok && result.value.sentences).toEqual([
      'Maths RP1 predictions were on average 0.5 grades above the mock (Mock); 100% within one grade.',
    ]);
  });

  it('is left out without a result or mock column, or with a mock that no prediction comes before', () => {
    const because = 'the tracker has no result or mock column to check predictions against';
    expect(predictionAccuracy(prepareSections(accuracyTracker({ noCheck: true })))).toEqual({
      ok: false,
      leftOut: { section: 'Prediction accuracy', because },
    });
    const workingAtThenMock = withGradeKinds(tracker([grade('RP1', 'Maths'), grade('RP2', 'Maths')], [[5, 5]]), {
      'Maths RP1': 'workingAt',
      'Maths RP2': 'assessment',
    });
    const result = predictionAccuracy(prepareSections(workingAtThenMock));
    expect(result.ok ? null : result.leftOut.because).toBe(because);
  });
});
