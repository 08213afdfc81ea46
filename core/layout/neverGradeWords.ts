/**
 * Headings of the columns that sit beside grades but are never grades, whatever collection or subject words they carry
 * ("ATL Spring", "Maths Effort", "Y10 Attendance"): never coloured, never paired. The vocabulary reads them all at one
 * priority, above the grade words they may hold.
 */
import type { ColumnRole } from './roles';

export const NEVER_GRADE_PHRASES: readonly (readonly [ColumnRole, readonly string[]])[] = [
  [
    'cat4',
    [
      'cat',
      'cats',
      'cat 4',
      'cat mean',
      'cat 4 mean',
      'mean sas',
      'cat 4 mean sas',
      'verbal',
      'verbal sas',
      'verbal reasoning',
      'quantitative',
      'quant',
      'non verbal',
      'nonverbal',
      'spatial',
    ],
  ],
  [
    'baseline',
    [
      'midyis',
      'yellis',
      'alis',
      'ngrt',
      'nfer',
      'sas',
      'standardised score',
      'standardised age score',
      'reading age',
      'spelling age',
      'baseline',
      'star reading',
      'ptm',
      'pte',
      // GL's Progress Test in English or Maths is a standardised score, not a grade.
      'progress test',
      // The average GCSE score is Alps's baseline for sixth-form targets.
      'average gcse',
      'avg gcse',
      'mean gcse',
    ],
  ],
  [
    'effort',
    [
      'effort',
      'atl',
      'attitude',
      'attitude to learning',
      'attitude learning',
      'bfl',
      'behaviour for learning',
      'behavior for learning',
      'learning behaviour',
      'engagement',
    ],
  ],
  ['homework', ['homework', 'hw', 'hwk', 'home learning']],
  ['attendance', ['attendance', 'att', 'attend', 'absence', 'persistent absence', 'sessions missed']],
  [
    'behaviourPoints',
    [
      'behaviour',
      'behavior',
      'behaviour points',
      'negative points',
      'behaviour incidents',
      'conduct points',
      'sanctions',
      'detentions',
      'demerits',
    ],
  ],
  [
    'achievementPoints',
    ['achievement', 'achievements', 'achievement points', 'reward points', 'rewards', 'house points', 'positive points', 'merits'],
  ],
  ['ethnicity', ['ethnicity', 'ethnic', 'ethnic group', 'ethnic origin', 'ethnic code']],
  ['candidateNumber', ['exam number', 'exam no', 'candidate number', 'candidate no', 'cand no', 'candidate', 'uci']],
];
