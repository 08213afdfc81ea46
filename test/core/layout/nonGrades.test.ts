/**
 * Columns that sit beside grades but are never grades (effort, attendance, CAT4, flags), the expected grade
 * for a collection (flight path), and the kind of each grade column. Every test states every role and every pair.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMN_ROLES, detectLayout, layoutSchema, rebuildPairs, ROLE_LABELS, validateLayout } from '../../../core/layout';
import { column, pairLabels, rolesByHeader, warningCodes } from './helpers';

const kinds = (layout: ReturnType<typeof detectLayout>) =>
  Object.fromEntries(layout.columns.filter((c) => c.role === 'grade').map((c) => [c.header, c.kind ?? null]));
const codesOf = (layout: ReturnType<typeof detectLayout>, code: string) => layout.warnings.filter((w) => w.code === code);

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

describe('the expected grade for a collection (flight path)', () => {
  it('colours each collection against its own expected grade, never the expected grade itself', () => {
    const layout = detectLayout([
      ['Name', 'Target', 'Autumn Expected', 'Autumn', 'Spring Expected', 'Spring', 'Summer Expected', 'Summer'],
    ]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      Target: 'target',
      'Autumn Expected': 'expected',
      Autumn: 'grade',
      'Spring Expected': 'expected',
      Spring: 'grade',
      'Summer Expected': 'expected',
      Summer: 'grade',
    });
    expect(pairLabels(layout)).toEqual(['Autumn -> Autumn Expected', 'Spring -> Spring Expected', 'Summer -> Summer Expected']);
    expect(column(layout, 'Spring Expected').collection).toBe('Spring');
    expect(layout.collections).toEqual(['Autumn', 'Spring', 'Summer']);
    expect(layout.warnings).toEqual([]);
  });

  it('reads Term 1 Expected Grade as the expected grade, not a grade', () => {
    const layout = detectLayout([['Name', 'Target', 'Term 1 Expected Grade', 'Term 1 Grade', 'Term 2 Grade']]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      Target: 'target',
      'Term 1 Expected Grade': 'expected',
      'Term 1 Grade': 'grade',
      'Term 2 Grade': 'grade',
    });
    // Term 2 has no expected grade: it is coloured against the final target as before.
    expect(pairLabels(layout)).toEqual(['Term 1 Grade -> Term 1 Expected Grade', 'Term 2 Grade -> Target']);
  });

  it('reads a flight-path tracker: the prediction against the target, the working-at grade against the flight path', () => {
    const layout = detectLayout([['Name', 'Target', 'Flight Path T2', 'T2 Working At', 'T2 Predicted', 'T3 Working At']]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      Target: 'target',
      'Flight Path T2': 'expected',
      'T2 Working At': 'grade',
      'T2 Predicted': 'grade',
      'T3 Working At': 'grade',
    });
    expect(layout.columns.every((c) => c.subject === null)).toBe(true);
    expect(pairLabels(layout)).toEqual(['T2 Working At -> Flight Path T2', 'T2 Predicted -> Target', 'T3 Working At -> Target']);
    expect(layout.warnings).toEqual([]);
  });

  it('reads EAP with an abbreviated collection name and MEG as the target', () => {
    const layout = detectLayout([['Name', 'MEG', 'Y10 Spr EAP', 'Y10 Spr WAG', 'Y10 Spr MLG']]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      MEG: 'target',
      'Y10 Spr EAP': 'expected',
      'Y10 Spr WAG': 'grade',
      'Y10 Spr MLG': 'grade',
    });
    expect(pairLabels(layout)).toEqual(['Y10 Spr WAG -> Y10 Spr EAP', 'Y10 Spr MLG -> MEG']);
  });

  it('reads every spelling of an expected grade, and says there is nothing to colour when that is all', () => {
    const layout = detectLayout([['Name', 'FP', 'Pathway', 'EAP', 'On-track grade', 'Expected progress', 'Expected', 'Flight path']]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      FP: 'expected',
      Pathway: 'expected',
      EAP: 'expected',
      'On-track grade': 'expected',
      'Expected progress': 'expected',
      Expected: 'expected',
      'Flight path': 'expected',
    });
    expect(pairLabels(layout)).toEqual([]);
    expect(warningCodes(layout)).toEqual(['noGrade']);
  });

  it('keeps Minimum Expected Grade a target and Progress vs Flight Path a status column', () => {
    const layout = detectLayout([['Name', 'Minimum Expected Grade', 'Expected now', 'Current', 'Progress vs Flight Path']]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      'Minimum Expected Grade': 'target',
      'Expected now': 'expected',
      Current: 'grade',
      'Progress vs Flight Path': 'status',
    });
    expect(pairLabels(layout)).toEqual(['Current -> Expected now']);
  });

  it('pairs a wide tracker with Combined Science Trilogy per subject and collection', () => {
    const layout = detectLayout([
      [
        'Name',
        'Combined Science Trilogy Target',
        'Combined Science Trilogy Spring Expected',
        'Combined Science Trilogy Spring Working At',
        'Combined Science Trilogy Spring Predicted',
        'Maths Target',
        'Maths Spring Working At',
        'Maths Spring Predicted',
        'Maths Effort',
      ],
    ]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      'Combined Science Trilogy Target': 'target',
      'Combined Science Trilogy Spring Expected': 'expected',
      'Combined Science Trilogy Spring Working At': 'grade',
      'Combined Science Trilogy Spring Predicted': 'grade',
      'Maths Target': 'target',
      'Maths Spring Working At': 'grade',
      'Maths Spring Predicted': 'grade',
      'Maths Effort': 'effort',
    });
    expect(pairLabels(layout)).toEqual([
      'Combined Science Trilogy Spring Working At -> Combined Science Trilogy Spring Expected',
      'Combined Science Trilogy Spring Predicted -> Combined Science Trilogy Target',
      'Maths Spring Predicted -> Maths Target',
    ]);
    expect(layout.subjects).toEqual(['Combined Science Trilogy', 'Maths']);
    // Maths has no expected grade for Spring: its working-at grade is left for the user, with a one-sentence note.
    const notes = codesOf(layout, 'workingAtUnpaired');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.severity).toBe('info');
    expect(notes[0]!.columns).toEqual([6, 7]);
    expect(notes[0]!.message.split('. ')).toHaveLength(1);
    expect(notes[0]!.message).toMatch(/choose a target for G in the panel/);
  });

  it('does not let a science expected grade colour maths grades on a wide tracker', () => {
    const layout = detectLayout([['Name', 'Science Target', 'Science Spring Expected', 'Science Spring', 'Maths Target', 'Maths Spring']]);
    expect(rolesByHeader(layout)).toEqual({
      Name: 'name',
      'Science Target': 'target',
      'Science Spring Expected': 'expected',
      'Science Spring': 'grade',
      'Maths Target': 'target',
      'Maths Spring': 'grade',
    });
    expect(pairLabels(layout)).toEqual(['Science Spring -> Science Spring Expected', 'Maths Spring -> Maths Target']);
  });

  it('rebuilds pairs against an expected grade after the user marks it', () => {
    const rows = [['Name', 'Target', 'Aim', 'Spring']];
    const layout = detectLayout(rows);
    expect(pairLabels(layout)).toEqual(['Spring -> Target']);
    layout.columns[2] = { ...layout.columns[2]!, role: 'expected', collection: 'Spring' };
    expect(pairLabels(rebuildPairs(layout))).toEqual(['Spring -> Aim']);
  });
});

describe('expected grades without a final target', () => {
  it('colours the collection that has an expected grade and names the grades that cannot be coloured', () => {
    const layout = detectLayout([['Name', 'Autumn Expected', 'Autumn', 'Spring']]);
    expect(rolesByHeader(layout)).toEqual({ Name: 'name', 'Autumn Expected': 'expected', Autumn: 'grade', Spring: 'grade' });
    expect(pairLabels(layout)).toEqual(['Autumn -> Autumn Expected']);
    expect(warningCodes(layout)).toEqual(['unpairedGrades']);
    expect(layout.warnings[0]!.columns).toEqual([3]);
  });
});

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

describe('property: a column that is never a grade is never paired', () => {
  const NEVER_GRADES = [
    'Effort',
    'Effort (Autumn)',
    'ATL',
    'ATL Spring',
    'Attitude to Learning',
    'BfL',
    'Homework',
    'Attendance %',
    'Att',
    'Attendance',
    'Behaviour Points',
    'Achievement Points',
    'CAT Mean',
    'CAT4 Mean SAS',
    'Verbal SAS',
    'Quantitative SAS',
    'Non-verbal SAS',
    'Spatial SAS',
    'MidYIS',
    'NGRT',
    'Reading age',
    'SAS',
    'Ethnicity',
    'Ethnic Group',
    'EHCP',
    'Service Child',
    'Young Carer',
    'Previously Looked After',
    'Candidate Number',
    'Exam Number',
  ];
  const GRADES_AND_TARGETS = ['Target', 'Maths Target', 'RP1', 'Spring', 'Predicted', 'Working At', 'Mock', 'Spring Expected', 'Name'];

  it('holds whatever the column order', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(NEVER_GRADES, { minLength: 1 }),
        fc.shuffledSubarray(GRADES_AND_TARGETS, { minLength: 1 }),
        fc.infiniteStream(fc.boolean()),
        (never, marked, coin) => {
          const headings: string[] = [];
          const a = [...never];
          const b = [...marked];
          while (a.length > 0 || b.length > 0) headings.push((b.length === 0 || (a.length > 0 && coin.next().value) ? a : b).shift()!);
          const layout = detectLayout([headings]);
          const never_ = new Set(never);
          const paired = new Set(layout.pairs.flatMap((pair) => [pair.grade, pair.target]));
          for (const c of layout.columns) {
            if (!never_.has(c.header)) continue;
            expect(['grade', 'target', 'expected', 'other']).not.toContain(c.role);
            expect(paired.has(c.index)).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
