/** The kind of each grade column: a prediction, a working-at grade, an assessment or mock, or a result. */
import { describe, expect, it } from 'vitest';
import { detectLayout, layoutSchema, validateLayout } from '../../../core/layout';
import { pairLabels, rolesByHeader, warningCodes } from './helpers';

const kinds = (layout: ReturnType<typeof detectLayout>) =>
  Object.fromEntries(layout.columns.filter((c) => c.role === 'grade').map((c) => [c.header, c.kind ?? null]));

describe('the kind of each grade column', () => {
  it('records predictions, working-at grades, assessments and results', () => {
    const layout = detectLayout([
      [
        'Name',
        'Target',
        'Mock',
        'Assessment 1',
        'Test 2',
        'Exam Result',
        'Actual',
        'Final Grade',
        'Forecast',
        'Projected',
        'Most likely',
        'RP3',
      ],
    ]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      Target: 'target',
      Mock: 'grade',
      'Assessment 1': 'grade',
      'Test 2': 'grade',
      'Exam Result': 'grade',
      Actual: 'grade',
      'Final Grade': 'grade',
      Forecast: 'grade',
      Projected: 'grade',
      'Most likely': 'grade',
      RP3: 'grade',
    });
    expect(kinds(layout)).toEqual({
      Mock: 'assessment',
      'Assessment 1': 'assessment',
      'Test 2': 'assessment',
      'Exam Result': 'result',
      Actual: 'result',
      'Final Grade': 'result',
      Forecast: 'prediction',
      Projected: 'prediction',
      'Most likely': 'prediction',
      RP3: null,
    });
    expect(pairLabels(layout)).toEqual([
      'Mock -> Target',
      'Assessment 1 -> Target',
      'Test 2 -> Target',
      'Exam Result -> Target',
      'Actual -> Target',
      'Final Grade -> Target',
      'Forecast -> Target',
      'Projected -> Target',
      'Most likely -> Target',
      'RP3 -> Target',
    ]);
  });

  it("reads a mock's or a test's result as an assessment, a predicted result as a prediction, an assessment point as a collection", () => {
    const layout = detectLayout([
      ['Name', 'Target', 'Mock Exam Result', 'Test Result', 'Predicted Result', 'Assessment Point 2', 'Summer Exam', 'Actual - Target'],
    ]);
    expect(kinds(layout)).toEqual({
      'Mock Exam Result': 'assessment',
      'Test Result': 'assessment',
      'Predicted Result': 'prediction',
      'Assessment Point 2': null,
      'Summer Exam': 'assessment',
    });
    // The difference between the result and the target is worked out from them: never a second target.
    expect(rolesByHeader(layout)['Actual - Target']).toBe('status');
    expect(pairLabels(layout)).toEqual([
      'Mock Exam Result -> Target',
      'Test Result -> Target',
      'Predicted Result -> Target',
      'Assessment Point 2 -> Target',
      'Summer Exam -> Target',
    ]);
    expect(layout.warnings).toEqual([]);
  });

  it('colours the prediction, and leaves a working-at grade with no expected grade unpaired with a note', () => {
    const layout = detectLayout([['Name', 'Target', 'Teacher Assessment', 'Prediction']]);
    expect(rolesByHeader(layout)).toEqual({ Name: 'name', Target: 'target', 'Teacher Assessment': 'grade', Prediction: 'grade' });
    expect(kinds(layout)).toEqual({ 'Teacher Assessment': 'workingAt', Prediction: 'prediction' });
    expect(pairLabels(layout)).toEqual(['Prediction -> Target']);
    expect(warningCodes(layout)).toEqual(['workingAtUnpaired']);
    const check = validateLayout(layout, [['Name', 'Target', 'Teacher Assessment', 'Prediction']]);
    expect(check.ok && check.layout.columns[2]!.kind).toBe('workingAt');
  });

  it('loads a layout saved before kinds and expected grades were read', () => {
    const rows = [['Name', 'Target', 'WAG', 'Spring']];
    const saved = {
      version: 1,
      headerRow: 0,
      dataStartRow: 1,
      columns: [
        { index: 0, letter: 'A', header: 'Name', label: 'Name', role: 'name', subject: null, collection: null },
        { index: 1, letter: 'B', header: 'Target', label: 'Target', role: 'target', subject: null, collection: null },
        { index: 2, letter: 'C', header: 'WAG', label: 'WAG', role: 'grade', subject: null, collection: 'WAG' },
        { index: 3, letter: 'D', header: 'Spring', label: 'Spring', role: 'grade', subject: null, collection: 'Spring' },
      ],
      pairs: [
        { grade: 2, target: 1, label: 'WAG -> Target' },
        { grade: 3, target: 1, label: 'Spring -> Target' },
      ],
      subjects: [],
      collections: ['WAG', 'Spring'],
      warnings: [],
    };
    expect(layoutSchema.safeParse(saved).success).toBe(true);
    const check = validateLayout(saved, rows);
    expect(check.ok).toBe(true);
    if (check.ok) expect(pairLabels(check.layout)).toEqual(['WAG -> Target', 'Spring -> Target']);
  });
});
