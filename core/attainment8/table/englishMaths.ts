/**
 * English and maths, the double-weighted elements. Codes from the DfE's 2021 list of key stage 4
 * qualifications and discount codes (see core/attainment8/qualifications.ts): every board's GCSE in
 * English language is FK2B, in English literature FC4, in maths RB1.
 */
import { qualification, type Qualification } from '../qualification';

export const ENGLISH_AND_MATHS: readonly Qualification[] = [
  qualification('Maths', 'maths', 'RB1', ['math', 'mathematics', 'ma', 'mat']),
  qualification('English Language', 'englishLanguage', 'FK2B', [
    'english',
    'eng lang',
    'english lang',
    'eng language',
    'en lang',
    'lang',
    'eng',
  ]),
  qualification('English Literature', 'englishLiterature', 'FC4', [
    'eng lit',
    'english lit',
    'eng literature',
    'en lit',
    'lit',
    'literature',
  ]),
];
