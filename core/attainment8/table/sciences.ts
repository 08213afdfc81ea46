/**
 * The EBacc science pillar: combined science (a double award: one grade, two slots), the three single
 * sciences and computer science, each under every exam board's course title. Codes and eligibility from
 * the DfE's 2021 discount code list and its EBacc list (core/attainment8/qualifications.ts): every
 * board's combined science is RA1E, biology RH3, chemistry RD1, physics RC1, computer science CK1.
 * Folding drops a bracket, so "Combined Science A (Gateway Science)" is read as "combined science a".
 */
import { ebaccScience, type Qualification } from '../qualification';

/** OCR's two suites name their single sciences as "Physics A (Gateway Science)" and "Physics B (Twenty First Century Science)". */
const singleScience = (name: string, code: string, abbreviations: readonly string[]) =>
  ebaccScience(name, code, [
    ...abbreviations,
    `${name} A (Gateway Science)`,
    `${name} B (Twenty First Century Science)`,
    `Gateway ${name}`,
    `Twenty First Century ${name}`,
    `Triple ${name}`,
    `Separate ${name}`,
  ]);

export const SCIENCES: readonly Qualification[] = [
  ebaccScience(
    'Combined Science',
    'RA1E',
    [
      // AQA
      'Combined Science: Trilogy',
      'Combined Science: Synergy',
      'Trilogy',
      'Synergy',
      'Science Trilogy',
      'Trilogy Science',
      'Synergy Science',
      // OCR, both suites
      'Combined Science A (Gateway Science)',
      'Gateway Combined Science',
      'Combined Science Gateway',
      'Combined Science B (Twenty First Century Science)',
      'Twenty First Century Combined Science',
      'Combined Science Twenty First Century',
      // Pearson Edexcel and WJEC Eduqas call theirs plain "Combined Science"; trackers' own words:
      'Comb Sci',
      'Comb Science',
      'Combined Sci',
      'Double Science',
      'Double Award Science',
      'Science Double Award',
      'Science Combined',
      'Science',
      'Sci',
    ],
    { doubleAward: true },
  ),
  singleScience('Biology', 'RH3', ['bio', 'biol']),
  singleScience('Chemistry', 'RD1', ['chem']),
  singleScience('Physics', 'RC1', ['phys']),
  ebaccScience('Computer Science', 'CK1', ['comp sci', 'computing', 'computer sci', 'cs', 'comp']),
  // Legacy GCSEs, last counted in 2017 (the 2017 tab: core science RA1B, additional science RA1C). Kept
  // because older trackers hold them and the DfE's own A8 example with both English GCSEs uses them.
  ebaccScience('Core Science', 'RA1B', ['core sci']),
  ebaccScience('Additional Science', 'RA1C', ['add sci', 'additional sci']),
];
