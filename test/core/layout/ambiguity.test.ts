/** Headings that could mean more than one thing: the choice is the one a head of department would make, and it is reported. */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../core/layout';
import { pairLetters, roleOf, rolesByHeader, warningFor } from './helpers';

describe('ambiguous and look-alike headings', () => {
  it('with two "Target" columns, colours against the first and says how to choose the other', () => {
    const layout = detectLayout([
      ['Name', 'Target', 'RP1', 'Predicted', 'Target'],
      ['Jo', '6', '5', '6', '7'],
    ]);
    expect(pairLetters(layout)).toEqual(['C->B', 'D->B']);
    const choice = warningFor(layout, 'ambiguousTarget');
    expect(choice.severity).toBe('warning');
    expect(choice.columns).toEqual([1, 4]);
    expect(choice.message).toMatch(/uses B 'Target'/);
    expect(choice.message).toMatch(/leftmost/);
    expect(choice.message).toMatch(/To use E instead/);
  });

  it("prefers the school's target to an aspirational one, and notes it quietly", () => {
    const layout = detectLayout([['Name', 'Aspirational Target', 'Target', 'Current']]);
    expect(pairLetters(layout)).toEqual(['D->C']);
    const choice = warningFor(layout, 'ambiguousTarget');
    expect(choice.severity).toBe('info');
    expect(choice.message).toMatch(/preferred to an aspirational target/);
  });

  it('does not read difference and status columns as targets', () => {
    const layout = detectLayout([['Name', 'Target', 'Predicted', 'Predicted - Target', 'On Target?', 'Residual', 'RAG']]);
    expect(rolesByHeader(layout)).toMatchObject({
      'Predicted - Target': 'status',
      'On Target?': 'status',
      Residual: 'status',
      RAG: 'status',
    });
    expect(pairLetters(layout)).toEqual(['C->B']);
  });

  it('keeps "Target Grade", "Grade Target" and "Current Target" as targets, and "Current Set" as a class', () => {
    const layout = detectLayout([['Target Grade', 'Grade Target', 'Current Target', 'Current Set', 'Current']]);
    expect(rolesByHeader(layout)).toEqual({
      'Target Grade': 'target',
      'Grade Target': 'target',
      'Current Target': 'target',
      'Current Set': 'class',
      Current: 'grade',
    });
  });

  it('reads "Pupil Premium" as the PP flag and "Class Teacher" as the teacher, not as a name or a class', () => {
    const layout = detectLayout([
      ['Pupil Name', 'Pupil Premium', 'Class Teacher', 'Class', 'Intervention Group', 'Reg Group', 'Target', 'DC2'],
    ]);
    expect(rolesByHeader(layout)).toMatchObject({
      'Pupil Name': 'name',
      'Pupil Premium': 'pp',
      'Class Teacher': 'teacher',
      Class: 'class',
      'Intervention Group': 'intervention',
      'Reg Group': 'form',
    });
  });

  it('never colours comment, date-of-birth, tier or exam-board columns', () => {
    const layout = detectLayout([['Name', 'DOB', 'Target', 'Predicted', 'Predicted Grade Comment', 'Tier', 'Exam Board']]);
    for (const header of ['DOB', 'Predicted Grade Comment', 'Tier', 'Exam Board']) expect(roleOf(layout, header)).toBe('other');
    expect(pairLetters(layout)).toEqual(['D->C']);
  });

  it('treats a very long cell as a note, never as a heading', () => {
    const note = `Instructions: enter the target grade and each RP prediction. ${'Please keep this sheet up to date. '.repeat(30)}`;
    const layout = detectLayout([[note], ['Name', 'Target', 'RP1'], ['Jo', '5', '4']]);
    expect(layout.headerRow).toBe(1);
    expect(layout.columns.map((c) => c.role)).toEqual(['name', 'target', 'grade']);
    const alone = detectLayout([[note, note]]);
    expect(alone.headerRow).toBeNull();
  });

  it('warns when only one heading in the chosen row was recognised', () => {
    const layout = detectLayout([
      ['Pupil', 'Score 1', 'Score 2'],
      ['Jo', 12, 15],
    ]);
    expect(layout.headerRow).toBe(0);
    const weak = warningFor(layout, 'weakHeaderRow');
    expect(weak.message).toMatch(/Only one heading in row 1 was recognised \(A 'Pupil'\)/);
    expect(weak.columns).toEqual([0]);
  });
});
