/**
 * What the panel saves with the document (Excel: document settings; Sheets: document properties):
 * the traffic-light settings, per sheet the layout as the user corrected it, the class sheets
 * Tracklight made (so only those are ever rewritten), and any report settings. Reading is forgiving,
 * part by part: one unreadable layout does not cost the palette or the other sheets, and every part
 * that cannot be read is named in a message.
 *
 * Saving never loses what it did not change. A data manager who has lost a term's set-up to a save
 * expects a tool to write back only what they changed in it, so:
 *  - Readable version-1 settings are saved as they were stored, with only the parts changed in the
 *    panel replaced (forSaving). Fields this Tracklight does not know, at the top level, inside
 *    `rules` and inside a class sheet record, are written back as stored, and so is every part it
 *    could not read (a palette, a layout, a class sheet record, report settings) until that part is
 *    replaced here: choosing a palette, saving that sheet's layout.
 *  - Settings that cannot be used as a whole (saved by a newer version; not JSON; not an object;
 *    damaged in the host's storage) are kept: the panel works from the defaults and never saves
 *    over them, until the user confirms "Start again with default settings" (session.ts).
 */
import * as z from 'zod/mini';
import '../schema';
import { classSheetRecordSchema, readClassSheetRecords } from '../classSheets/records';
import { layoutSchema, type Layout } from '../layout/schema';
import { checkReportSettings } from '../report/settings';
import { readRuleSettings, ruleSettingsSchema, DEFAULT_RULE_SETTINGS } from '../rules';

/** Report settings are kept as saved (unfilled fields stay unfilled, so they follow the defaults), but only ones the report accepts. */
const savedReportSettings = z
  .record(z.string(), z.unknown())
  .check(
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

export const emptyDocumentSettings = (): DocumentSettings => ({
  version: 1,
  rules: { ...DEFAULT_RULE_SETTINGS },
  layouts: {},
  classSheets: [],
});

/**
 * What a host hands over instead of the saved copy when its own storage shows the copy is damaged
 * (Sheets: a chunk missing), saying how, so the panel can keep it and say so.
 */
export interface DamagedSettings {
  damaged: string;
}

/** A saved copy the panel must not save over, and why, in the panel's words. */
export interface KeptCopy {
  /** What the panel found, as it says it: "This workbook's Tracklight settings were saved by a newer version ...". */
  found: string;
  /** Why nothing is saved, as a clause: "this workbook's Tracklight settings were saved by a newer version ...". */
  because: string;
}

/** Readable version-1 settings exactly as stored. */
export type StoredSettings = Readonly<Record<string, unknown>>;

export interface ReadSettings {
  /** What the panel works from. */
  settings: DocumentSettings;
  /** Plain sentences about any part saved that could not be used. */
  problems: string[];
  /** The settings as stored, for forSaving to write back; null when none were stored, or they are kept. */
  stored: StoredSettings | null;
  /** Set when the saved copy cannot be used as a whole: it is kept as it is, and nothing is saved over it. */
  kept: KeptCopy | null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isDamaged = (value: unknown): value is DamagedSettings =>
  isRecord(value) && typeof value.damaged === 'string' && Object.keys(value).length === 1;
const isNewerVersion = (version: unknown): version is number => typeof version === 'number' && Number.isFinite(version) && version > 1;

export function readDocumentSettings(saved: unknown): ReadSettings {
  if (saved === null || saved === undefined) return { settings: emptyDocumentSettings(), problems: [], stored: null, kept: null };
  let stored = saved;
  if (typeof stored === 'string') {
    try {
      stored = JSON.parse(stored);
    } catch {
      return keeping(unreadableCopy('they are not valid JSON'));
    }
  }
  if (isDamaged(stored)) return keeping(unreadableCopy(stored.damaged));
  if (!isRecord(stored)) return keeping(unreadableCopy('they are not a settings object'));
  if (isNewerVersion(stored.version)) return keeping(newerCopy(stored.version));
  if (stored.version === undefined) return keeping(unreadableCopy('they have no version'));
  if (stored.version !== 1)
    return keeping(unreadableCopy(`they are version ${JSON.stringify(stored.version)}, and this Tracklight reads version 1`));

  const problems: string[] = [];
  const rules = readRuleSettings(stored.rules);
  for (const problem of rules.problems)
    problems.push(
      `Saved colour settings: ${problem}. The defaults are used instead; the saved value is kept as it is until you choose another.`,
    );
  const layouts = readLayouts(stored.layouts, problems);
  const classSheets = readClassSheets(stored.classSheets, problems);
  const settings: DocumentSettings = { version: 1, rules: rules.settings, layouts, classSheets };
  const report = readReportSettings(stored.report, problems);
  if (report) settings.report = report;
  return { settings, problems, stored, kept: null };
}

/** A layout that cannot be read is detected again; the saved one stays in the document until that sheet's layout is saved. */
function readLayouts(saved: unknown, problems: string[]): Record<string, Layout> {
  const layouts: Record<string, Layout> = {};
  if (saved === undefined || saved === null) return layouts;
  if (!isRecord(saved)) {
    problems.push(
      "The saved layouts could not be read (they are not a list of sheets), so every sheet's layout is detected again. " +
        'They are kept as they are until a layout is saved again.',
    );
    return layouts;
  }
  for (const [sheet, layout] of Object.entries(saved)) {
    const parsed = layoutSchema.safeParse(layout);
    if (parsed.success) layouts[sheet] = parsed.data;
    else {
      problems.push(
        `The saved layout for '${sheet}' could not be read (${parsed.error.issues[0]?.message ?? 'unknown problem'}), ` +
          'so it is detected again. ' +
          "The saved one is kept as it is until this sheet's layout is saved again.",
      );
    }
  }
  return layouts;
}

/** A record that cannot be read is dropped: its sheet is then treated as the school's own and never rewritten. */
function readClassSheets(saved: unknown, problems: string[]): DocumentSettings['classSheets'] {
  if (saved === undefined || saved === null) return [];
  const records = readClassSheetRecords(saved);
  const lost = Array.isArray(saved) ? saved.length - records.length : 1;
  if (lost > 0) {
    problems.push(
      Array.isArray(saved)
        ? `${lost} of the class sheets Tracklight made could not be read from the saved settings, ` +
            `so ${lost === 1 ? 'that sheet is left as it is' : 'those sheets are left as they are'}: ` +
            `making class sheets again adds a new sheet for ${lost === 1 ? 'its class' : 'their classes'}.`
        : 'The saved list of class sheets could not be read, so the class sheets already made are left as they are: ' +
            'making class sheets again adds new ones.',
    );
  }
  return records;
}

function readReportSettings(saved: unknown, problems: string[]): Record<string, unknown> | undefined {
  if (saved === undefined || saved === null) return undefined;
  const check = checkReportSettings(saved);
  if (isRecord(saved) && check.ok) return saved;
  const reason = check.ok ? 'they are not a settings object' : check.message.replace(/\n/g, '; ');
  problems.push(`Saved report settings could not be used (${reason}). The defaults are used instead.`);
  return undefined;
}

const keeping = (kept: KeptCopy): ReadSettings => ({ settings: emptyDocumentSettings(), problems: [], stored: null, kept });

const newerCopy = (version: number): KeptCopy => ({
  found:
    `This workbook's Tracklight settings were saved by a newer version of Tracklight (version ${version}), ` +
    'which this version cannot read. To use them, open the workbook with the newer Tracklight.',
  because: `this workbook's Tracklight settings were saved by a newer version of Tracklight (version ${version})`,
});

const unreadableCopy = (why: string): KeptCopy => ({
  found: `This workbook's Tracklight settings could not be read (${why}).`,
  because: `this workbook's saved Tracklight settings could not be read (${why})`,
});

/** Checked before every save, so the document never gets a part the panel could not read back. */
export const checkedForSaving = (settings: DocumentSettingsInput): DocumentSettings => documentSettingsSchema.parse(settings);

/** The parts the panel has changed since it read the settings: the only ones written over the stored copy. */
export interface ChangedParts {
  palette: boolean;
  tolerance: boolean;
  scale: boolean;
  /** Sheets whose layout was corrected, or used to colour them. */
  layouts: Set<string>;
  classSheets: boolean;
  report: boolean;
}

export const noChanges = (): ChangedParts => ({
  palette: false,
  tolerance: false,
  scale: false,
  layouts: new Set(),
  classSheets: false,
  report: false,
});

export type SettingsChange =
  | { part: 'palette' }
  | { part: 'tolerance' }
  | { part: 'scale' }
  /** `by`: an edit in the layout view, or an action (colouring) that used the layout. */
  | { part: 'layout'; sheet: string; by: 'edit' | 'action' }
  | { part: 'classSheets' }
  | { part: 'report' };

export function noteChange(changed: ChangedParts, change: SettingsChange): void {
  if (change.part === 'layout') changed.layouts.add(change.sheet);
  else changed[change.part] = true;
}

/**
 * What to save: with nothing stored (or the stored copy replaced), the panel's settings whole;
 * otherwise the stored copy with only the changed parts replaced, so everything else in it (fields
 * this Tracklight does not know, parts it could not read) is written back exactly as it was.
 */
export function forSaving(settings: DocumentSettingsInput, stored: StoredSettings | null, changed: ChangedParts): Record<string, unknown> {
  const checked = checkedForSaving(settings);
  if (stored === null) return checked;
  const saving: Record<string, unknown> = { ...stored };
  if (changed.palette || changed.tolerance || changed.scale) saving.rules = changedRules(stored.rules, checked.rules, changed);
  if (changed.layouts.size > 0) saving.layouts = changedLayouts(stored.layouts, checked.layouts, changed.layouts);
  if (changed.classSheets) saving.classSheets = changedClassSheets(stored.classSheets, checked.classSheets);
  // The panel's report settings are the stored ones it read (as saved) with the user's edits: written whole.
  if (changed.report) saving.report = checked.report;
  return saving;
}

/** Only the chosen value replaces the stored one; rules that were not an object at all are replaced whole. */
function changedRules(stored: unknown, rules: DocumentSettings['rules'], changed: ChangedParts): Record<string, unknown> {
  if (!isRecord(stored)) return { ...rules };
  return {
    ...stored,
    ...(changed.palette ? { palette: rules.palette } : {}),
    ...(changed.tolerance ? { tolerance: rules.tolerance } : {}),
    ...(changed.scale ? { scale: rules.scale } : {}),
  };
}

function changedLayouts(stored: unknown, layouts: DocumentSettings['layouts'], sheets: ReadonlySet<string>): Record<string, unknown> {
  const saving: Record<string, unknown> = isRecord(stored) ? { ...stored } : {};
  for (const sheet of sheets) if (layouts[sheet]) saving[sheet] = layouts[sheet];
  return saving;
}

/**
 * The records now, each keeping the fields this Tracklight does not know from its stored record
 * (matched by sheet name, as sheet names are unique), then the stored records that could not be
 * read, as they were: a newer Tracklight may still know what they mean.
 */
function changedClassSheets(stored: unknown, records: DocumentSettings['classSheets']): unknown[] {
  const known = new Set(Object.keys(classSheetRecordSchema.shape));
  const unknownFields = new Map<string, Record<string, unknown>>();
  const unreadable: unknown[] = [];
  for (const entry of Array.isArray(stored) ? stored : []) {
    if (!classSheetRecordSchema.safeParse(entry).success || !isRecord(entry)) {
      unreadable.push(entry);
      continue;
    }
    unknownFields.set(String(entry.name).toLowerCase(), Object.fromEntries(Object.entries(entry).filter(([key]) => !known.has(key))));
  }
  return [...records.map((record) => ({ ...unknownFields.get(record.name.toLowerCase()), ...record })), ...unreadable];
}
