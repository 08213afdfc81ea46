/**
 * KS3 trackers, where grades are the school's own scale: descriptors (Emerging, Developing, Secure, Mastered), Working
 * towards / at / above, and old sublevels (6c, 6b, 6a). Columns headed by a topic are grade columns when their values are
 * that scale; a column that is never a grade stays so whatever it holds. Each set states every role and every pair.
 */
import { describe, it } from 'vitest';
import { expectReading, type HeaderSet } from './helpers';

const KS3: HeaderSet[] = [
  {
    name: 'a Year 7 science sheet headed by its units, with descriptors beneath ("Unit 1 Forces" is no service child)',
    above: ['Year 7 Science'],
    columns: [
      'Name = name | Form = form | KS2 Scaled Score = ks2Average | Target = target | Unit 1 Forces = grade | Unit 2 Cells = grade',
      'Unit 3 Particles = grade',
    ],
    pupils: ['Jo | 7A | 104 | Secure | Developing | Secure | Emerging', 'Al | 7B | 98 | Developing | Emerging | Developing | Developing'],
    pairs: ['Unit 1 Forces -> Target', 'Unit 2 Cells -> Target', 'Unit 3 Particles -> Target'],
    subjects: [],
    collections: ['Unit 1 Forces', 'Unit 2 Cells', 'Unit 3 Particles'],
  },
  {
    name: 'a Year 8 maths sheet headed by strands over Mastered, Secure and "Secure+", its notes and mark total no grades',
    columns: [
      'Name = name | Form = form | Target = target | Number = grade | Algebra = grade | Geometry = grade | Ratio = grade',
      'Teacher Notes = other | Sum of marks = other',
    ],
    pupils: [
      'Jo | 8A | Secure | Developing | Emerging | Secure | Developing | Secure on fractions | 41',
      'Al | 8B | Mastered | Secure+ | Secure | Mastered | - | Secure | 57',
    ],
    pairs: ['Number -> Target', 'Algebra -> Target', 'Geometry -> Target', 'Ratio -> Target'],
  },
  {
    name: 'a wide KS3 sheet with units per subject, each coloured against its own subject target',
    columns: [
      'Name = name | Form = form | English Target = target | English Unit 1 = grade | English Unit 2 = grade',
      'Maths Target = target | Maths Unit 1 = grade | Maths Unit 2 = grade',
    ],
    pupils: ['Jo | 7A | Secure | Developing | Secure | Mastered | Secure | Secure +'],
    pairs: [
      'English Unit 1 -> English Target',
      'English Unit 2 -> English Target',
      'Maths Unit 1 -> Maths Target',
      'Maths Unit 2 -> Maths Target',
    ],
    subjects: ['English', 'Maths'],
    collections: ['Unit 1', 'Unit 2'],
  },
  {
    name: 'sublevels under test headings, with a baseline test that stays a baseline',
    columns: [
      'Name = name | Form = form | KS2 Maths = ks2Maths | Y7 Target = target | Baseline Test = baseline',
      'Christmas Test = assessment | Easter Test = assessment | End of Year Test = assessment',
    ],
    pupils: ['Jo | 7A | 104 | 6b | 4c | 5c | 5b | 6c', 'Al | 7B | 97 | 5a | 4a | 4a | 5c | 5b'],
    pairs: ['Christmas Test -> Y7 Target', 'Easter Test -> Y7 Target', 'End of Year Test -> Y7 Target'],
  },
  {
    name: 'Working towards / at / above under half-term headings, and reading and writing strands read by their values',
    columns: [
      'Name = name | Form = form | End of KS3 Target = target | HT1 = grade | HT2 = grade | HT3 = grade | Reading = grade',
      'Writing = grade',
    ],
    pupils: ['Jo | 7A | Working above | Working towards | Working at | Working at | Working at | Working towards'],
    pairs: [
      'HT1 -> End of KS3 Target',
      'HT2 -> End of KS3 Target',
      'HT3 -> End of KS3 Target',
      'Reading -> End of KS3 Target',
      'Writing -> End of KS3 Target',
    ],
  },
  {
    name: 'an "Attainment | Effort" band over repeated "Aut | Spr | Sum" headings',
    above: ['Y8 Geography tracker', ' |  |  | Attainment |  |  | Effort |  | '],
    columns: [
      'Name = name | Form = form | Target = target | Aut = grade | Spr = grade | Sum = grade | Aut = effort | Spr = effort | Sum = effort',
    ],
    pupils: ['Jo | 8A | Secure | Developing | Secure |  | Good | Excellent | '],
    pairs: ['Aut -> Target', 'Spr -> Target', 'Sum -> Target'],
    collections: ['Aut', 'Spr', 'Sum'],
  },
  {
    name: 'a KS3 flight path in descriptors, with an expected grade for each term',
    columns: [
      'Name = name | Form = form | KS3 Target = target | Autumn Flight Path = expected | Autumn = grade',
      'Spring Flight Path = expected | Spring = grade',
    ],
    pupils: ['Jo | 7A | Secure | Developing | Developing | Secure | Secure'],
    pairs: ['Autumn -> Autumn Flight Path', 'Spring -> Spring Flight Path'],
  },
  {
    name: 'the same word as a flag and as a topic: "Forces Child" holds Y and N, "Forces" holds descriptors',
    columns: ['Name = name | Forces Child = serviceChild | Target = target | Forces = grade | Electricity = grade | Waves = grade'],
    pupils: ['Jo | Y | Secure | Developing | Secure | Emerging', 'Al | N | Developing | Developing | Emerging | Developing'],
    pairs: ['Forces -> Target', 'Electricity -> Target', 'Waves -> Target'],
  },
];

describe('header sets from KS3 trackers with descriptor grades', () => {
  for (const set of KS3) it(`reads ${set.name}`, () => expectReading(set));
});
