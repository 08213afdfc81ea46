/**
 * The optional `scale` argument of the grade functions, which keeps a formula self-contained in
 * both hosts: a two-column range of label and value (=ON_TRACK(F2:H300, E2:E300, , Scales!A2:B6)),
 * or the name of a ready-made scale in quotes ("ks3-descriptors", "percentages"...).
 */
import { CellError, quote } from '../errors';
import { isBlankText, readNumberCell, type Grid } from '../values';
import { createGradeScale, type GradeScale } from './gradeScale';
import { gradeSettingsSchemaOnce, type GradeSettingsInput } from './gradeSettingsSchema';
import { SCALE_PRESET_NAMES, SCALE_PRESETS, type ScalePresetName } from './scalePresets';

const problem = (message: string) => new CellError('#VALUE!', `scale: ${message}`);

const HOW = 'give a range of two columns, each label beside its value (e.g. Scales!A2:B6), or a scale name such as "ks3-descriptors"';

function presetNamed(text: string): ScalePresetName | undefined {
  const folded = text.trim().toLowerCase();
  return SCALE_PRESET_NAMES.find((name) => name === folded);
}

/** Label-and-value rows; a first row without a number above more rows ("Label | Value") is a heading. */
function tableLabels(grid: Grid): GradeSettingsInput['labels'] | CellError {
  const rows = grid.filter((row) => !row.every(isBlankText));
  if (rows.length > 1 && readNumberCell(rows[0]![1]) === undefined && typeof rows[0]![0] === 'string') rows.shift();
  if (rows.length === 0) return problem(`the range has no labels: ${HOW}`);
  const labels: { label: string; value: number }[] = [];
  for (const [label, value] of rows) {
    const number = readNumberCell(value);
    if (typeof label !== 'string' || isBlankText(label))
      return problem(`${quote(label)} is not a label: each row needs a label, then its value`);
    if (number === undefined) return problem(`the value beside '${label.trim()}' is ${quote(value)}, not a number`);
    labels.push({ label, value: number });
  }
  return labels;
}

export function readScaleArgument(grid: Grid): GradeScale | CellError {
  const only = grid.length === 1 && grid[0]!.length === 1 ? grid[0]![0] : undefined;
  if (typeof only === 'string') {
    const preset = presetNamed(only);
    if (preset) return createGradeScale(SCALE_PRESETS[preset].settings);
    return problem(`${quote(only)} is not a scale Tracklight has (${SCALE_PRESET_NAMES.join(', ')}): ${HOW}`);
  }
  if (grid.some((row) => row.length !== 2)) return problem(`the range must be two columns wide: ${HOW}`);
  const labels = tableLabels(grid);
  if (labels instanceof CellError) return labels;
  const settings = gradeSettingsSchemaOnce().safeParse({ labels });
  if (!settings.success) return problem(settings.error.issues.map((issue) => issue.message).join('; '));
  return createGradeScale(settings.data);
}
