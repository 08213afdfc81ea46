/**
 * Palettes: readable (WCAG AA), distinct, colour-blind safe where they say so, and free of red
 * where they say so. The colour science is in colourScience.ts and is checked here first against
 * published reference values, so the palette checks rest on measured code.
 */
import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../../core';
import { PALETTE_NAMES, PALETTES } from '../../../core/rules';
import { chroma, ciede2000, contrastRatio, hexToLab, hueAngle, simulate, smallestDifference, type Lab } from './colourScience';

const fills = (name: (typeof PALETTE_NAMES)[number]) => STATUSES.map((status) => PALETTES[name].colours[status].fill);

describe('the colour science', () => {
  it('CIEDE2000 reproduces Sharma, Wu & Dalal (2005) test pairs', () => {
    const pairs: Array<[Lab, Lab, number]> = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
      [[50, -1.3802, -84.2814], [50, 0, -82.7485], 1.0],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[50, 2.5, 0], [61, -5, 29], 22.8977],
      [[50, 2.5, 0], [56, -27, -3], 31.903],
      [[50, 2.5, 0], [58, 24, 15], 19.4535],
    ];
    for (const [first, second, expected] of pairs) expect(ciede2000(first, second)).toBeCloseTo(expected, 4);
  });

  it('WCAG contrast gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#767676')).toBe(1);
    // #767676 on white is the well-known smallest grey that passes AA (4.54:1).
    expect(contrastRatio('#767676', '#FFFFFF')).toBeCloseTo(4.54, 2);
  });

  it('the simulations keep greys grey and make red and green hard to tell apart, as deuteranopia and protanopia do', () => {
    for (const vision of ['deuteranopia', 'protanopia'] as const) {
      const grey = simulate('#808080', vision);
      expect(Math.max(...grey) - Math.min(...grey)).toBeLessThan(0.01);
      const [red, green] = ['#D62728', '#2CA02C'].map((colour) => hexToLab(colour));
      const seenApart = smallestDifference(['#D62728', '#2CA02C'], vision).distance;
      expect(seenApart).toBeLessThan(ciede2000(red!, green!) / 2);
    }
  });
});

describe('every palette', () => {
  it.each(PALETTE_NAMES)('%s: every text colour meets WCAG AA (4.5:1) on its fill', (name) => {
    for (const status of STATUSES) {
      const { fill, fontColor } = PALETTES[name].colours[status];
      expect(contrastRatio(fill, fontColor), `${name} ${status}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(PALETTE_NAMES)('%s: the four fills are plainly different to full colour vision (CIEDE2000 at least 15)', (name) => {
    expect(smallestDifference(fills(name), 'normal').distance).toBeGreaterThanOrEqual(15);
  });

  it.each(PALETTE_NAMES)('%s: colours are #RRGGBB, which both hosts accept', (name) => {
    for (const status of STATUSES)
      expect(Object.values(PALETTES[name].colours[status]).every((colour) => /^#[0-9A-F]{6}$/.test(colour))).toBe(true);
  });
});

describe('colour-blind', () => {
  const OKABE_ITO = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'];

  it('fills with Okabe-Ito colours', () => {
    expect(fills('colour-blind').every((fill) => OKABE_ITO.includes(fill))).toBe(true);
  });

  it.each(['deuteranopia', 'protanopia'] as const)(
    'keeps every two fills at least 15 apart (CIEDE2000) under %s, simulated with Machado et al. 2009 at severity 1.0',
    (vision) => {
      const { distance, pair } = smallestDifference(fills('colour-blind'), vision);
      expect(distance, `closest: ${pair.join(' and ')}`).toBeGreaterThanOrEqual(15);
    },
  );

  it('is the one that needs to: the standard palette fails the same check, green against red', () => {
    const { distance, pair } = smallestDifference(fills('standard'), 'deuteranopia');
    expect(distance).toBeLessThan(15);
    expect(pair).toEqual([PALETTES.standard.colours.On.fill, PALETTES.standard.colours['Well below'].fill]);
  });
});

describe('no-red', () => {
  /** Red, as CIELAB hue: from pink-red through red to red-orange, with enough chroma to be seen as a colour. */
  const isRed = (colour: string) => {
    const lab = hexToLab(colour);
    const hue = hueAngle(lab);
    return chroma(lab) > 10 && (hue >= 345 || hue <= 50);
  };

  it('uses no red fill or text', () => {
    for (const status of STATUSES) {
      const { fill, fontColor } = PALETTES['no-red'].colours[status];
      expect([fill, fontColor].filter(isRed), status).toEqual([]);
    }
  });

  it('where the standard palette shows red, for well below, and matches it elsewhere', () => {
    const { fill, fontColor } = PALETTES.standard.colours['Well below'];
    expect(isRed(fill) && isRed(fontColor)).toBe(true);
    for (const status of ['Above', 'On', 'Below'] as const)
      expect(PALETTES['no-red'].colours[status]).toEqual(PALETTES.standard.colours[status]);
  });
});
