/**
 * A table of pupils, each counted by hand, through ATTAINMENT8 and each of its elements. Every row
 * says where its rule comes from:
 * - README: the published figures in shared/reference/README.md;
 * - issue 11: the divergences the independent check found;
 * - slots: the DfE's slot rules (Secondary accountability measures guide, "Calculating Attainment 8");
 * - EBacc list: "Qualifications counting in the English Baccalaureate" (DfE, October 2019);
 * - codes: the 2021 tab of the DfE's "List of 2014 - 2021 qualifications and discount codes" (October 2019);
 * - Tracklight: a rule Tracklight had to choose, as core/attainment8 says.
 * The DfE's own worked examples A and B (Secondary accountability measures guide, October 2018,
 * pages 19-21) are not here: only that guide's contents page could be read, not the examples.
 * Each row is [source and what it shows, grades by subject, [A8, maths, English, EBacc, open]].
 */
import { describe, expect, it } from 'vitest';
import { functions } from '../../../core/index';
import { asGrid } from '../functions/expectations';

type Row = [string, Record<string, unknown>, [number | '', number | '', number | '', number | '', number | '']];

const PUBLISHED: Row[] = [
  // 12 (Eng Lang 6 doubled) + 10 + 16 (EBacc: History 6, combined 5, 5) + 17.5 (open: Eng Lit 5, Art 7, L2M 5.5)
  [
    'README: the P8 worked case is 55.5',
    { 'Eng Lang': 6, 'Eng Lit': 5, Maths: 5, 'Combined Science': '5-5', History: 6, Art: 7, 'BTEC Sport': 'L2M' },
    [55.5, 10, 12, 16, 17.5],
  ],
  // 14 + 16 (Eng Lang 8 doubled) + 20 (Core Sci 7, French 7, Add Sci 6; legacy codes RA1B and RA1C differ)
  // + 17 (Eng Lit 6, Spanish 6, Art 5)
  [
    'README: both English qualifications, 67',
    { Maths: 7, 'Eng Lang': 8, 'Eng Lit': 6, 'Core Science': 7, 'Additional Science': 6, French: 7, Spanish: 6, Art: 5 },
    [67, 14, 16, 20, 17],
  ],
  // Both music qualifications are LF1: one counts (7), with Art 6: 13, where Tracklight used to give 20.
  ['issue 11 and codes: GCSE music 7, BTEC music L2D, art 6 is 13', { Music: 7, 'BTEC Music': 'L2D', Art: 6 }, [13, 0, 0, 0, 13]],
];

const SLOT_RULES: Row[] = [
  ['slots: maths is doubled', { Maths: 5 }, [10, 10, 0, 0, 0]],
  ['slots: English language alone is not doubled', { 'Eng Lang': 6 }, [6, 0, 6, 0, 0]],
  ['slots: English literature alone is not doubled', { 'Eng Lit': 7 }, [7, 0, 7, 0, 0]],
  // Literature 7 doubled (14); language 5 goes to open.
  ['slots: with both, the higher English is doubled, the other fills open', { 'Eng Lang': 5, 'Eng Lit': 7 }, [19, 0, 14, 0, 5]],
  ['slots: equal English grades: one doubled, the other in open', { 'Eng Lang': 6, 'Eng Lit': 6 }, [18, 0, 12, 0, 6]],
  // EBacc: Comp Sci 8, Geography 7, French 6 = 21; History 4 to open.
  ['slots: the best 3 EBacc count, a 4th fills open', { History: 4, Geography: 7, French: 6, 'Computer Science': 8 }, [25, 0, 0, 21, 4]],
  ['slots: combined science fills two EBacc slots', { 'Combined Science': '6-5' }, [11, 0, 0, 11, 0]],
  // EBacc pool 7, 5.5, 5.5, 4: best three 18; Geography 4 to open.
  ['slots: combined science with EBacc subjects', { 'Combined Science': '6-5', History: 7, Geography: 4 }, [22, 0, 0, 18, 4]],
  // EBacc 8 + 7 + 6 (one half of combined science); the other half 6 in open.
  ['slots: combined science split between EBacc and open', { History: 8, Geography: 7, 'Combined Science': '6-6' }, [27, 0, 0, 21, 6]],
  // EBacc 8, 7, 6; both halves of combined science 5-5 go to open: 10.
  [
    'slots: both halves of combined science in open',
    { History: 8, Geography: 7, French: 6, 'Combined Science': '5-5' },
    [31, 0, 0, 21, 10],
  ],
  ['slots: the best 3 open count', { Art: 7, Music: 6, Drama: 5, Dance: 4 }, [18, 0, 0, 0, 18]],
  [
    'slots: all 9s is 90',
    { Maths: 9, 'Eng Lang': 9, 'Eng Lit': 9, Physics: 9, Chemistry: 9, Biology: 9, Art: 9, Music: 9 },
    [90, 18, 18, 27, 27],
  ],
  ['slots: unfilled slots score 0', { Art: 7 }, [7, 0, 0, 0, 7]],
  // Open pool: Eng Lit 5, Spanish 4 (a 4th EBacc), Art 6, Music 3: best three 6 + 5 + 4.
  [
    'slots: spare English and a 4th EBacc compete for open',
    { 'Eng Lang': 7, 'Eng Lit': 5, Maths: 6, History: 8, Geography: 8, French: 8, Spanish: 4, Art: 6, Music: 3 },
    [65, 12, 14, 24, 15],
  ],
  // Maths 5+ (64/12) doubled; Eng Lit 6 doubled over Eng Lang 6- (68/12), which goes to open.
  ['slots: fine grades are exact thirds', { Maths: '5+', 'Eng Lang': '6-', 'Eng Lit': 6 }, [340 / 12, 128 / 12, 12, 0, 68 / 12]],
  // History A 7 and Geography C 4 in EBacc; Art D 3 in open.
  ['slots: legacy letters at the DfE 2017 points', { History: 'A', Geography: 'C', Art: 'D' }, [14, 0, 0, 11, 3]],
  ['slots: U is 0 points but a grade, so A8 is 0, not blank', { Maths: 'U', 'Eng Lang': 'U' }, [0, 0, 0, 0, 0]],
  ['slots: a pupil with no grades is blank', { Maths: '', Art: null }, ['', '', '', '', '']],
  ['slots: an absence mark is no grade', { Maths: 'X', Art: 6 }, [6, 0, 0, 0, 6]],
  ['Tracklight: an unknown subject counts in open', { 'Underwater Basket Weaving': 9, Maths: 5 }, [19, 10, 0, 0, 9]],
  // Open: 9, 8.5, 8; Art 4 is not in the best 8.
  [
    'Tracklight: unknown subjects and a Tech Award fill open',
    { 'Underwater Basket Weaving': 9, Astrology: 8, 'BTEC Sport': 'L2D*', Art: 4 },
    [25.5, 0, 0, 0, 25.5],
  ],
  ['slots: a low spare English fills no slot', { 'Eng Lang': 9, 'Eng Lit': 3, Art: 7, Music: 6, Drama: 5 }, [36, 0, 18, 0, 18]],
];

/** Every board's combined science (codes: RA1E), alone at 6-5: two EBacc slots of 5.5. */
const COMBINED_TITLES: Row[] = [
  'Combined Science: Trilogy',
  'Combined Science: Synergy',
  'Combined Science A (Gateway Science)',
  'Combined Science B (Twenty First Century Science)',
  'Twenty First Century Combined Science B',
  'OCR 21st Century Combined Science',
  'Pearson Edexcel Combined Science',
  'WJEC Eduqas Combined Science',
  'Comb Science',
].map((title): Row => [`EBacc list: ${title} is combined science`, { [title]: '6-5' }, [11, 0, 0, 11, 0]]);

const SINGLE_SCIENCE_TITLES: Row[] = [
  [
    'EBacc list: OCR Gateway and Twenty First Century single sciences, and an AQA one',
    { 'Physics A (Gateway Science)': 7, 'Chemistry B (Twenty First Century Science)': 6, 'AQA Biology': 5 },
    [18, 0, 0, 18, 0],
  ],
  // EBacc: Comp Sci 9, Biology 8, Chemistry 6; Physics 4 to open.
  [
    'EBacc list: suite names before the subject, a board before it',
    { 'Gateway Biology': 8, 'Edexcel Physics': 4, 'Twenty First Century Chemistry': 6, 'Computer Science': 9 },
    [27, 0, 0, 23, 4],
  ],
];

const PILLARS: Row[] = [
  ['EBacc list: science, the three single sciences', { Biology: 6, Chemistry: 6, Physics: 6 }, [18, 0, 0, 18, 0]],
  ['EBacc list: science, computer science', { 'Comp Sci': 7 }, [7, 0, 0, 7, 0]],
  [
    'EBacc list and codes: history (DB), geography, ancient history (DB21)',
    { History: 6, Geography: 5, 'Ancient History': 4 },
    [15, 0, 0, 15, 0],
  ],
  ['EBacc list: languages', { French: 6, Spanish: 5, German: 4 }, [15, 0, 0, 15, 0]],
  // EBacc 8 + 7 + 6; Arabic 5 to open.
  ['EBacc list: community languages', { Mandarin: 8, Urdu: 7, Polish: 6, Arabic: 5 }, [26, 0, 0, 21, 5]],
  ['EBacc list: classical languages', { Latin: 7, 'Classical Greek': 6, 'Biblical Hebrew': 5 }, [18, 0, 0, 18, 0]],
  ['EBacc list: Dutch and classical civilisation are not on it, so open', { Dutch: 6, 'Classical Civilisation': 5 }, [11, 0, 0, 0, 11]],
  [
    'EBacc list: RS, citizenship, sociology, psychology are open',
    { RS: 8, Citizenship: 7, Sociology: 6, Psychology: 5 },
    [21, 0, 0, 0, 21],
  ],
];

const DISCOUNT_FAMILIES: Row[] = [
  [
    'codes LF1: a BTEC Tech Award in music practice and GCSE music',
    { Music: 5, 'BTEC Tech Award in Music Practice': 'L2D*' },
    [8.5, 0, 0, 0, 8.5],
  ],
  [
    'codes MA1: GCSE PE, BTEC sport, Cambridge National sport studies',
    { PE: 6, 'BTEC Sport': 'L2M', 'Cambridge National Sport Studies': 'L2D' },
    [7, 0, 0, 0, 7],
  ],
  ['codes JA2: art, textiles and graphics are one art and design', { Art: 7, Textiles: 5, Graphics: 6 }, [7, 0, 0, 0, 7]],
  ['codes KJ1 and JA2: photography counts beside art', { Photography: 6, Art: 5 }, [11, 0, 0, 0, 11]],
  ['codes LC11: GCSE drama and BTEC performing arts', { Drama: 4, 'BTEC Performing Arts': 'L2D' }, [7, 0, 0, 0, 7]],
  ['codes KA2: media studies and film studies', { 'Media Studies': 6, 'Film Studies': 7 }, [7, 0, 0, 0, 7]],
  [
    'codes XA1: GCSE engineering and Cambridge National engineering design',
    { Engineering: 5, 'Cambridge National Engineering Design': 'L2M' },
    [5.5, 0, 0, 0, 5.5],
  ],
  // Eng Lang 7 counts, "English" 5 (also FK2B) does not; 7 doubled over Eng Lit 6, which goes to open.
  ['codes FK2B: two English language columns count once', { English: 5, 'Eng Lang': 7, 'Eng Lit': 6 }, [20, 0, 14, 0, 6]],
  ['codes RB1: two maths columns count once, the spare not in open', { Maths: 4, Mathematics: 6 }, [12, 12, 0, 0, 0]],
  ['codes AA3 and AE5: GCSE business and BTEC enterprise both count', { Business: 6, 'BTEC Enterprise': 'L2M' }, [11.5, 0, 0, 0, 11.5]],
  ['codes CK1 and CN1: computer science and ICT both count', { 'Computer Science': 6, ICT: 'L2P' }, [10, 0, 0, 6, 4]],
  ['codes NH6 and NA1: food and hospitality both count', { Food: 5, 'Hospitality and Catering': 'L2D' }, [12, 0, 0, 0, 12]],
  ['codes RB1 and RB71: maths and statistics both count', { Maths: 5, Statistics: 6 }, [16, 10, 0, 0, 6]],
  [
    'codes PA1: two health and social care awards count once',
    { 'Health and Social Care': 'L2M', 'BTEC Health and Social Care': 'L1D' },
    [5.5, 0, 0, 0, 5.5],
  ],
  ['codes DB: history A and history B count once', { History: 5, 'History B': 7 }, [7, 0, 0, 7, 0]],
  ['codes FKF: two French columns count once', { French: 4, 'AQA French': 6 }, [6, 0, 0, 6, 0]],
  ['Tracklight tie rule: two combined sciences at 6-6 count once', { 'Combined Science': '6-6', Trilogy: '6-6' }, [12, 0, 0, 12, 0]],
];

/** Tracklight's science exception (core/attainment8/scienceRoute.ts): the route with the higher A8 counts. */
const SCIENCE_ROUTES: Row[] = [
  // Combined route 5 + 5 = 10 beats biology 7.
  ['Tracklight science route: combined 5-5 beats biology 7', { 'Combined Science': '5-5', Biology: 7 }, [10, 0, 0, 10, 0]],
  // Combined route 8 against biology 6 + chemistry 6 = 12.
  ['Tracklight science route: two singles beat combined 4-4', { 'Combined Science': '4-4', Biology: 6, Chemistry: 6 }, [12, 0, 0, 12, 0]],
  // Combined route: EBacc 7, 7, 6 = 20. Singles route: EBacc 6, 6, 5 = 17 and Physics 5 in open: 22.
  [
    'Tracklight science route: three singles, counted with the open slot they can fill',
    { 'Combined Science': '7-7', Biology: 6, Chemistry: 5, Physics: 5, History: 6 },
    [22, 0, 0, 17, 5],
  ],
  ['Tracklight science route: a tie keeps combined science', { 'Combined Science': '6-6', Biology: 6, Chemistry: 6 }, [12, 0, 0, 12, 0]],
  [
    'Tracklight science route: computer science is not part of it',
    { 'Combined Science': '5-5', 'Computer Science': 6 },
    [16, 0, 0, 16, 0],
  ],
];

const TABLE = [
  ...PUBLISHED,
  ...SLOT_RULES,
  ...COMBINED_TITLES,
  ...SINGLE_SCIENCE_TITLES,
  ...PILLARS,
  ...DISCOUNT_FAMILIES,
  ...SCIENCE_ROUTES,
];

/** [A8, maths, English, EBacc, open] for one pupil, each from ATTAINMENT8 with that element. */
const counted = (grades: Record<string, unknown>) =>
  ['total', 'maths', 'english', 'ebacc', 'open'].map(
    (element) => asGrid(functions.ATTAINMENT8([Object.values(grades)], [Object.keys(grades)], element))[0]![0],
  );

describe('a table of hand-counted pupils', () => {
  it('holds at least 60 pupils', () => expect(TABLE.length).toBeGreaterThanOrEqual(60));

  it.each(TABLE)('%s', (_source, grades, expected) => {
    expect(counted(grades)).toEqual(expected);
  });
});
