/**
 * The school grade scales Tracklight offers ready-made. Values are chosen so each step is exact in
 * twelfths (the core's unit) and so ON_TRACK's words keep their meaning: a descriptor a step under
 * target is Below, two steps Well below; a sublevel is a third of a level, as a fine grade is a third
 * of a GCSE grade; on percentages, Below is up to 10 marks under target.
 */
import type { GradeSettingsInput } from './gradeSettings';

export interface ScalePreset {
  /** What the panel's list shows. */
  title: string;
  settings: GradeSettingsInput;
}

const ladder = (labels: readonly string[]) => labels.map((label, index) => ({ label, value: index + 1 }));

/** 4c 4b 4a ... 8c 8b 8a: level n's c, b and a are n, n + 1/3 and n + 2/3. */
function sublevels(first: number, last: number) {
  const labels: { label: string; value: number }[] = [];
  for (let level = first; level <= last; level += 1) {
    ['c', 'b', 'a'].forEach((sublevel, index) => labels.push({ label: `${level}${sublevel}`, value: level + index / 3 }));
  }
  return labels;
}

export const SCALE_PRESETS = {
  gcse: { title: 'GCSE 9-1 (built in)', settings: {} },
  'ks3-descriptors': {
    title: 'KS3 descriptors: Emerging, Developing, Secure, Mastered',
    settings: { labels: ladder(['Emerging', 'Developing', 'Secure', 'Mastered']) },
  },
  'working-at': {
    title: 'Working towards, Working at, Working above',
    settings: { labels: ladder(['Working towards', 'Working at', 'Working above']) },
  },
  sublevels: { title: 'Sublevels 4c-8a', settings: { labels: sublevels(4, 8) } },
  percentages: { title: 'Percentages (marks out of 100)', settings: { numbers: 'percentages', step: 10 } },
} as const satisfies Record<string, ScalePreset>;

export type ScalePresetName = keyof typeof SCALE_PRESETS;
export const SCALE_PRESET_NAMES = Object.keys(SCALE_PRESETS) as ScalePresetName[];
