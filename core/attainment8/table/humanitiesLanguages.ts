/**
 * The EBacc humanities and language pillars, as the DfE's EBacc list names them (the GCSEs counting in
 * 2019 to 2021), with each discount code from its 2021 discount code list (core/attainment8/qualifications.ts).
 */
import { humanity, language, open, type Qualification } from '../qualification';

export const HUMANITIES: readonly Qualification[] = [
  humanity('History', 'DB', ['hist', 'schools history project']),
  humanity('Geography', 'RF4', ['geog', 'geo']),
  // Ancient history has its own code, so it counts beside history, in the same pillar.
  humanity('Ancient History', 'DB21', ['ancient hist']),
];

export const LANGUAGES: readonly Qualification[] = [
  language('French', 'FKF'),
  language('Spanish', 'FKS'),
  language('German', 'FKG'),
  language('Italian', 'FKX'),
  language('Latin', 'F1L'),
  language('Classical Greek', 'F1K', ['ancient greek']),
  // The GCSE titled plain "Greek" is the modern language.
  language('Modern Greek', 'FKK', ['greek']),
  language('Chinese', 'FKC', ['mandarin', 'chinese mandarin', 'mandarin chinese', 'cantonese']),
  language('Arabic', 'FKM'),
  language('Urdu', 'FKU'),
  language('Polish', 'FKO'),
  language('Portuguese', 'FKP'),
  language('Russian', 'FKR'),
  language('Japanese', 'FKJ'),
  language('Bengali', 'FKB'),
  language('Panjabi', 'FKQ', ['punjabi']),
  language('Turkish', 'FKT'),
  language('Biblical Hebrew', 'F1Z'),
  language('Modern Hebrew', 'F1H', ['hebrew']),
  language('Gujarati', 'FKI'),
  language('Persian', 'F1P', ['farsi']),
  // A tracker's generic language column: EBacc, but with no one code to discount against.
  language('Modern Foreign Language', null, ['mfl']),
  // No reformed GCSE in Dutch is on the DfE's lists, so it cannot be an EBacc language; counted as open.
  open('Dutch', null),
];
