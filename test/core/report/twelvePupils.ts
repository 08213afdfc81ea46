/**
 * Issue 11's hand-computed cohort: 12 pupils with one Summer grade in each of six subjects, every figure
 * worked out by hand below (the tests repeat the sums they check). KS2 reading and maths are equal, so
 * the averages are 100, 105 or 110, where the DfE 2023 estimates (reference CSV) are:
 *
 *   KS2 | English | maths | EBacc | open  | total (the sum)
 *   100 |  8.15   | 6.94  |  9.89 | 11.32 | 36.30
 *   105 |  9.88   | 8.90  | 12.90 | 13.79 | 45.47
 *   110 | 12.11   | 11.65 | 17.23 | 17.15 | 58.14
 *
 * Attainment 8 by the DfE's slots: English is twice the better of Language and Literature (both taken),
 * maths twice Maths, EBacc is History + French (the third slot empty), open is the other English + Art
 * (the third slot empty).
 *
 *  #  | PP | KS2 | Lang Lit Maths Hist Fr Art | E&M low | Eng  Maths EBacc Open | A8 | P8 = (A8 - total) / 10
 *  1  | Y  | 100 |  7    6   7     6   5   6  |    7    |  14   14    11    12  | 51 | (51 - 36.30) / 10 =  1.470
 *  2  | N  | 110 |  8    8   9     8   7   7  |    8    |  16   18    15    15  | 64 | (64 - 58.14) / 10 =  0.586
 *  3  | Y  | 100 |  4    3   4     4   3   5  |    4    |   8    8     7     8  | 31 | (31 - 36.30) / 10 = -0.530
 *  4  | N  | 105 |  5    6   5     5   5   5  |    5    |  12   10    10    10  | 42 | (42 - 45.47) / 10 = -0.347
 *  5  | N  | 100 |  6    7   7     7   6   6  |    7    |  14   14    13    12  | 53 | (53 - 36.30) / 10 =  1.670
 *  6  | Y  | 105 |  3    4   6     4   4   4  |    4    |   8   12     8     7  | 35 | (35 - 45.47) / 10 = -1.047
 *  7  | N  | 110 |  7    7   6     7   7   8  |    6    |  14   12    14    15  | 55 | (55 - 58.14) / 10 = -0.314
 *  8  | N  |  -  |  5    5   5     5   5   5  |    5    |  10   10    10    10  | 40 | no KS2: not in Progress 8
 *  9  | Y  | 100 |  U    U   U     U   U   U  |    0    |   0    0     0     0  |  0 | (0 - 36.30) / 10  = -3.630
 *  10 | N  | 105 |  9    8   8     8   8   8  |    8    |  18   16    16    16  | 66 | (66 - 45.47) / 10 =  2.053
 *  11 | Y  | 100 |  4    5   3     4   4   4  |    3    |  10    6     8     8  | 32 | (32 - 36.30) / 10 = -0.430
 *  12 | N  | 105 |  7    7   7     6   6   7  |    7    |  14   14    12    14  | 54 | (54 - 45.47) / 10 =  0.853
 *
 * "E&M low" is the lower of the better English and Maths: a pupil is in English and maths 9-n when it is n or more.
 */
import { col, grade, tracker, type ColumnSpec } from './support';

export const SUBJECTS = ['English Language', 'English Literature', 'Maths', 'History', 'French', 'Art'] as const;

export const SPECS: ColumnSpec[] = [
  col('Name', 'name'),
  col('PP', 'pp'),
  col('KS2 Reading', 'ks2Reading'),
  col('KS2 Maths', 'ks2Maths'),
  ...SUBJECTS.map((subject) => grade('Summer', subject)),
];

/** A row: name, PP, KS2 reading and maths (the same score), then the six grades. */
const pupil = (n: number, pp: 'Y' | 'N', ks2: number | '', grades: (number | string)[]): unknown[] => [`P${n}`, pp, ks2, ks2, ...grades];

export const BODY: unknown[][] = [
  pupil(1, 'Y', 100, [7, 6, 7, 6, 5, 6]),
  pupil(2, 'N', 110, [8, 8, 9, 8, 7, 7]),
  pupil(3, 'Y', 100, [4, 3, 4, 4, 3, 5]),
  pupil(4, 'N', 105, [5, 6, 5, 5, 5, 5]),
  pupil(5, 'N', 100, [6, 7, 7, 7, 6, 6]),
  pupil(6, 'Y', 105, [3, 4, 6, 4, 4, 4]),
  pupil(7, 'N', 110, [7, 7, 6, 7, 7, 8]),
  pupil(8, 'N', '', [5, 5, 5, 5, 5, 5]),
  pupil(9, 'Y', 100, ['U', 'U', 'U', 'U', 'U', 'U']),
  pupil(10, 'N', 105, [9, 8, 8, 8, 8, 8]),
  pupil(11, 'Y', 100, [4, 5, 3, 4, 4, 4]),
  pupil(12, 'N', 105, [7, 7, 7, 6, 6, 7]),
];

/** Each pupil's element points, from the table above, in pupil order. */
export const ELEMENT_POINTS = {
  english: [14, 16, 8, 12, 14, 8, 14, 10, 0, 18, 10, 14],
  maths: [14, 18, 8, 10, 14, 12, 12, 10, 0, 16, 6, 14],
  ebacc: [11, 15, 7, 10, 13, 8, 14, 10, 0, 16, 8, 12],
  open: [12, 15, 8, 10, 12, 7, 15, 10, 0, 16, 8, 14],
} as const;

/** The tracker's layout and values, as buildReport takes them. */
export const twelvePupils = () => tracker(SPECS, BODY);

/**
 * The same 12 pupils with science added (pupils 1-8 combined science, 9-12 single sciences, a blank is
 * not taken), for the EBacc measures only: the science changes every A8, so no A8 or P8 is checked on it.
 * Rules and sources: core/report/ebacc.ts. Eng is the better of Language and Literature (both taken by
 * all), Hum is History, Lang is French. Science points are the two counted grades: combined science's
 * two, or the best two of three or more single sciences; pupil 12 has only two, so no science pillar.
 *
 *  #  | PP | Eng Maths Hum Lang | science            | Sci pts | entry | 9-4 | 9-5 | APS = (Eng + Maths + Sci + Hum + Lang) / 6
 *  1  | Y  |  7    7    6   5   | combined 6-6       |   12    |  yes  | yes | yes | 37 / 6
 *  2  | N  |  8    9    8   7   | combined 8-7       |   15    |  yes  | yes | yes | 47 / 6
 *  3  | Y  |  4    4    4   3   | combined 4-4       |    8    |  yes  | no  | no  | 23 / 6  (French 3)
 *  4  | N  |  6    5    5   5   | combined 5-4       |    9    |  yes  | yes | no  | 30 / 6  (5-4 is 4+, not 5+)
 *  5  | N  |  7    7    7   6   | combined 5-5       |   10    |  yes  | yes | yes | 37 / 6
 *  6  | Y  |  4    6    4   4   | combined 4-3       |    7    |  yes  | no  | no  | 25 / 6  (4-3 is not 4+)
 *  7  | N  |  7    6    7   7   | combined 7-7       |   14    |  yes  | yes | yes | 41 / 6
 *  8  | N  |  5    5    5   5   | combined 5-5       |   10    |  yes  | yes | yes | 30 / 6
 *  9  | Y  |  U    U    U   U   | bio U, chem U, phys U |  0   |  yes  | no  | no  |  0 / 6
 *  10 | N  |  9    8    8   8   | bio 9, chem 8, phys 7 | 17   |  yes  | yes | yes | 50 / 6
 *  11 | Y  |  5    3    4   4   | bio 5, chem 4, phys 3 |  9   |  yes  | no  | no  | 25 / 6  (maths 3)
 *  12 | N  |  7    7    6   6   | bio 6, chem 5      |    0    |  no   | no  | no  | 26 / 6  (science 0)
 */
export const SCIENCE_SUBJECTS = ['Combined Science', 'Biology', 'Chemistry', 'Physics'] as const;

const SCIENCE: (number | string)[][] = [
  ['6-6', '', '', ''],
  ['8-7', '', '', ''],
  ['4-4', '', '', ''],
  ['5-4', '', '', ''],
  ['5-5', '', '', ''],
  ['4-3', '', '', ''],
  ['7-7', '', '', ''],
  ['5-5', '', '', ''],
  ['', 'U', 'U', 'U'],
  ['', 9, 8, 7],
  ['', 5, 4, 3],
  ['', 6, 5, ''],
];

/** The twelve pupils with the four science columns after their six subjects. */
export const twelvePupilsWithScience = () =>
  tracker(
    [...SPECS, ...SCIENCE_SUBJECTS.map((subject) => grade('Summer', subject))],
    BODY.map((row, i) => [...row, ...SCIENCE[i]!]),
  );
