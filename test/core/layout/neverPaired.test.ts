/**
 * Properties: a column that is never a grade (effort and its scales, homework, attendance, points, CAT4, baselines,
 * ethnicity, EHCP, service child, young carer, previously looked after, candidate numbers) is never paired and never
 * coloured, whatever the column order, the collection or subject words on its heading, or the values it holds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planColouring } from '../../../core/colouring/plan';
import { detectLayout, rebuildPairs, type ColumnRole, type Layout } from '../../../core/layout';
import { DEFAULT_RULE_SETTINGS, readA1Range } from '../../../core/rules';

const EFFORT_WORDS = ['Excellent', 'Good', 'Requires improvement', 'Poor'];
/** KS3 descriptors and sublevels: a never-grade heading keeps its role even over these. */
const DESCRIPTORS = ['Secure', 'Developing', 'Emerging', 'Mastered', '6b', 'Working towards'];
const YES_NO = ['Y', 'N', 'Yes', 'No'];

interface NeverGrade {
  heading: string;
  role: ColumnRole;
  /** What a school keeps in the column. */
  values: readonly string[];
  /** Trackers repeat it per collection or subject ("Spring Effort", "Maths Homework"). */
  repeated?: boolean;
}

const NEVER_GRADES: readonly NeverGrade[] = [
  { heading: 'Effort', role: 'effort', values: ['1', '2', '3', '4'], repeated: true },
  { heading: 'Effort (1-5)', role: 'effort', values: ['1', '2', '3', '4', '5'], repeated: true },
  { heading: 'ATL', role: 'effort', values: EFFORT_WORDS, repeated: true },
  { heading: 'Attitude to Learning', role: 'effort', values: EFFORT_WORDS },
  { heading: 'BfL', role: 'effort', values: ['1', '2', '3', '4'], repeated: true },
  { heading: 'Homework', role: 'homework', values: ['1', '2', '3', '4', '5'], repeated: true },
  { heading: 'Attendance %', role: 'attendance', values: ['96.5', '88.1', '100'], repeated: true },
  { heading: 'Att', role: 'attendance', values: ['0.97', '0.84'], repeated: true },
  { heading: 'Behaviour Points', role: 'behaviourPoints', values: ['0', '12', '3'], repeated: true },
  { heading: 'Achievement Points', role: 'achievementPoints', values: ['140', '35'], repeated: true },
  { heading: 'CAT4 Mean SAS', role: 'cat4', values: ['104', '96', '121'] },
  { heading: 'Verbal SAS', role: 'cat4', values: ['99', '110'] },
  { heading: 'Quantitative SAS', role: 'cat4', values: ['101', '87'] },
  { heading: 'Non-verbal SAS', role: 'cat4', values: ['93', '115'] },
  { heading: 'Spatial SAS', role: 'cat4', values: ['108', '90'] },
  { heading: 'MidYIS', role: 'baseline', values: ['104', '98'] },
  { heading: 'NGRT', role: 'baseline', values: ['95', '112'] },
  { heading: 'Reading age', role: 'baseline', values: ['12:04', '10:11'] },
  { heading: 'SAS', role: 'baseline', values: ['100', '117'] },
  { heading: 'Baseline', role: 'baseline', values: DESCRIPTORS },
  { heading: 'Ethnicity', role: 'ethnicity', values: ['WBRI', 'WOTH', 'APKN', 'MWBC'] },
  { heading: 'Ethnic Code', role: 'ethnicity', values: ['WBRI', 'BAFR'] },
  { heading: 'EHCP', role: 'ehcp', values: YES_NO },
  { heading: 'Service Child', role: 'serviceChild', values: YES_NO },
  { heading: 'Young Carer', role: 'youngCarer', values: YES_NO },
  { heading: 'Previously Looked After', role: 'pla', values: YES_NO },
  { heading: 'Candidate Number', role: 'candidateNumber', values: ['4021', '4022', '9137'] },
];

/** Headings that are coloured or coloured against, with grades beneath. */
const GRADED = ['Target', 'Maths Target', 'RP1', 'Spring', 'Predicted', 'Working At', 'Mock', 'Spring Expected', 'Unit 2 Cells'];
const PREFIXES = ['', 'Spring ', 'RP2 ', 'Y10 Aut ', 'Maths '];

/** Every column a colouring plan for the layout would colour, by 0-based index. */
function colouredColumns(layout: Layout): Set<number> {
  const plan = planColouring({ name: 'Y10', lastRow: 40, isProtected: false }, layout, DEFAULT_RULE_SETTINGS);
  const coloured = new Set<number>();
  if (!plan.ok) return coloured;
  for (const block of plan.plan.blocks) {
    const range = readA1Range(block.current);
    if (typeof range === 'string') throw new Error(range);
    for (let column = range.firstColumn; column <= range.lastColumn; column += 1) coloured.add(column - 1);
  }
  return coloured;
}

const sheet = fc.record({
  never: fc.shuffledSubarray([...NEVER_GRADES], { minLength: 1 }),
  graded: fc.shuffledSubarray(GRADED, { minLength: 1 }),
  order: fc.infiniteStream(fc.boolean()),
  picks: fc.infiniteStream(fc.nat()),
  pupils: fc.integer({ min: 0, max: 4 }),
});

describe('property: a column that is never a grade is never paired or coloured', () => {
  it('holds whatever the column order, the words around its heading and the scale values it holds', () => {
    fc.assert(
      fc.property(sheet, ({ never, graded, order, picks, pupils }) => {
        const pick = <T>(list: readonly T[]): T => list[picks.next().value % list.length]!;
        const columns: { heading: string; role?: ColumnRole; values: readonly string[] }[] = [];
        const left = never.map((entry) => ({ ...entry, heading: `${entry.repeated ? pick(PREFIXES) : ''}${entry.heading}` }));
        const marked = graded.map((heading) => ({ heading, values: ['4', '5', '6', 'Secure'] }));
        while (left.length > 0 || marked.length > 0)
          columns.push((marked.length === 0 || (left.length > 0 && order.next().value) ? left : marked).shift()!);
        const rows = [
          columns.map((column) => column.heading),
          ...Array.from({ length: pupils }, () => columns.map((column) => pick(column.values))),
        ];
        const layout = detectLayout(rows);
        const coloured = colouredColumns(layout);
        // The plan is the one "Colour this sheet" applies: every paired grade column is in it.
        for (const pair of layout.pairs) expect(coloured.has(pair.grade)).toBe(true);
        for (const relaid of [layout, rebuildPairs(layout)]) {
          const paired = new Set(relaid.pairs.flatMap((pair) => [pair.grade, pair.target]));
          columns.forEach((column, index) => {
            if (!column.role) return;
            expect(relaid.columns[index]!.role, column.heading).toBe(column.role);
            expect(paired.has(index), `${column.heading} is paired`).toBe(false);
            expect(coloured.has(index), `${column.heading} is coloured`).toBe(false);
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps an effort, homework or baseline heading over KS3 descriptors, though a topic heading over them is a grade', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Effort', 'Spring ATL', 'Homework', 'Baseline', 'Attitude', 'EHCP', 'Young Carer'),
        fc.array(fc.constantFrom(...DESCRIPTORS), { minLength: 1, maxLength: 6 }),
        fc.boolean(),
        (heading, values, topicFirst) => {
          const headings = topicFirst ? ['Name', 'Target', 'Unit 1 Forces', heading] : ['Name', 'Target', heading, 'Unit 1 Forces'];
          const layout = detectLayout([headings, ...values.map((value) => ['Jo', '6', value, value])]);
          const topic = layout.columns.find((column) => column.header === 'Unit 1 Forces')!;
          const never = layout.columns.find((column) => column.header === heading)!;
          expect(topic.role).toBe('grade');
          expect(never.role).not.toBe('grade');
          expect(layout.pairs.map((pair) => pair.grade)).toEqual([topic.index]);
        },
      ),
    );
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
