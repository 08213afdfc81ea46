/** The hand-made tracker "Who still has to enter" is tested on, in the core and over every host. */

/**
 * Row 1 headings, pupils from row 2; row 10 is blank and is no pupil. RP3 is empty for everyone, so the
 * latest collection with any grade is RP2 (column G). ABS and X are "no grade yet", as everywhere.
 * 10X3 is split: Jones is taught by STU, the rest of 10X3 by PQR, so each teacher has their own line.
 */
export const THREE_CLASSES: (string | number)[][] = [
  ['Surname', 'Forename', 'Class', 'Teacher', 'Target', 'RP1', 'RP2', 'RP3'],
  ['Adams', 'Ben', '10X1', 'BDG', 6, 5, 6, ''], // row 2
  ['Baker', 'Cara', '10X1', 'BDG', 5, 4, '', ''], // row 3: no RP2
  ['Cole', 'Dan', '10X1', 'BDG', 7, 6, 7, ''], // row 4
  ['Dee', 'Eve', '10X1', 'BDG', 4, 'ABS', 4, ''], // row 5: no RP1
  ['Evans', 'Finn', '10X2', 'KLM', 6, 5, 5, ''], // row 6
  ['Ford', 'Gail', '10X2', 'KLM', 5, 5, '', ''], // row 7: no RP2
  ['Green', 'Hal', '10X2', 'KLM', 5, '', '', ''], // row 8: no RP1, no RP2
  ['Hill', 'Iris', '10X3', 'PQR', 8, 7, '8', ''], // row 9
  ['', '', '', '', '', '', '', ''], // row 10: blank
  ['Iqbal', 'Jay', '10X3', 'PQR', 6, 6, 'X', ''], // row 11: no RP2
  ['Jones', 'Kit', '10X3', 'STU', 7, 6, '6+', ''], // row 12
];

/** Its chase list for RP2 on a sheet named 'Year 10': by teacher, STU's class left out as everyone has a grade. */
export const THREE_CLASSES_CHASE_LIST = [
  "Still to enter for RP2 on 'Year 10': 4 pupils.",
  '',
  'BDG, 10X1: 1 of 4 still to enter',
  '- Baker, Cara',
  '',
  'KLM, 10X2: 2 of 3 still to enter',
  '- Ford, Gail',
  '- Green, Hal',
  '',
  'PQR, 10X3: 1 of 2 still to enter',
  '- Iqbal, Jay',
].join('\n');
