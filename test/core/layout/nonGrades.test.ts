/** Columns that sit beside grades but are never grades (effort, attendance, CAT4, flags): every test states every role and every pair. */
import { describe, expect, it } from 'vitest';
import { COLUMN_ROLES, detectLayout, ROLE_LABELS, validateLayout } from '../../../core/layout';
import { pairLabels, rolesByHeader, warningCodes } from './helpers';

describe('columns that are never grades', () => {
  it('reads a SIMS export with ethnicity, EHCP, attendance and behaviour points', () => {
    const layout = detectLayout([
      [
        'UPN',
        'Legal Surname',
        'Legal Forename',
        'Reg Group',
        'Gender',
        'Ethnicity',
        'SEN Status',
        'EHCP',
        'Pupil Premium',
        'EAL',
        'Attendance %',
        'Behaviour Points',
        'Achievement Points',
        'KS2 Reading',
        'Target',
        'Effort (Autumn)',
        'Autumn 1',
      ],
      ['A123', 'Khan', 'Aisha', '10X', 'F', 'WBRI', 'K', 'N', 'Y', 'N', '96.5', '3', '40', '104', '6', '2', '5'],
    ]);
    expect(rolesByHeader(layout)).toEqual({
      UPN: 'upn',
      'Legal Surname': 'surname',
      'Legal Forename': 'forename',
      'Reg Group': 'form',
      Gender: 'gender',
      Ethnicity: 'ethnicity',
      'SEN Status': 'send',
      EHCP: 'ehcp',
      'Pupil Premium': 'pp',
      EAL: 'eal',
      'Attendance %': 'attendance',
      'Behaviour Points': 'behaviourPoints',
      'Achievement Points': 'achievementPoints',
      'KS2 Reading': 'ks2Reading',
      Target: 'target',
      'Effort (Autumn)': 'effort',
      'Autumn 1': 'grade',
    });
    expect(pairLabels(layout)).toEqual(['Autumn 1 -> Target']);
    expect(layout.collections).toEqual(['Autumn 1']);
    expect(layout.warnings).toEqual([]);
  });

  it('reads an Arbor export with Att, Effort and Homework beside a target and two grades of one collection', () => {
    const layout = detectLayout([['Adno', 'Name', 'Form', 'Att', 'Effort', 'Homework', 'Target', 'Autumn', 'Predicted']]);
    expect(rolesByHeader(layout)).toEqual({
      Adno: 'admissionNumber',
      Name: 'name',
      Form: 'form',
      Att: 'attendance',
      Effort: 'effort',
      Homework: 'homework',
      Target: 'target',
      Autumn: 'grade',
      Predicted: 'grade',
    });
    expect(pairLabels(layout)).toEqual(['Autumn -> Target', 'Predicted -> Target']);
    expect(layout.warnings).toEqual([]);
  });

  it('reads a Go4Schools export whose ATL, attitude and BfL columns carry collection names', () => {
    const layout = detectLayout([['Name', 'Set', 'FFT20', 'ATL Spring', 'Spring', 'Attitude', 'BfL', 'Summer']]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      Set: 'class',
      FFT20: 'target',
      'ATL Spring': 'effort',
      Spring: 'grade',
      Attitude: 'effort',
      BfL: 'effort',
      Summer: 'grade',
    });
    expect(pairLabels(layout)).toEqual(['Spring -> FFT20', 'Summer -> FFT20']);
    expect(layout.collections).toEqual(['Spring', 'Summer']);
  });

  it('reads CAT4 scores as CAT4, never as grades or other', () => {
    const layout = detectLayout([
      ['Name', 'CAT Mean', 'CAT4 Mean SAS', 'Verbal SAS', 'Quantitative SAS', 'Non-verbal SAS', 'Spatial SAS', 'Target', 'RP1'],
    ]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      'CAT Mean': 'cat4',
      'CAT4 Mean SAS': 'cat4',
      'Verbal SAS': 'cat4',
      'Quantitative SAS': 'cat4',
      'Non-verbal SAS': 'cat4',
      'Spatial SAS': 'cat4',
      Target: 'target',
      RP1: 'grade',
    });
    expect(pairLabels(layout)).toEqual(['RP1 -> Target']);
    expect(layout.warnings).toEqual([]);
  });

  it('reads MidYIS, NGRT, reading age and SAS as baselines', () => {
    const layout = detectLayout([['Name', 'MidYIS', 'NGRT', 'Reading age', 'SAS', 'Target Grade', 'Term 1']]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      MidYIS: 'baseline',
      NGRT: 'baseline',
      'Reading age': 'baseline',
      SAS: 'baseline',
      'Target Grade': 'target',
      'Term 1': 'grade',
    });
    expect(pairLabels(layout)).toEqual(['Term 1 -> Target Grade']);
  });

  it('reads Ethnic Group as ethnicity, not a class, and the contextual flags and candidate numbers', () => {
    const layout = detectLayout([
      ['Name', 'Ethnic Group', 'Service Child', 'Young Carer', 'Previously Looked After', 'LAC', 'Candidate Number', 'Target', 'Mock'],
    ]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      'Ethnic Group': 'ethnicity',
      'Service Child': 'serviceChild',
      'Young Carer': 'youngCarer',
      'Previously Looked After': 'pla',
      LAC: 'lac',
      'Candidate Number': 'candidateNumber',
      Target: 'target',
      Mock: 'grade',
    });
    expect(pairLabels(layout)).toEqual(['Mock -> Target']);
    expect(layout.warnings).toEqual([]);
  });

  it('reports two candidate-number columns as a duplicate, like any one-column role', () => {
    const layout = detectLayout([['Candidate Name', 'Candidate No', 'Exam Number', 'Target', 'PPE']]);
    expect(rolesByHeader(layout)).toEqual({
      'Candidate Name': 'name',
      'Candidate No': 'candidateNumber',
      'Exam Number': 'candidateNumber',
      Target: 'target',
      PPE: 'grade',
    });
    expect(pairLabels(layout)).toEqual(['PPE -> Target']);
    expect(warningCodes(layout)).toEqual(['duplicateRole']);
  });

  it('reads a KS3 tracker with effort and homework per collection', () => {
    const layout = detectLayout([
      [
        'Name',
        'Class',
        'KS3 Target',
        'Autumn 1',
        'Autumn 1 Effort',
        'Autumn 1 Homework',
        'Spring 1',
        'Spring 1 Effort',
        'Spring 1 Homework',
      ],
    ]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      Class: 'class',
      'KS3 Target': 'target',
      'Autumn 1': 'grade',
      'Autumn 1 Effort': 'effort',
      'Autumn 1 Homework': 'homework',
      'Spring 1': 'grade',
      'Spring 1 Effort': 'effort',
      'Spring 1 Homework': 'homework',
    });
    expect(pairLabels(layout)).toEqual(['Autumn 1 -> KS3 Target', 'Spring 1 -> KS3 Target']);
    expect(layout.collections).toEqual(['Autumn 1', 'Spring 1']);
    expect(layout.warnings).toEqual([]);
  });

  it('keeps points, attendance and difference columns out of the pairs', () => {
    const layout = detectLayout([
      ['Student', 'Tutor Group', 'Attendance', 'Positive Points', 'Negative Points', 'Target', 'RP2', 'Predicted - Target', 'Att8'],
    ]);
    expect(rolesByHeader(layout)).toEqual({
      Student: 'name',
      'Tutor Group': 'form',
      Attendance: 'attendance',
      'Positive Points': 'achievementPoints',
      'Negative Points': 'behaviourPoints',
      Target: 'target',
      RP2: 'grade',
      'Predicted - Target': 'status',
      Att8: 'other',
    });
    expect(pairLabels(layout)).toEqual(['RP2 -> Target']);
  });

  it('offers every new role in the panel list, with a label, and loads a layout using them', () => {
    for (const role of ['effort', 'homework', 'attendance', 'cat4', 'baseline', 'ethnicity', 'ehcp', 'expected'] as const) {
      expect(COLUMN_ROLES).toContain(role);
      expect(ROLE_LABELS[role].length).toBeGreaterThan(0);
    }
    const rows = [['Name', 'Effort', 'Target', 'Spring Expected', 'Spring']];
    const layout = detectLayout(rows);
    const check = validateLayout(JSON.parse(JSON.stringify(layout)), rows);
    expect(check.ok).toBe(true);
    if (check.ok) expect(pairLabels(check.layout)).toEqual(['Spring -> Spring Expected']);
  });
});
