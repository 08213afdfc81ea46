/**
 * Departmental trackers as schools build them: titles above the headings, merged bands naming subjects or collections,
 * wide sheets with AQA course titles, flight paths and per-collection targets, and the pupil details that are never grades.
 * Each set states every role, every grade's kind, every pair and every warning.
 */
import { describe, it } from 'vitest';
import { expectReading, type HeaderSet } from './helpers';

const TRACKERS: HeaderSet[] = [
  {
    name: 'a one-subject English Literature sheet under the school name, its title and a blank row',
    above: ["St Mary's Academy", 'Year 11 English Literature Tracker', ''],
    columns: [
      'Surname = surname | Forename = forename | Class = class | FFT20 = target | Teacher Assessment = workingAt',
      'PPE Dec = assessment | PPE Mar = assessment',
    ],
    pupils: ['Ahmed | Sara | 11E1 | 6 | 5 | 5 | 6'],
    pairs: ['Teacher Assessment -> FFT20', 'PPE Dec -> FFT20', 'PPE Mar -> FFT20'],
  },
  {
    name: 'a Geography sheet whose merged band names the collection over each "Expected | Working At | Predicted" block',
    above: ['Year 10 Geography 2025-26', '', ' |  |  | Autumn |  |  | Spring |  | '],
    columns: [
      'Name = name | Set = class | Target = target | Expected = expected | Working At = workingAt | Predicted = prediction',
      'Expected = expected | Working At = workingAt | Predicted = prediction',
    ],
    pupils: ['Jo | 10G1 | 6 | 5 | 5 | 6 | 5 | 6 | 6'],
    pairs: [
      'Autumn Working At -> Autumn Expected',
      'Autumn Predicted -> Target',
      'Spring Working At -> Spring Expected',
      'Spring Predicted -> Target',
    ],
    collections: ['Autumn Working At', 'Autumn Predicted', 'Spring Working At', 'Spring Predicted'],
  },
  {
    name: 'a merged band of subject names over blocks that each end in an effort column',
    above: [' |  | Maths |  |  | English |  | '],
    columns: ['Name = name | PP = pp | Target = target | RP1 = grade | Effort = effort | Target = target | RP1 = grade | Effort = effort'],
    pairs: ['Maths RP1 -> Maths Target', 'English RP1 -> English Target'],
    subjects: ['Maths', 'English'],
  },
  {
    name: 'a wide Year 11 tracker with AQA course titles and a mock per subject',
    columns: [
      'UPN = upn | Name = name | Combined Science Trilogy Target = target | Combined Science Trilogy Mock = assessment',
      'English Language Target = target | English Language Mock = assessment | English Literature Target = target',
      'English Literature Mock = assessment | Geography A Target = target | Geography A Mock = assessment',
      'Religious Studies A Target = target | Religious Studies A Mock = assessment',
    ],
    pairs: [
      'Combined Science Trilogy Mock -> Combined Science Trilogy Target',
      'English Language Mock -> English Language Target',
      'English Literature Mock -> English Literature Target',
      'Geography A Mock -> Geography A Target',
      'Religious Studies A Mock -> Religious Studies A Target',
    ],
    subjects: ['Combined Science Trilogy', 'English Language', 'English Literature', 'Geography A', 'Religious Studies A'],
    collections: ['Mock'],
  },
  {
    name: 'a wide tracker with a flight path, a working-at grade and a most likely grade per AQA subject',
    columns: [
      'Name = name | Geography A Target = target | Geography A Spring FP = expected | Geography A Spring WAG = workingAt',
      'Geography A Spring MLG = prediction | Religious Studies A Target = target | Religious Studies A Spring FP = expected',
      'Religious Studies A Spring WAG = workingAt | Religious Studies A Spring MLG = prediction',
    ],
    pairs: [
      'Geography A Spring WAG -> Geography A Spring FP',
      'Geography A Spring MLG -> Geography A Target',
      'Religious Studies A Spring WAG -> Religious Studies A Spring FP',
      'Religious Studies A Spring MLG -> Religious Studies A Target',
    ],
    collections: ['Spring WAG', 'Spring MLG'],
  },
  {
    name: 'a Year 10 flight-path tracker with an expected grade before each collection',
    columns: [
      'Name = name | Set = class | KS4 Target = target | Y10 Autumn Flight Path = expected | Y10 Autumn = grade',
      'Y10 Spring Flight Path = expected | Y10 Spring = grade | Y10 Summer Flight Path = expected | Y10 Summer = grade',
    ],
    pairs: ['Y10 Autumn -> Y10 Autumn Flight Path', 'Y10 Spring -> Y10 Spring Flight Path', 'Y10 Summer -> Y10 Summer Flight Path'],
    collections: ['Y10 Autumn', 'Y10 Spring', 'Y10 Summer'],
  },
  {
    name: 'an on-track grade beside the current grade, and an expected-progress and pathway column',
    columns: [
      'Name = name | Target = target | On Track Grade = expected | Current = workingAt | Expected Progress = expected',
      'Predicted = prediction | Pathway = expected',
    ],
    pairs: ['Current -> On Track Grade', 'Predicted -> Target'],
  },
  {
    name: "a wide tracker with each subject's autumn target beside its final target",
    columns: [
      'Name = name | Maths Target = target | Maths Autumn Target = expected | Maths Autumn = grade | Maths Spring = grade',
      'English Target = target | English Autumn Target = expected | English Autumn = grade | English Spring = grade',
    ],
    pairs: [
      'Maths Autumn -> Maths Autumn Target',
      'Maths Spring -> Maths Target',
      'English Autumn -> English Autumn Target',
      'English Spring -> English Target',
    ],
  },
  {
    name: 'a KS3 sheet with a target for each term and no final target',
    columns: [
      'Name = name | Form = form | Autumn Target = expected | Autumn = grade | Spring Target = expected | Spring = grade',
      'Summer Target = expected | Summer = grade',
    ],
    pairs: ['Autumn -> Autumn Target', 'Spring -> Spring Target', 'Summer -> Summer Target'],
  },
  {
    name: 'a sheet of pupil context: ethnicity codes, EHC plans, service pupil premium, PLAC, young carers, exam numbers',
    columns: [
      'Name = name | Ethnic Code = ethnicity | EHC Plan = ehcp | Service Pupil Premium = serviceChild | PLAC = pla',
      'Young Carer = youngCarer | Exam Candidate Number = candidateNumber | Target = target | Mock = assessment',
    ],
    pupils: ['Jo | WBRI | N | Y | N | N | 4021 | 6 | 5', 'Al | APKN | Y | N | N | Y | 4022 | 5 | 5'],
    pairs: ['Mock -> Target'],
  },
  {
    name: 'CAT4 batteries, reading and spelling ages, NGRT and MidYIS beside the grades',
    columns: [
      'Name = name | CAT4 Verbal = cat4 | CAT4 Quant = cat4 | CAT4 Non-Verbal = cat4 | CAT4 Spatial = cat4 | CAT4 Mean = cat4',
      'CAT4 GCSE Indicator = cat4 | NGRT SAS = baseline | NGRT Stanine = baseline | Reading Age = baseline',
      'Chronological Age = other | Spelling Age = baseline | MidYIS Score = baseline | Progress Test in English = baseline',
      'Target = target | Current = workingAt',
    ],
    pupils: ['Jo | 104 | 98 | 111 | 95 | 102 | 5 | 99 | 5 | 12:04 | 12:01 | 11:09 | 101 | 97 | 5 | 4'],
    pairs: ['Current -> Target'],
  },
  {
    name: 'behaviour, conduct, achievement and house points, detentions and attendance for the year so far',
    columns: [
      'Name = name | Target = target | Current = workingAt | Behaviour Points (This Year) = behaviourPoints',
      'Conduct Points = behaviourPoints | Achievement Points YTD = achievementPoints | House Points = achievementPoints',
      'Detentions = behaviourPoints | Att % YTD = attendance | Persistent Absence = attendance',
    ],
    pupils: ['Jo | 6 | 5 | 12 | 3 | 140 | 35 | 1 | 93.4 | N'],
    pairs: ['Current -> Target'],
  },
  {
    name: "a conduct column under each collection's name, read as effort from its Good / Requires improvement values",
    columns: [
      'Name = name | Target = target | Autumn 1 = grade | Autumn 1 Conduct = effort | Spring 1 = grade | Spring 1 Conduct = effort',
    ],
    pupils: ['Jo | 6 | 5 | Good | 6 | Requires improvement', 'Al | 5 | 4 | Poor | 4 | Excellent'],
    pairs: ['Autumn 1 -> Target', 'Spring 1 -> Target'],
    collections: ['Autumn 1', 'Spring 1'],
  },
  {
    name: 'the disadvantaged flag explained in its heading, beside FSM and service child flags',
    columns: [
      'Pupil Name = name | Disadvantaged (Ever 6 FSM/CLA) = disadvantaged | FSM = fsm | Service Children = serviceChild',
      'Post-LAC = pla | Target = target | Working at Grade = workingAt',
    ],
    pupils: ['Jo | Y | Y | N | N | 5 | 4'],
    pairs: ['Working at Grade -> Target'],
  },
];

describe('header sets from departmental trackers', () => {
  for (const set of TRACKERS) it(`reads ${set.name}`, () => expectReading(set));
});
