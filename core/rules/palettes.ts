/**
 * The colours a status is shown in. Every fill has a text colour that meets WCAG AA contrast
 * (4.5:1) on it; test/core/rules/palettes.test.ts measures that, and the colour-blind check below.
 * Colours are '#RRGGBB', which Excel (format.fill.color) and Sheets (setBackground) both take.
 */
import type { Status } from '../tracking/status';

export interface StatusColours {
  fill: string;
  fontColor: string;
}

export interface Palette {
  label: string;
  description: string;
  colours: Readonly<Record<Status, StatusColours>>;
}

export const PALETTE_NAMES = ['standard', 'colour-blind', 'no-red'] as const;
export type PaletteName = (typeof PALETTE_NAMES)[number];

const BLUE = { fill: '#BDD7EE', fontColor: '#1F3864' };
const GREEN = { fill: '#C6EFCE', fontColor: '#006100' };
const AMBER = { fill: '#FFEB9C', fontColor: '#7A4A00' };

export const PALETTES: Readonly<Record<PaletteName, Palette>> = {
  standard: {
    label: 'Standard',
    description: 'Blue above, green on, amber below, red well below: light fills with dark text.',
    colours: { Above: BLUE, On: GREEN, Below: AMBER, 'Well below': { fill: '#FFC7CE', fontColor: '#9C0006' } },
  },
  /**
   * Okabe & Ito's colour-blind-safe set (blue #0072B2, bluish green #009E73, yellow #F0E442,
   * vermillion #D55E00). The check: simulated with Machado et al. (2009) at severity 1.0 for
   * deuteranopia and protanopia, every two fills still differ by a CIEDE2000 of at least 15
   * (and with full colour vision too). They also differ in lightness, which every reader keeps.
   */
  'colour-blind': {
    label: 'Colour-blind friendly',
    description: 'Okabe-Ito colours that stay distinct with red-green colour blindness: blue, bluish green, yellow, vermillion.',
    colours: {
      Above: { fill: '#0072B2', fontColor: '#FFFFFF' },
      On: { fill: '#009E73', fontColor: '#000000' },
      Below: { fill: '#F0E442', fontColor: '#000000' },
      'Well below': { fill: '#D55E00', fontColor: '#000000' },
    },
  },
  'no-red': {
    label: 'No red',
    description: 'For schools that find red too emotive: blue above, green on, amber below, lilac well below.',
    colours: { Above: BLUE, On: GREEN, Below: AMBER, 'Well below': { fill: '#D9C3F0', fontColor: '#3F1F6B' } },
  },
};
