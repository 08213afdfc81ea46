/**
 * Projections from the latest grades: Attainment 8 and Progress 8 through the core's own functions, the
 * DfE headline measures, and the pupil lists. Expected values come from the DfE worked examples in
 * ../shared/reference/README.md and from hand counts written beside each fixture.
 */
import { describe, expect, it } from 'vitest';
import { buildReport, reportHeadline } from '../../../core/report';
import { borderlineThreshold } from '../../../core/report/lists';
import { col, grade, target, tracker, type ColumnSpec } from './support';

const both = (subject: string): ColumnSpec[] => [grade('RP1', subject), grade('RP2', subject)];

describe('projected Attainment 8 and Progress 8', () => {
  const subjects = [
    'Eng Lang',
    'Eng Lit',
    'Maths',
    'Combined Science',
    'Core Science',
    'Additional Science',
    'History',
    'French',
    'Spanish',
    'Art',
    'Engineering',
  ];
  const specs = [
    col('Name', 'name'),
    col('PP', 'pp'),
    col('KS2 Reading', 'ks2Reading'),
    col('KS2 Maths', 'ks2Maths'),
    ...subjects.flatMap(both),
  ];
  const pairs = (grades: Record<string, [unknown, unknown]>) => subjects.flatMap((subject) => grades[subject] ?? ['', '']);
  const body = [
    // The DfE worked case (KS2 104/106): A8 55.5 and P8 +1.00. Nobody has a History grade at RP2 yet, so
    // History's latest collection is RP1 (6); every other subject is read at RP2.
    [
      'Worked case',
      'Y',
      104,
      106,
      ...pairs({
        'Eng Lang': [4, 6],
        'Eng Lit': [4, 5],
        Maths: [4, 5],
        'Combined Science': ['4-4', '5-5'],
        History: [6, ''],
        Art: [4, 7],
        Engineering: ['L2P', 'L2M'],
      }),
    ],
    // The "both English qualifications" case: A8 14 + 16 + 20 + 17 = 67. No KS2, so no Progress 8.
    [
      'Both English',
      'N',
      '',
      '',
      ...pairs({
        Maths: [5, 7],
        'Eng Lang': [5, 8],
        'Eng Lit': [5, 6],
        'Core Science': [5, 7],
        'Additional Science': [5, 6],
        French: [5, 7],
        Spanish: [5, 6],
        Art: [5, 5],
      }),
    ],
  ];
  const report = buildReport(tracker(specs, body));

  it('reproduces the published A8 figures from the latest collection: mean of 55.5 and 67 is 61.25', () => {
    expect(report.wide).toBe(true);
    expect(report.attainment).toMatchObject({ collection: 'RP2', attainment8: { pupils: 2, mean: 61.25 } });
  });

  it('reproduces the published P8 of +1.00 for KS2 104/106: (55.5 - 45.47) / 10', () => {
    expect(report.attainment!.progress8!.pupils).toBe(1);
    expect(report.attainment!.progress8!.mean).toBeCloseTo((55.5 - 45.47) / 10, 10);
  });

  it('gives the PP gap in A8 (67 - 55.5 = 11.5), too few pupils for an interval', () => {
    const gap = report.attainment!.gap!;
    expect(gap.family).toBe('pp');
    expect(gap.attainment8).toMatchObject({
      focus: { label: 'PP', pupils: 1, mean: 55.5 },
      rest: { label: 'Not PP', pupils: 1, mean: 67 },
      difference: 11.5,
      verdict: 'too few pupils',
      small: true,
    });
    expect(gap.progress8).toMatchObject({ focus: { pupils: 1 }, rest: { pupils: 0, mean: null }, difference: null, verdict: 'no data' });
  });

  it('carries a missed grade forward from the last collection, unless the school turns that off', () => {
    // A third pupil has a History grade at RP2, so RP2 is History's latest collection and the worked case missed it.
    // Without RP1's History 6 the worked case scores English 12 + maths 10 + EBacc 5 + 5 (combined science only)
    // + open 5 + 7 + 5.5 = 49.5; the third pupil's A8 is their History 5 in an EBacc slot.
    const third = ['Third', 'N', '', '', ...pairs({ History: ['', 5] })];
    const kept = buildReport(tracker(specs, [...body, third]));
    const strict = buildReport({ ...tracker(specs, [...body, third]), settings: { carryForward: false } });
    expect(kept.attainment!.attainment8.mean).toBeCloseTo((55.5 + 67 + 5) / 3, 10);
    expect(strict.attainment!.attainment8.mean).toBeCloseTo((49.5 + 67 + 5) / 3, 10);
    expect(strict.attainment!.progress8!.mean).toBeCloseTo((49.5 - 45.47) / 10, 10);
  });

  it('shows them in the headline preview', () => {
    const headline = reportHeadline(report);
    expect(headline).toMatchObject({ pupils: 2, collection: 'RP2', attainment8: 61.25 });
    expect(headline.lines).toContain('Projected Attainment 8: 61.3');
    expect(headline.lines).toContain('Projected Progress 8: +1.00');
  });
});

describe('headline measures', () => {
  const subjects = [
    'Eng Lang',
    'Eng Lit',
    'Maths',
    'Combined Science',
    'Physics',
    'Chemistry',
    'Biology',
    'History',
    'Geography',
    'French',
    'Art',
  ];
  const specs = [col('Name', 'name'), col('PP', 'pp'), ...subjects.map((subject) => grade('RP1', subject))];
  const row = (name: string, pp: string, grades: Record<string, unknown>) => [
    name,
    pp,
    ...subjects.map((subject) => grades[subject] ?? ''),
  ];
  // Pupil  E&M 4+  E&M 5+  EBacc entry
  // P1     yes     yes     yes
  // P2     yes     no      yes (3 sciences)
  // P3     yes     no      no (2 sciences)
  // P4     no      no      no (no language)
  // P5     no      no      no (no Literature)
  // P6     no grades: not in any denominator
  const body = [
    row('P1', 'Y', { 'Eng Lang': 4, 'Eng Lit': 5, Maths: 5, 'Combined Science': '4-4', History: 5, French: 4, Art: 6 }),
    row('P2', 'N', { 'Eng Lang': 3, 'Eng Lit': 4, Maths: 4, Physics: 5, Chemistry: 4, Biology: 4, Geography: 5, French: 3 }),
    row('P3', 'Y', { 'Eng Lang': '5-', 'Eng Lit': 3, Maths: 6, Physics: 5, Chemistry: 5, History: 4, French: 4 }),
    row('P4', 'N', { 'Eng Lang': 6, 'Eng Lit': 6, Maths: '4-', 'Combined Science': '5-5', History: 6, Art: 7 }),
    row('P5', 'N', { 'Eng Lang': '4-', Maths: 4, 'Combined Science': '4-4', History: 4, French: 4 }),
    row('P6', 'N', {}),
  ];
  const report = buildReport(tracker(specs, body));
  const rows = report.headlines!.rows;

  it('counts English as the better of Language and Literature: 4+ in both for 3 of 5, 5+ for 1 of 5', () => {
    expect(rows[0]).toMatchObject({ label: 'All pupils', pupils: 5, englishMaths4: 3 / 5, englishMaths5: 1 / 5 });
  });

  it('counts EBacc entry by the stated rule: 2 of 5', () => {
    expect(rows[0]!.ebaccEntry).toBe(2 / 5);
    expect(report.headlines!.ebaccRule).toMatch(/3 of biology, chemistry, physics and computer science/);
  });

  it('splits each measure by PP (P1, P3) and not PP (P2, P4, P5)', () => {
    expect(rows[1]).toMatchObject({ label: 'PP', pupils: 2, englishMaths4: 1, englishMaths5: 0.5, ebaccEntry: 0.5 });
    expect(rows[2]).toMatchObject({ label: 'Not PP', pupils: 3, englishMaths4: 1 / 3, englishMaths5: 0, ebaccEntry: 1 / 3 });
  });

  it('averages the same Attainment 8 as the A8 block', () => {
    expect(rows[0]!.averageAttainment8).toBe(report.attainment!.attainment8.mean);
  });

  it('leaves a measure out, and says why, when the tracker lacks its subjects', () => {
    const specsNoLanguage = [col('Name', 'name'), grade('RP1', 'English'), grade('RP1', 'Maths')];
    const partial = buildReport(tracker(specsNoLanguage, [['A', 5, 4]]));
    expect(partial.headlines!.rows[0]).toMatchObject({ englishMaths4: 1, englishMaths5: 0, ebaccEntry: null });
    expect(partial.headlines!.notes).toContain(
      'EBacc entry needs columns for English Literature, a science, a language, history or geography.',
    );
  });
});

describe('pupil lists', () => {
  it('calls a grade borderline when it is in [threshold - 1/3, threshold) for 4 or 5', () => {
    // In twelfths: 4- = 44 and 5- = 56 are borderline; 3+ (40), 4 (48), 4+ (52), 4/5 (54) and 5 (60) are not.
    expect([40, 44, 47, 48, 52, 54, 56, 59, 60].map(borderlineThreshold)).toEqual([null, 4, 4, null, null, null, 5, 5, null]);
  });

  it('lists borderline pupils in English (the better of the two) or maths, in tracker order', () => {
    const subjects = ['Eng Lang', 'Eng Lit', 'Maths'];
    const specs = [col('Name', 'name'), ...subjects.map((subject) => grade('RP1', subject))];
    const report = buildReport(
      tracker(specs, [
        ['Ava', '5-', 3, 6], //  English Language 5- is one fine grade short of 5
        ['Ben', 6, 6, '4-'], //  maths 4- is one fine grade short of 4
        ['Cal', '3+', '4-', '3+'], // the better English (Literature 4-) is borderline; maths 3+ is two fine grades short
        ['Dee', '4-', 5, 4], //  the better English is Literature 5: not borderline
      ]),
    );
    expect(report.lists.borderline.map(({ pupil, items }) => [pupil.name, items])).toEqual([
      ['Ava', [{ subject: 'Eng Lang', grade: '5-', threshold: 5 }]],
      ['Ben', [{ subject: 'Maths', grade: '4-', threshold: 4 }]],
      ['Cal', [{ subject: 'Eng Lit', grade: '4-', threshold: 4 }]],
    ]);
  });

  const subjects = ['Maths', 'English', 'Science', 'History'];
  const specs = [
    col('UPN', 'upn'),
    col('Surname', 'surname'),
    col('Forename', 'forename'),
    col('Class', 'class'),
    ...subjects.flatMap((subject) => [target(subject), grade('RP1', subject)]),
  ];
  //                                        Maths  English  Science  History   on/above  below
  const body = [
    ['X1', 'Smith', 'Ann', '10A', ...[5, 6], ...[5, 5], ...[5, 5], ...[6, 7]], // 4          0
    ['X2', 'Jones', 'Ben', '10A', ...[5, 5], ...[5, 5], ...[5, 5], ...[5, 4]], // 3          1
    ['X3', 'Khan', 'Cara', '10B', ...[5, 4], ...[5, 3], ...[5, 4], ...[5, 5]], // 1          3
    ['X4', 'Lee', 'Dan', '10B', ...[5, 5], ...[5, 5], ...[5, 4], ...[5, 3]], //   2          2
    ['', 'Patel', '', '', ...['', ''], ...['', ''], ...['', ''], ...['', '']], //  no grades
  ];

  it('praises pupils on or above target in at least 3 subjects, most first, named from the identity columns', () => {
    const report = buildReport(tracker(specs, body));
    expect(report.lists.praise).toEqual([
      {
        pupil: { row: 2, name: 'Smith, Ann', upn: 'X1', className: '10A', teacher: null, form: null },
        groups: [],
        subjects: ['Maths', 'English', 'Science', 'History'],
      },
      {
        pupil: { row: 3, name: 'Jones, Ben', upn: 'X2', className: '10A', teacher: null, form: null },
        groups: [],
        subjects: ['Maths', 'English', 'Science'],
      },
    ]);
    expect(report.lists.underachieving).toEqual([
      {
        pupil: { row: 4, name: 'Khan, Cara', upn: 'X3', className: '10B', teacher: null, form: null },
        groups: [],
        subjects: ['Maths', 'English', 'Science'],
      },
    ]);
  });

  it('names the groups each listed pupil is in that a leader acts on (not gender), as the gap tables count them', () => {
    const flagged = [col('PP', 'pp'), col('Gender', 'gender'), col('Attendance', 'attendance'), ...specs];
    // Ann: PP, a girl, 88% (persistently absent); Cara: not PP, a boy, 45% (persistently and severely absent).
    const flags = [
      ['Y', 'F', 88],
      ['N', 'M', 96],
      ['N', 'M', 45],
      ['Y', 'M', 99],
      ['', '', ''],
    ];
    const report = buildReport(
      tracker(
        flagged,
        body.map((row, i) => [...flags[i]!, ...row]),
      ),
    );
    expect(report.lists.praise.map((entry) => [entry.pupil.name, entry.groups])).toEqual([
      ['Smith, Ann', ['PP', 'Persistently absent']],
      ['Jones, Ben', []],
    ]);
    expect(report.lists.underachieving.map((entry) => [entry.pupil.name, entry.groups])).toEqual([
      ['Khan, Cara', ['Persistently absent', 'Severely absent']],
    ]);
  });

  it('uses the chosen numbers of subjects', () => {
    const report = buildReport({ ...tracker(specs, body), settings: { praiseMinSubjects: 2, underachievingMinSubjects: 2 } });
    expect(report.lists.praise.map((entry) => entry.pupil.name)).toEqual(['Smith, Ann', 'Jones, Ben', 'Lee, Dan']);
    expect(report.lists.underachieving.map((entry) => [entry.pupil.name, entry.subjects.length])).toEqual([
      ['Khan, Cara', 3],
      ['Lee, Dan', 2],
    ]);
  });

  it('keeps the tracker order for pupils praised in as many subjects', () => {
    const subjectsTwo = [target('Maths'), grade('RP1', 'Maths'), target('Art'), grade('RP1', 'Art')];
    const report = buildReport({
      ...tracker(
        [col('Name', 'name'), ...subjectsTwo],
        [
          ['Zed', 5, 5, 5, 6],
          ['Amy', 5, 6, 5, 5],
        ],
      ),
      settings: { praiseMinSubjects: 2 },
    });
    expect(report.lists.praise.map((entry) => entry.pupil.name)).toEqual(['Zed', 'Amy']);
  });

  it('names a pupil by row when the tracker has no name columns', () => {
    const report = buildReport(tracker([target('Maths'), grade('RP1', 'Maths'), target('Art'), grade('RP1', 'Art')], [[5, 6, 5, 6]]));
    expect(report.lists.praise).toEqual([]);
    expect(
      buildReport({
        ...tracker([target('Maths'), grade('RP1', 'Maths'), target('Art'), grade('RP1', 'Art')], [[5, 6, 5, 6]]),
        settings: { praiseMinSubjects: 2 },
      }).lists.praise[0]!.pupil,
    ).toEqual({ row: 2, name: 'Row 2', upn: null, className: null, teacher: null, form: null });
  });
});
