/**
 * "Class sheets": one live sheet per class. Each holds two formulas, in A1 (the tracker's header row)
 * and A2 (that class's pupil rows); no pupil data is copied, so a teacher's sheet follows the tracker.
 * Columns keep the tracker's positions, so the tracker's traffic-light rules apply unchanged, shifted
 * to start at row 2. Re-running rewrites A1, A2 and Tracklight's own rules on the sheets listed in
 * `previous` for this tracker, and nothing else: the host never clears a class sheet, so anything a
 * teacher typed beside the table stays.
 */
import { planColouring, type ColouringPlan } from '../colouring/plan';
import { columnLetter } from '../layout/a1';
import type { Layout } from '../layout/schema';
import type { RuleSettings } from '../rules';
import { cleanSheetName, uniqueSheetName } from '../workbook/sheetNames';
import { chooseClassColumn, pupilRows } from './classColumn';
import { distinctClasses, tidyClass, type ClassGroup, type SkippedClass } from './classes';
import { classFilterFormula, headerFormula } from './formulas';
import type { ClassSheetRecord } from './records';

/** More than this many classes means the wrong column was chosen, not a school's real classes. */
export const MAX_CLASS_SHEETS = 40;

export interface ClassSheetsInput {
  layout: Layout;
  trackerSheetName: string;
  /** The tracker's last used row, counted from 1. */
  lastRow: number;
  /** The tracker's first rows from A1, when the host has them: columns past the layout's last are filtered too. */
  topRows?: readonly (readonly unknown[])[];
  /** The class column from the first pupil row to lastRow (read from classValuesRange). */
  classValues: readonly unknown[];
  existingSheets: readonly string[];
  /** The class sheets Tracklight made before, from the document settings (readClassSheetRecords). */
  previous: readonly ClassSheetRecord[];
  ruleSettings: RuleSettings;
}

export interface ClassSheet {
  name: string;
  className: string;
  pupils: number;
  /** False: a sheet Tracklight made before for this class; rewrite A1, A2 and its Tracklight rules only. */
  isNew: boolean;
  /** For A1. */
  headerFormula: string;
  /** For A2. */
  filterFormula: string;
  /** null when the tracker cannot be coloured (no target column): colouringMessage says why. */
  colouring: ColouringPlan | null;
  colouringMessage: string | null;
}

export type ClassSheetsPlan =
  | {
      ok: true;
      classColumn: { letter: string; label: string };
      sheets: ClassSheet[];
      /** Values that name no class, with why, and earlier class sheets whose class has gone (left as they are). */
      skipped: SkippedClass[];
      notes: string[];
      /** What the panel saves as `previous` for next time. */
      records: ClassSheetRecord[];
    }
  | { ok: false; message: string };

const refuse = (message: string): ClassSheetsPlan => ({ ok: false, message });
const lower = (name: string) => name.toLowerCase();
const classKey = (className: string) => tidyClass(className).toLowerCase();

export function classSheetsPlan(input: ClassSheetsInput): ClassSheetsPlan {
  const { layout, trackerSheetName } = input;
  const choice = chooseClassColumn(layout);
  if (!choice.ok) return refuse(choice.message);
  const rows = pupilRows(layout, input.lastRow);
  if (layout.headerRow === null || rows === null) return refuse(`'${trackerSheetName}' has no pupil rows below a header row yet. Choose the header row in the layout above, or add pupils, then try again. Nothing was changed.`);
  const { classes, skipped, blank } = distinctClasses(input.classValues);
  const where = `'${choice.column.label}' (column ${choice.column.letter})`;
  if (classes.length === 0) return refuse(`${where} has no classes in it yet. Fill in each pupil's class, then try again. Nothing was changed.`);
  if (classes.length > MAX_CLASS_SHEETS) {
    return refuse(`${where} holds ${classes.length} different values; Tracklight makes at most ${MAX_CLASS_SHEETS} class sheets. Check that this is the class column in the layout above. Nothing was changed.`);
  }

  const lastColumn = columnLetter(Math.max(...layout.columns.map((column) => column.index), ...(input.topRows ?? []).map(lastFilled)));
  const source = { trackerSheetName, dataRange: `A${rows.first}:${lastColumn}${rows.last}`, classRange: `${choice.column.letter}${rows.first}:${choice.column.letter}${rows.last}` };
  const header = headerFormula(trackerSheetName, `A${layout.headerRow + 1}:${lastColumn}${layout.headerRow + 1}`);
  const classLayout: Layout = { ...layout, headerRow: 0, dataStartRow: 1, warnings: [] };

  const names = assignNames(classes, input);
  const sheets = classes.map((group): ClassSheet => {
    const { name, isNew } = names.get(group.key)!;
    // The header row, then as many rows as the FILTER can show.
    const colouring = planColouring({ name, lastRow: 1 + (rows.last - rows.first + 1), isProtected: false }, classLayout, input.ruleSettings);
    return {
      name, className: group.className, pupils: group.pupils, isNew,
      headerFormula: header,
      filterFormula: classFilterFormula(source, group.className),
      colouring: colouring.ok ? colouring.plan : null,
      colouringMessage: colouring.ok ? null : colouring.message,
    };
  });

  const made = new Set(sheets.map((sheet) => lower(sheet.name)));
  // A record naming the tracker itself is never Tracklight's class sheet, whatever the settings say.
  const existing = new Set(input.existingSheets.map(lower).filter((name) => name !== lower(trackerSheetName)));
  const keys = new Set(classes.map((group) => group.key));
  const gone = input.previous.filter((record) => record.trackerSheetName === trackerSheetName && existing.has(lower(record.name)) && !made.has(lower(record.name)) && !keys.has(classKey(record.className)));
  const notes = [
    ...(choice.note ? [choice.note] : []),
    ...(blank > 0 ? [`${blank} ${blank === 1 ? 'pupil has' : 'pupils have'} no class in ${where}, so ${blank === 1 ? 'is' : 'are'} on no class sheet.`] : []),
  ];
  return {
    ok: true,
    classColumn: { letter: choice.column.letter, label: choice.column.label },
    sheets,
    skipped: [
      ...skipped,
      ...gone.map((record) => ({ value: record.className, pupils: 0, reason: `no pupil is in this class any more, so its sheet '${record.name}' was left as it is: delete it if it is no longer needed.` })),
    ],
    notes,
    records: [
      // Other trackers' sheets, and this tracker's sheets for classes that have gone, are still Tracklight's.
      ...input.previous.filter((record) => existing.has(lower(record.name)) && !made.has(lower(record.name)) && (record.trackerSheetName !== trackerSheetName || gone.includes(record))),
      ...sheets.map((sheet) => ({ name: sheet.name, className: sheet.className, trackerSheetName })),
    ],
  };
}

/** 0-based index of a row's last non-blank cell (-1 when blank). */
function lastFilled(row: readonly unknown[]): number {
  for (let c = row.length - 1; c >= 0; c -= 1) if (row[c] !== null && row[c] !== undefined && String(row[c]).trim() !== '') return c;
  return -1;
}

/**
 * A class keeps the sheet Tracklight made for it from this tracker, if that sheet still exists (and
 * is not the tracker itself, whatever the saved records say). Any other class gets "Class <name>",
 * made unique against every sheet in the workbook and every name given out here.
 */
function assignNames(classes: readonly ClassGroup[], input: ClassSheetsInput): Map<string, { name: string; isNew: boolean }> {
  const existing = new Map(input.existingSheets.map((name) => [lower(name), name]));
  const names = new Map<string, { name: string; isNew: boolean }>();
  const used = new Set<string>();
  for (const record of input.previous) {
    const key = classKey(record.className);
    const actual = existing.get(lower(record.name));
    if (record.trackerSheetName !== input.trackerSheetName || actual === undefined || lower(actual) === lower(input.trackerSheetName)) continue;
    if (names.has(key) || used.has(lower(actual)) || !classes.some((group) => group.key === key)) continue;
    names.set(key, { name: actual, isNew: false });
    used.add(lower(actual));
  }
  const taken = [...input.existingSheets];
  for (const group of classes) {
    if (names.has(group.key)) continue;
    const name = uniqueSheetName(cleanSheetName(`Class ${group.className}`), taken);
    names.set(group.key, { name, isNew: true });
    taken.push(name);
  }
  return names;
}
