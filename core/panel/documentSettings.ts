/**
 * What the panel saves with the document (Excel: document settings; Sheets: document properties):
 * the traffic-light settings and, per sheet, the layout as the user corrected it. Reading is
 * forgiving, part by part: one unreadable layout does not cost the palette or the other sheets,
 * and every part that cannot be read is named in a message.
 */
import * as z from 'zod/mini';
import '../schema';
import { layoutSchema, type Layout } from '../layout/schema';
import { readRuleSettings, ruleSettingsSchema, DEFAULT_RULE_SETTINGS } from '../rules';

export const documentSettingsSchema = z.object({
  version: z.literal(1),
  rules: ruleSettingsSchema,
  /** Sheet name -> the layout last corrected or coloured on that sheet. */
  layouts: z.record(z.string(), layoutSchema),
});

export type DocumentSettings = z.infer<typeof documentSettingsSchema>;

export const emptyDocumentSettings = (): DocumentSettings => ({ version: 1, rules: { ...DEFAULT_RULE_SETTINGS }, layouts: {} });

export interface ReadSettings {
  settings: DocumentSettings;
  /** Plain sentences about anything saved that could not be used. */
  problems: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function readDocumentSettings(saved: unknown): ReadSettings {
  if (saved === null || saved === undefined) return { settings: emptyDocumentSettings(), problems: [] };
  let stored = saved;
  if (typeof stored === 'string') {
    try {
      stored = JSON.parse(stored);
    } catch {
      return unreadable('they are not valid JSON');
    }
  }
  if (!isRecord(stored)) return unreadable('they are not a settings object');
  if (stored.version !== 1) return unreadable(`they are version ${JSON.stringify(stored.version) ?? 'none'}, and this Tracklight reads version 1`);

  const problems: string[] = [];
  const rules = readRuleSettings(stored.rules);
  for (const problem of rules.problems) problems.push(`Saved colour settings: ${problem}. The defaults are used instead.`);
  const layouts: Record<string, Layout> = {};
  for (const [sheet, layout] of Object.entries(isRecord(stored.layouts) ? stored.layouts : {})) {
    const parsed = layoutSchema.safeParse(layout);
    if (parsed.success) layouts[sheet] = parsed.data;
    else problems.push(`The saved layout for '${sheet}' could not be read (${parsed.error.issues[0]?.message ?? 'unknown problem'}), so it is detected again.`);
  }
  return { settings: { version: 1, rules: rules.settings, layouts }, problems };
}

function unreadable(why: string): ReadSettings {
  return {
    settings: emptyDocumentSettings(),
    problems: [`Tracklight's saved settings in this workbook could not be read (${why}). The defaults are used; the saved copy is replaced the next time you change a setting.`],
  };
}

/** Checked before every save, so the document never holds settings the panel could not read back. */
export const checkedForSaving = (settings: DocumentSettings): DocumentSettings => documentSettingsSchema.parse(settings);
