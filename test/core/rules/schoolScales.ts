/**
 * Test support: the school grade scales every engine checks the traffic-light rules on (HyperFormula
 * here, LibreOffice in test/engine/libreoffice): each ready-made scale, and a generated one of 40
 * labels of 20 characters, the longest a school may use, so the formula is as long as it gets.
 */
import { SCALE_PRESETS, type ScalePresetName } from '../../../core/grades/scalePresets';
import type { GradeSettingsInput } from '../../../core/grades/gradeSettings';
import { sample, type Sample } from './gradeSamples';

const LETTERS = 'BCDEFGHIJKLMNOPQRSTVWYZ';

/** 40 labels of 20 characters ("Stage B Kept Level 01"...), a sixth of a grade apart. */
export function fortyLabelScale(): GradeSettingsInput {
  const labels = Array.from({ length: 40 }, (_, index) => {
    const label = `Stage ${LETTERS[index % LETTERS.length]} ${String(index + 1).padStart(2, '0')} Band`.padEnd(20, 'Q');
    return { label, value: (index + 1) / 6 };
  });
  return { labels };
}

export const SCHOOL_SCALES: readonly (readonly [string, GradeSettingsInput])[] = [
  ...(['ks3-descriptors', 'working-at', 'sublevels', 'percentages'] as const satisfies readonly ScalePresetName[]).map(
    (name) => [name, SCALE_PRESETS[name].settings] as const,
  ),
  ['40 labels of 20 characters', fortyLabelScale()],
];

const spaced = (label: string) => ` ${label.toUpperCase().split('').join(' ')} `;

/** Every label of the scale as typed, in lower case and spaced out; then what each scale must not read, or reads its own way. */
export function scaleSamples(scale: GradeSettingsInput): Sample[] {
  const labels = (scale.labels ?? []).map(({ label }) => label);
  // A long scale is read in one spelling per label (alternating) and a few spaced out, to keep the pairs to a minute.
  const spellings =
    labels.length > 20
      ? labels.flatMap((label, index) => [index % 2 ? label.toLowerCase() : label, ...(index % 8 === 0 ? [spaced(label)] : [])])
      : labels.flatMap((label) => [label, label.toLowerCase(), spaced(label)]);
  const numbers =
    scale.numbers === 'percentages'
      ? [65, 100, 0.5, 12.25, 99.9, 100.5, -5, '65', ' 7 2 ', '+40', '.5', '65%', '1E2', '0', '-0', '100.0', 101, '5+', '+5+', '4+0']
      : [5, '5', 4.5, 10, '6a', 2, 8, '8', 9.25];
  const others = ['5+', 'U', 'A*', 'L2M', 'X', 'ABS', '', null, 0, 'abc', true, false, 'Secure+', labels[0] ? `${labels[0]}x` : 'x'];
  return [...spellings, ...numbers, ...others].map(sample);
}
