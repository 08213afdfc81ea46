/**
 * The column headings of the exports schools paste into a tracker: SIMS marksheets and student lists, Arbor, Bromcom,
 * Go4Schools, SISRA student data, FFT Aspire estimates and Alps minimum expected grades. Each set states every role,
 * every grade's kind, every pair and every warning.
 */
import { describe, it } from 'vitest';
import { expectReading, type HeaderSet } from './helpers';

const EXPORTS: HeaderSet[] = [
  {
    name: 'a SIMS Assessment Manager marksheet under its title, with aspects named "Y11 Ma Aut WAG"',
    above: ['Y11 Maths Tracking (Assessment Manager)'],
    columns: [
      'Name = name | Reg Group = form | Adno = admissionNumber | Gender = gender | PP = pp | SEN Status = send | EAL = eal',
      'KS2 Fine Level = ks2Average | Y11 Ma Target = target | Y11 Ma Aut WAG = workingAt | Y11 Ma Aut Pred = prediction',
      'Y11 Ma Spr WAG = workingAt | Y11 Ma Spr Pred = prediction | Y11 Ma Effort = effort',
    ],
    pupils: ['Khan, Aisha | 11A | 004512 | F | Y | K | N | 4.6 | 7 | 6 | 7 | 6 | 7 | 2'],
    pairs: ['Y11 Ma Aut Pred -> Y11 Ma Target', 'Y11 Ma Spr Pred -> Y11 Ma Target'],
    warnings: ['workingAtUnpaired', 'workingAtUnpaired'],
    subjects: ['Ma'],
    collections: ['Y11 Aut WAG', 'Y11 Aut Pred', 'Y11 Spr WAG', 'Y11 Spr Pred'],
  },
  {
    name: "a SIMS student list with the department's target and current grade beside it",
    columns: [
      'Legal Surname = surname | Preferred Forename = forename | Reg Group = form | Year Taught In = yearGroup | Gender = gender',
      'Date of Birth = other | UPN = upn | Admission Number = admissionNumber | Ethnicity = ethnicity | SEN Status = send | EAL = eal',
      'Ever 6 FSM = fsm | In Care = lac | Pupil Premium Indicator = pp | Attendance % = attendance | Target = target',
      'Current = workingAt',
    ],
    pupils: ['Smith | Jo | 10C | 10 | F | 2010-03-04 | A123 | 004513 | WBRI | N | N | T | F | T | 96.2 | 5 | 4'],
    pairs: ['Current -> Target'],
  },
  {
    name: 'an Arbor student export with working-at and predicted grades for two collections',
    columns: [
      'Student = name | UPN = upn | Year = yearGroup | Registration Form = form | Gender = gender | Pupil Premium Eligible = pp',
      'SEN Status = send | EAL = eal | Ethnicity = ethnicity | Attendance = attendance | Target Grade = target',
      'Autumn Working At Grade = workingAt | Autumn Predicted Grade = prediction | Spring Working At Grade = workingAt',
      'Spring Predicted Grade = prediction',
    ],
    pairs: ['Autumn Predicted Grade -> Target Grade', 'Spring Predicted Grade -> Target Grade'],
    warnings: ['workingAtUnpaired', 'workingAtUnpaired'],
  },
  {
    name: 'an Arbor assessment export whose Term 1 target is a step on the way to the end-of-year target',
    columns: [
      'Student = name | Year = yearGroup | Form = form | Pupil Premium = pp | SEN Status = send | Baseline = baseline',
      'Term 1 Target = expected | Term 1 Assessment = assessment | Term 2 Assessment = assessment | End of Year Target = target',
    ],
    pairs: ['Term 1 Assessment -> Term 1 Target', 'Term 2 Assessment -> End of Year Target'],
  },
  {
    name: 'a Bromcom student list with points, house and a working-at grade beside the prediction',
    columns: [
      'Student Name = name | Admission No = admissionNumber | Reg Group = form | Year Group = yearGroup | Gender = gender',
      'Pupil Premium = pp | SEN Status = send | EAL = eal | Ethnicity = ethnicity | Attendance % = attendance',
      'Achievement Points = achievementPoints | Behaviour Points = behaviourPoints | House = other | Target Grade = target',
      'WAG = workingAt | Predicted = prediction',
    ],
    pairs: ['Predicted -> Target Grade'],
    warnings: ['workingAtUnpaired'],
  },
  {
    name: 'a Bromcom markbook with effort per half term and mock and PPE results',
    columns: [
      'Name = name | Adm No = admissionNumber | Reg = form | Year = yearGroup | Sex = gender | PP = pp | SEN = send | EAL = eal',
      'Attend % = attendance | Target = target | Aut 1 WAG = workingAt | Aut 1 Effort = effort | Aut 2 WAG = workingAt',
      'Aut 2 Effort = effort | Mock Exam Result = assessment | PPE Result = assessment',
    ],
    pupils: ['Ola | 2231 | 11B | 11 | M | N | N | Y | 91.4 | 6 | 5 | Good | 5 | Excellent | 5 | 6'],
    pairs: ['Aut 1 WAG -> Target', 'Aut 2 WAG -> Target', 'Mock Exam Result -> Target', 'PPE Result -> Target'],
    collections: ['Aut 1 WAG', 'Aut 2 WAG', 'Mock Exam Result', 'PPE Result'],
  },
  {
    name: 'a Go4Schools class export with effort, homework and attitude to learning',
    columns: [
      'Student = name | Reg = form | Gender = gender | PP = pp | SEN = send | EAL = eal | KS2 = ks2Average | Target = target',
      'Working at = workingAt | Predicted = prediction | Effort = effort | Homework = homework | Attitude to learning = effort',
    ],
    pupils: ['Li | 9C | F | N | N | N | 103.5 | 6 | 5 | 6 | 2 | 3 | 2'],
    pairs: ['Predicted -> Target'],
    warnings: ['workingAtUnpaired'],
  },
  {
    name: 'a Go4Schools export in its own lower-case wording, with behaviour and attendance',
    columns: [
      'Student name = name | Reg group = form | Gender = gender | Pupil premium = pp | SEN = send',
      'KS2 prior attainment = priorBand | Target grade = target | Working at grade = workingAt | Predicted grade = prediction',
      'Effort = effort | Homework = homework | Behaviour = behaviourPoints | Attendance = attendance',
    ],
    pairs: ['Predicted grade -> Target grade'],
    warnings: ['workingAtUnpaired'],
  },
  {
    name: 'SISRA student data with a target and a Spring grade per subject',
    columns: [
      'Student ID = admissionNumber | UPN = upn | Forename = forename | Surname = surname | Reg = form | Gender = gender',
      'Disadvantaged = disadvantaged | SEN = send | EAL = eal | Ethnicity = ethnicity | KS2 APS = ks2Average',
      'Maths Target = target | Maths Spring = grade | English Language Target = target | English Language Spring = grade',
      'English Literature Target = target | English Literature Spring = grade',
    ],
    pairs: [
      'Maths Spring -> Maths Target',
      'English Language Spring -> English Language Target',
      'English Literature Spring -> English Literature Target',
    ],
    subjects: ['Maths', 'English Language', 'English Literature'],
    collections: ['Spring'],
  },
  {
    name: "an FFT Aspire estimates export beside the school's own target, its chances never read as a grade",
    columns: [
      'UPN = upn | Surname = surname | Forename = forename | Gender = gender | Date of Birth = other',
      'KS2 Scaled Score (Reading) = ks2Reading | KS2 Scaled Score (Maths) = ks2Maths | FFT50 Estimate = target',
      'FFT20 Estimate = target | FFT5 Estimate = target | Chances (Grade 4+) = other | Target = target | Working At = workingAt',
    ],
    pupils: ['A123 | Khan | Aisha | F | 2010-01-02 | 104 | 108 | 5 | 6 | 7 | 78% | 6 | 5'],
    pairs: ['Working At -> Target'],
    warnings: ['ambiguousTarget'],
  },
  {
    name: 'an FFT target sheet with FFT20 and FFT5 estimates and no target of its own',
    columns: [
      'Name = name | Set = class | KS2 Average = ks2Average | FFT20 Target = target | FFT5 Target = target',
      'RP1 = grade | RP2 = grade',
    ],
    pairs: ['RP1 -> FFT20 Target', 'RP2 -> FFT20 Target'],
    warnings: ['ambiguousTarget'],
  },
  {
    name: 'an Alps sixth-form export: average GCSE score, MEG, personalised and aspirational targets, monitoring points',
    columns: [
      'Student = name | Gender = gender | Average GCSE Score = baseline | Prior Attainment Band = priorBand | Alps MEG = target',
      'Personalised Target = target | Aspirational Target = target | Autumn Monitoring Point = grade | Spring Monitoring Point = grade',
    ],
    pairs: ['Autumn Monitoring Point -> Personalised Target', 'Spring Monitoring Point -> Personalised Target'],
    warnings: ['ambiguousTarget'],
    subjects: [],
    collections: ['Autumn Monitoring Point', 'Spring Monitoring Point'],
  },
  {
    name: "an Alps target beside the school's own target, with monitoring points MP1 and MP2",
    columns: [
      'Surname = surname | Forename = forename | Gender = gender | Avg GCSE = baseline | Alps Target = target | MP1 = grade',
      'MP2 = grade | Target = target',
    ],
    pairs: ['MP1 -> Target', 'MP2 -> Target'],
    warnings: ['ambiguousTarget'],
  },
  {
    name: "an exams officer's entries with candidate numbers, tiers, mocks and the result",
    columns: [
      'Exam Candidate Number = candidateNumber | Candidate Name = name | Tier = other | Entry = other | Target = target',
      'Nov Mock = assessment | Mar Mock = assessment | Exam Result = result',
    ],
    pupils: ['4021 | Jones, Tom | F | 8300F | 4 | 3 | 4 | 4'],
    pairs: ['Nov Mock -> Target', 'Mar Mock -> Target', 'Exam Result -> Target'],
  },
];

describe('header sets from MIS and analysis exports', () => {
  for (const set of EXPORTS) it(`reads ${set.name}`, () => expectReading(set));
});
