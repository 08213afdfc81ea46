/**
 * What the panel saves with the document (Excel: document settings; Sheets: document properties):
 * the traffic-light settings, per sheet the layout as the user corrected it, the class sheets
 * Tracklight made (so only those are ever rewritten), and any report settings. Reading is forgiving,
 * part by part: one unreadable layout does not cost the palette or the other sheets, and every part
 * that cannot be read is named in a message.
 */
import * as z from 'zod/mini';
import '../schema';
import { classSheetRecordSchema, readClassSheetRecords } from '../classSheets/records';
import { layoutSchema, type Layout } from '../layout/schema';
import { checkReportSettings } from '../report/settings';
import { readRuleSettings, ruleSettingsSchema, DEFAULT_RULE_SETTINGS } from '../rules';

/** Report settings are kept as saved (unfilled fields stay unfilled, so they follow the defaults), but only ones the report accepts. */
const savedReportSettings = z.record(z.string(), z.unknown()).check(
  z.refine((settings) => checkReportSettings(settings).ok, 'the report settings must be ones the report accepts (checkReportSettings)'),
);

export const documentSettingsSchema = z.object({
  version: z.literal(1),
  rules: ruleSettingsSchema,
  /** Sheet name -> the layout last corrected or coloured on that sheet. */
  layouts: z.record(z.string(), layoutSchema),
  /** The class sheets Tracklight made, for classSheetsPlan's `previous`. Missing in settings saved before class sheets existed. */
  classSheets: z._default(z.array(classSheetRecordSchema), []),
  /** The school's report settings (ReportSettingsInput); absent: the defaults, with the colours' tolerance. */
  report: z.optional(savedReportSettings),
});

export type DocumentSettings = z.infer<typeof documentSettingsSchema>;
export type DocumentSettingsInput = z.input<typeof documentSettingsSchema>;

export const emptyDocumentSettings = (): DocumentSettings => ({ version: 1, rules: { ...DEFAULT_RULE_SETTINGS }, layouts: {}, classSheets: [] });

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
  const classSheets = readClassSheets(stored.classSheets, problems);
  const settings: DocumentSettings = { version: 1, rules: rules.settings, layouts, classSheets };
  const report = readReportSettings(stored.report, problems);
  if (report) settings.report = report;
  return { settings, problems };
}

/** A record that cannot be read is dropped: its sheet is then treated as the school's own and never rewritten. */
function readClassSheets(saved: unknown, problems: string[]): DocumentSettings['classSheets'] {
  if (saved === undefined || saved === null) return [];
  const records = readClassSheetRecords(saved);
  const lost = Array.isArray(saved) ? saved.length - records.length : 1;
  if (lost > 0) {
    problems.push(
      Array.isArray(saved)
        ? `${lost} of the class sheets Tracklight made could not be read from the saved settings, so ${lost === 1 ? 'that sheet is left as it is' : 'those sheets are left as they are'}: making class sheets again adds a new sheet for ${lost === 1 ? 'its class' : 'their classes'}.`
        : 'The saved list of class sheets could not be read, so the class sheets already made are left as they are: making class sheets again adds new ones.',
    );
  }
  return records;
}

function readReportSettings(saved: unknown, problems: string[]): Record<string, unknown> | undefined {
  if (saved === undefined || saved === null) return undefined;
  const check = checkReportSettings(saved);
  if (isRecord(saved) && check.ok) return saved;
  problems.push(`Saved report settings could not be used (${check.ok ? 'they are not a settings object' : check.message.replace(/\n/g, '; ')}). The defaults are used instead.`);
  return undefined;
}

function unreadable(why: string): ReadSettings {
  return {
    settings: emptyDocumentSettings(),
    problems: [`Tracklight's saved settings in this workbook could not be read (${why}). The defaults are used; the saved copy is replaced the next time you change a setting.`],
  };
}

/** Checked before every save, so the document never holds settings the panel could not read back. */
export const checkedForSaving = (settings: DocumentSettingsInput): DocumentSettings => documentSettingsSchema.parse(settings);
