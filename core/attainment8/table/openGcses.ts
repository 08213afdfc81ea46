/**
 * GCSEs that count only in the open element, with their codes from the DfE's 2021 discount code list
 * (core/attainment8/qualifications.ts). Shared codes are the point: every art and design endorsement
 * but photography is JA2, so GCSE art and GCSE textiles count once; media and film studies share KA2.
 */
import { open, type Qualification } from '../qualification';

export const OPEN_GCSES: readonly Qualification[] = [
  open('Art', 'JA2', [
    'art and design',
    'art design',
    'fine art',
    'art craft and design',
    'art craft design',
    'graphic communication',
    'graphics',
    'three dimensional design',
    'textile design',
  ]),
  open('Textiles', 'JA2'),
  // Photography is the one art and design endorsement with a code of its own.
  open('Photography', 'KJ1', ['art and design photography', 'art photography']),
  open('Music', 'LF1'),
  open('PE', 'MA1', ['physical education']),
  open('Religious Studies', 'DD1', ['re', 'rs', 'religious education']),
  open('Drama', 'LC11'),
  open('Dance', 'LB1'),
  open('Design and Technology', 'VF1', ['d t', 'dt', 'design technology', 'dandt', 'product design']),
  open('Business', 'AA3', ['business studies', 'bus']),
  open('Economics', 'EB'),
  open('Food Preparation and Nutrition', 'NH6', ['food', 'fpn', 'food tech', 'food technology', 'food preparation']),
  open('Media Studies', 'KA2', ['media']),
  open('Film Studies', 'KA2', ['film']),
  open('Citizenship', 'EE31', ['citizenship studies']),
  open('Sociology', 'EE2'),
  open('Psychology', 'PK1', ['psych']),
  open('Statistics', 'RB71', ['stats']),
  open('Engineering', 'XA1'),
  open('Classical Civilisation', 'DB2B', ['classics', 'class civ']),
  open('Astronomy', 'RE1'),
  open('Geology', 'RF2'),
  open('Electronics', 'RC52'),
  // AQA's Level 2 Certificate in Further Maths is not on the DfE's 2019 list; counted in open as before.
  open('Further Maths', null, ['further mathematics', 'further math', 'additional maths']),
];
