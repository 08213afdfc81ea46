/**
 * A school's own labels as a teacher types them in the panel, one "label = value" per line
 * ("Secure = 3"), and back, so the box always shows what is saved. Checked by the same schema as
 * saved settings, so the message for a clash names the label the teacher typed.
 */
import { gradeSettingsSchema, type GradeSettings } from './gradeSettings';

export type ScaleTextReading = { ok: true; scale: GradeSettings } | { ok: false; message: string };

const LINE = /^(.*?)\s*[=:]\s*([^=:]*)$/;

export function readScaleText(text: string): ScaleTextReading {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) return { ok: false, message: 'Type one label and its value per line, e.g. Secure = 3.' };
  const labels: { label: string; value: number }[] = [];
  for (const [index, line] of lines.entries()) {
    const parts = LINE.exec(line);
    const value = parts ? Number(parts[2]!.trim()) : NaN;
    if (!parts || parts[1] === '' || parts[2]!.trim() === '' || !Number.isFinite(value)) {
      return { ok: false, message: `Line ${index + 1} ('${line}') needs a label, "=" and a number, e.g. Secure = 3.` };
    }
    labels.push({ label: parts[1]!, value });
  }
  const parsed = gradeSettingsSchema.safeParse({ labels });
  if (!parsed.success) return { ok: false, message: `${parsed.error.issues.map((issue) => issue.message).join('; ')}.` };
  return { ok: true, scale: parsed.data };
}

export const scaleText = (scale: Pick<GradeSettings, 'labels'>): string =>
  scale.labels.map(({ label, value }) => `${label} = ${Number(value.toFixed(4))}`).join('\n');
