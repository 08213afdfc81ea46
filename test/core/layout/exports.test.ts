/** Columns pasted from the school's MIS (SIMS, Arbor, Bromcom) beside the department's own. */
import { describe, expect, it } from 'vitest';
import { detectLayout } from '../../../core/layout';
import { pairLabels, rolesByHeader, warningFor } from './helpers';

describe('MIS exports and group columns', () => {
  it('reads a SIMS-style export', () => {
    const layout = detectLayout([
      [
        'Adno',
        'Legal Surname',
        'Preferred Forename',
        'Reg Group',
        'Gender',
        'PP Indicator',
        'SEN Status',
        'EAL',
        'KS2 Read Scaled Score',
        'KS2 Maths Scaled Score',
        'KS2 Average',
        'Target',
        'Current',
      ],
      ['001234', 'Smith', 'Jo', '10C', 'F', 'T', 'K', 'N', 98, 101, 99.5, '5', '4'],
    ]);
    expect(rolesByHeader(layout)).toEqual({
      Adno: 'admissionNumber',
      'Legal Surname': 'surname',
      'Preferred Forename': 'forename',
      'Reg Group': 'form',
      Gender: 'gender',
      'PP Indicator': 'pp',
      'SEN Status': 'send',
      EAL: 'eal',
      'KS2 Read Scaled Score': 'ks2Reading',
      'KS2 Maths Scaled Score': 'ks2Maths',
      'KS2 Average': 'ks2Average',
      Target: 'target',
      Current: 'grade',
    });
    expect(pairLabels(layout)).toEqual(['Current -> Target']);
    expect(layout.warnings).toEqual([]);
  });

  it('reads an Arbor-style export with its longer wording', () => {
    const layout = detectLayout([
      [
        'UPN',
        'Student',
        'Year',
        'Registration Group',
        'Pupil Premium',
        'SEND Need',
        'FSM Ever 6',
        'Looked After',
        'Key Stage 2 Reading',
        'KS2 Maths',
        'KS2 APS',
        'Prior Attainment',
        'Sex',
        'Minimum Expected Grade',
        'Predicted Grade',
      ],
    ]);
    expect(rolesByHeader(layout)).toEqual({
      UPN: 'upn',
      Student: 'name',
      Year: 'yearGroup',
      'Registration Group': 'form',
      'Pupil Premium': 'pp',
      'SEND Need': 'send',
      'FSM Ever 6': 'fsm',
      'Looked After': 'lac',
      'Key Stage 2 Reading': 'ks2Reading',
      'KS2 Maths': 'ks2Maths',
      'KS2 APS': 'ks2Average',
      'Prior Attainment': 'priorBand',
      Sex: 'gender',
      'Minimum Expected Grade': 'target',
      'Predicted Grade': 'grade',
    });
  });

  it('reads every group the gap report compares, and the intervention columns', () => {
    const layout = detectLayout([
      [
        'Name',
        'Disadvantaged',
        'FSM6',
        'SEND (E/K/N)',
        'EAL Status',
        'M/F',
        'CLA',
        'PA Band',
        'Intervention',
        'Catch-up',
        'Tutoring',
        'NTP',
        'Teaching Group',
        'Class Teacher',
        'Target',
        'AP1',
      ],
    ]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      Disadvantaged: 'disadvantaged',
      FSM6: 'fsm',
      'SEND (E/K/N)': 'send',
      'EAL Status': 'eal',
      'M/F': 'gender',
      CLA: 'lac',
      'PA Band': 'priorBand',
      Intervention: 'intervention',
      'Catch-up': 'intervention',
      Tutoring: 'intervention',
      NTP: 'intervention',
      'Teaching Group': 'class',
      'Class Teacher': 'teacher',
      Target: 'target',
      AP1: 'grade',
    });
  });

  it('reads KS2 band columns as prior attainment, not as scores', () => {
    const layout = detectLayout([['Name', 'KS2 Band', 'KS2 Reading Scaled Score', 'Target', 'Current']]);
    expect(rolesByHeader(layout)['KS2 Band']).toBe('priorBand');
    expect(rolesByHeader(layout)['KS2 Reading Scaled Score']).toBe('ks2Reading');
  });

  it('reports two columns that both look like the PP flag instead of picking one silently', () => {
    const layout = detectLayout([['Name', 'PP', 'Target', 'Current', 'Pupil Premium']]);
    const duplicate = warningFor(layout, 'duplicateRole');
    expect(duplicate.columns).toEqual([1, 4]);
    expect(duplicate.message).toMatch(/Reports use B/);
    expect(duplicate.message).toMatch(/set B's role to Other/);
  });
});
