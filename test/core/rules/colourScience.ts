/**
 * Test support: the colour science the palette tests measure with, written from the published
 * definitions (cited at each function) and checked against published values in palettes.test.ts.
 */

export type Rgb = readonly [number, number, number];
export type Lab = readonly [number, number, number];
type Matrix = readonly [Rgb, Rgb, Rgb];

export function hexToRgb(hex: string): Rgb {
  const match = /^#([0-9A-F]{2})([0-9A-F]{2})([0-9A-F]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #RRGGBB colour: ${hex}`);
  return [1, 2, 3].map((index) => parseInt(match[index]!, 16) / 255) as unknown as Rgb;
}

/** IEC 61966-2-1 sRGB transfer function, encoded 0..1 to linear 0..1. */
const toLinear = (channel: number) => (channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4);
const toEncoded = (channel: number) => (channel <= 0.0031308 ? channel * 12.92 : 1.055 * channel ** (1 / 2.4) - 0.055);
const clamp = (value: number) => Math.min(1, Math.max(0, value));
const apply = (matrix: Matrix, [r, g, b]: Rgb): Rgb => matrix.map(([x, y, z]) => x * r + y * g + z * b) as unknown as Rgb;

/** WCAG 2.x relative luminance and contrast ratio (Understanding SC 1.4.3). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = hexToRgb(hex).map(toLinear) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(first: string, second: string): number {
  const [light, dark] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Machado, Oliveira & Fernandes (2009), "A physiologically-based model for simulation of color
 * vision deficiency", severity 1.0 matrices, applied to linear sRGB.
 */
export const MACHADO_2009: Record<'protanopia' | 'deuteranopia' | 'tritanopia', Matrix> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

export type Vision = 'normal' | keyof typeof MACHADO_2009;

/** The colour as seen with this vision, as encoded sRGB 0..1. */
export function simulate(hex: string, vision: Vision): Rgb {
  const rgb = hexToRgb(hex);
  if (vision === 'normal') return rgb;
  const linear = rgb.map(toLinear) as unknown as Rgb;
  return apply(MACHADO_2009[vision], linear).map((channel) => toEncoded(clamp(channel))) as unknown as Rgb;
}

/** sRGB (D65) to CIE XYZ to CIELAB with the D65 white point (CIE 15:2004). */
const SRGB_TO_XYZ: Matrix = [
  [0.4124564, 0.3575761, 0.1804375],
  [0.2126729, 0.7151522, 0.072175],
  [0.0193339, 0.119192, 0.9503041],
];
const D65 = [0.95047, 1, 1.08883] as const;

export function rgbToLab(rgb: Rgb): Lab {
  const xyz = apply(SRGB_TO_XYZ, rgb.map(toLinear) as unknown as Rgb);
  const f = (t: number) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);
  const [fx, fy, fz] = xyz.map((value, index) => f(value / D65[index]!)) as unknown as Rgb;
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

export const hexToLab = (hex: string): Lab => rgbToLab(hexToRgb(hex));

/** CIELAB hue angle in degrees, 0..360, and chroma. */
export const hueAngle = ([, a, b]: Lab) => ((Math.atan2(b, a) * 180) / Math.PI + 360) % 360;
export const chroma = ([, a, b]: Lab) => Math.hypot(a, b);

const radians = (degrees: number) => (degrees * Math.PI) / 180;
const degrees = (angle: number) => ((angle * 180) / Math.PI + 360) % 360;

/** CIEDE2000 colour difference (CIE 142-2001; Sharma, Wu & Dalal 2005), kL = kC = kH = 1. */
export function ciede2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const meanC = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(meanC ** 7 / (meanC ** 7 + 25 ** 7)));
  const [ap1, ap2] = [(1 + g) * a1, (1 + g) * a2];
  const [c1, c2] = [Math.hypot(ap1, b1), Math.hypot(ap2, b2)];
  const h1 = c1 === 0 ? 0 : degrees(Math.atan2(b1, ap1));
  const h2 = c2 === 0 ? 0 : degrees(Math.atan2(b2, ap2));
  let dh = 0;
  if (c1 * c2 !== 0) dh = Math.abs(h2 - h1) <= 180 ? h2 - h1 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 + 360;
  const dL = l2 - l1;
  const dC = c2 - c1;
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin(radians(dh / 2));
  const meanL = (l1 + l2) / 2;
  const meanCp = (c1 + c2) / 2;
  let meanH = h1 + h2;
  if (c1 * c2 !== 0) meanH = Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
  const t =
    1 -
    0.17 * Math.cos(radians(meanH - 30)) +
    0.24 * Math.cos(radians(2 * meanH)) +
    0.32 * Math.cos(radians(3 * meanH + 6)) -
    0.2 * Math.cos(radians(4 * meanH - 63));
  const sl = 1 + (0.015 * (meanL - 50) ** 2) / Math.sqrt(20 + (meanL - 50) ** 2);
  const sc = 1 + 0.045 * meanCp;
  const sh = 1 + 0.015 * meanCp * t;
  const rt = -2 * Math.sqrt(meanCp ** 7 / (meanCp ** 7 + 25 ** 7)) * Math.sin(radians(60 * Math.exp(-(((meanH - 275) / 25) ** 2))));
  return Math.sqrt((dL / sl) ** 2 + (dC / sc) ** 2 + (dH / sh) ** 2 + rt * (dC / sc) * (dH / sh));
}

/** The smallest CIEDE2000 difference between any two of these colours, as seen with this vision. */
export function smallestDifference(colours: readonly string[], vision: Vision): { distance: number; pair: [string, string] } {
  let best = { distance: Infinity, pair: ['', ''] as [string, string] };
  colours.forEach((first, index) => {
    for (const second of colours.slice(index + 1)) {
      const distance = ciede2000(rgbToLab(simulate(first, vision)), rgbToLab(simulate(second, vision)));
      if (distance < best.distance) best = { distance, pair: [first, second] };
    }
  });
  return best;
}
