/**
 * Technical Awards (BTEC Tech Awards and Firsts, Cambridge Nationals, NCFE, WJEC and RSL awards): open
 * only. Codes from the DfE's 2021 discount code list (core/attainment8/qualifications.ts), where a Tech
 * Award shares the GCSE's code when it covers the same subject: BTEC music and GCSE music are both LF1,
 * BTEC sport and GCSE PE MA1, BTEC performing arts and GCSE drama LC11, BTEC art and GCSE art JA2.
 */
import { vocational, type Qualification } from '../qualification';

export const TECHNICAL_AWARDS: readonly Qualification[] = [
  vocational('Music Practice', 'LF1', ['music', 'music practice'], ['music practice']),
  // RSL and NCFE music technology are a different subject to the DfE (LJ9).
  vocational('Music Technology', 'LJ9', ['music technology', 'music tech'], ['music technology', 'music tech']),
  vocational(
    'Sport',
    'MA1',
    ['sport', 'sport studies', 'sports studies', 'sport activity and fitness', 'health and fitness'],
    ['sport', 'sport studies', 'sports studies', 'sport activity and fitness'],
  ),
  vocational('Sport Science', 'MA11', ['sport science'], ['sport science', 'sports science']),
  vocational('Performing Arts', 'LC11', ['performing arts', 'drama', 'acting'], ['performing arts']),
  vocational(
    'Art and Design Practice',
    'JA2',
    ['art', 'art and design', 'art and design practice', 'graphic design'],
    ['art and design practice'],
  ),
  vocational('Engineering Design', 'XA1', ['engineering', 'engineering design'], ['engineering design', 'eng design']),
  vocational('Engineering Manufacture', 'WA6', ['engineering manufacture'], ['engineering manufacture']),
  vocational(
    'Health and Social Care',
    'PA1',
    ['health and social care', 'health social care', 'hsc'],
    ['health and social care', 'health social care', 'hsc'],
  ),
  vocational('Child Development', 'PT21', ['child development', 'child development and care'], ['child development', 'child dev']),
  vocational(
    'Hospitality and Catering',
    'NA1',
    ['hospitality and catering', 'hospitality'],
    ['hospitality and catering', 'hospitality', 'catering'],
  ),
  vocational(
    'ICT',
    'CN1',
    ['ict', 'it', 'information technology', 'information technologies', 'digital information technology', 'digital technologies'],
    ['ict', 'it', 'information technology', 'information technologies', 'digital information technology', 'dit'],
  ),
  vocational(
    'Creative iMedia',
    'KA4',
    ['creative imedia', 'imedia', 'creative media', 'creative media production'],
    ['creative imedia', 'imedia', 'creative media production', 'interactive media'],
  ),
  vocational(
    'Enterprise',
    'AE5',
    ['enterprise', 'enterprise and marketing', 'business and enterprise'],
    ['enterprise', 'enterprise and marketing', 'business and enterprise'],
  ),
  vocational('Travel and Tourism', 'NK1', ['travel and tourism'], ['travel and tourism']),
  vocational('Construction', 'TA', ['construction', 'construction and the built environment'], ['construction']),
];
