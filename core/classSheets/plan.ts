/**
 * "Class sheets": one live sheet per class. Each holds two formulas, in A1 (the tracker's header row)
 * and A2 (that class's pupil rows); no pupil data is copied, so a teacher's sheet follows the tracker.
 * Columns keep the tracker's positions, so the tracker's traffic-light rules apply unchanged, shifted
 * to start at row 2. A re-run rewrites A1, A2 and Tracklight's own rules only on sheets that carry
 * Tracklight's mark for this tracker's class (ownership.ts), and only where A1 and A2 still hold
 * what Tracklight wrote: a sheet a teacher edited there is listed and left alone. The host never
 * clears a class sheet, so anything a teacher typed beside the table stays.
 */
import { planColouring, type ColouringPlan } from '../colouring/plan';
import type { Layout } from '../layout/schema';
import type { RuleSettings } from '../rules';
import { columnLetter } from '../workbook/a1';
import { cleanSheetName, uniqueSheetName } from '../workbook/sheetNames';
import { chooseClassColumn, pupilRows } from './classColumn';
import { distinctClasses, type ClassGroup, type SkippedClass } from './classes';
import { classFilterFormula, headerFormula } from './formulas';
import { cellFingerprint, classFingerprint, readMark, writeMark } from './mark';
import { classSheetClaims, editedMessage, protectedClassSheet, type ClassSheetClaim, type ClassSheetFacts } from './ownership';
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
  /** Every sheet in the workbook, as the host read it (Host.readClassSheetFacts). */
  sheets: readonly ClassSheetFacts[];
  /** The class sheets Tracklight made before, from the document settings: what a host without marks relies on. */
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
  /** The mark the host stores on the sheet as soon as it exists, and again after each write. */
  mark: string;
  /** Where the two formulas spill (from A1): it must hold nothing else, or the table cannot show. */
  spillArea: string;
  /**
   * For an update, the sheet's mark and A1, A2 as planned from: if they differ at write time, the sheet
   * is left alone. The mark is undefined (or, once the plan has crossed google.script.run, missing)
   * where the host cannot keep marks.
   */
  expected: { mark?: string | null; managed: readonly [string, string] } | null;
  /** null when the tracker cannot be coloured (no target column): colouringMessage says why, as a clause. */
  colouring: ColouringPlan | null;
  colouringMessage: string | null;
}

export type ClassSheetsPlan =
  | {
      ok: true;
      classColumn: { letter: string; label: string };
      sheets: ClassSheet[];
      /** Values that name no class, classes whose sheet was edited or is protected, and sheets whose class has gone. */
      skipped: SkippedClass[];
      notes: string[];
      /** What the panel saves as `previous` once the sheets are written (recordsToSave). */
      records: ClassSheetRecord[];
    }
  | { ok: false; message: string };

const refuse = (message: string): ClassSheetsPlan => ({ ok: false, message });
const lower = (name: string) => name.toLowerCase();

export function classSheetsPlan(input: ClassSheetsInput): ClassSheetsPlan {
  const { layout, trackerSheetName } = input;
  const choice = chooseClassColumn(layout);
  if (!choice.ok) return refuse(choice.message);
  const rows = pupilRows(layout, input.lastRow);
  if (layout.headerRow === null || rows === null)
    return refuse(
      `'${trackerSheetName}' has no pupil rows below a header row yet. ` +
        'Choose the header row in the layout above, or add pupils, then try again. Nothing was changed.',
    );
  const { classes, skipped, blank } = distinctClasses(input.classValues);
  const where = `'${choice.column.label}' (column ${choice.column.letter})`;
  if (classes.length === 0)
    return refuse(`${where} has no classes in it yet. Fill in each pupil's class, then try again. Nothing was changed.`);
  if (classes.length > MAX_CLASS_SHEETS) {
    return refuse(
      `${where} holds ${classes.length} different values; Tracklight makes at most ${MAX_CLASS_SHEETS} class sheets. ` +
        'Check that this is the class column in the layout above. Nothing was changed.',
    );
  }

  const lastColumnIndex = Math.max(...layout.columns.map((column) => column.index), ...(input.topRows ?? []).map(lastFilled));
  const lastColumn = columnLetter(lastColumnIndex);
  const source = {
    trackerSheetName,
    dataRange: `A${rows.first}:${lastColumn}${rows.last}`,
    classRange: `${choice.column.letter}${rows.first}:${choice.column.letter}${rows.last}`,
  };
  const header = headerFormula(trackerSheetName, `A${layout.headerRow + 1}:${lastColumn}${layout.headerRow + 1}`);
  const classLayout: Layout = { ...layout, headerRow: 0, dataStartRow: 1, warnings: [] };

  const claims = classSheetClaims(input.sheets, trackerSheetName, input.previous);
  const placed = placeClasses(classes, claims.byClass, input);
  const sheets = placed.sheets.map(({ group, name, claim }): ClassSheet => {
    // The header row, then as many rows as the FILTER can show.
    const colouring = planColouring(
      { name, lastRow: 1 + (rows.last - rows.first + 1), isProtected: false },
      classLayout,
      input.ruleSettings,
    );
    const filterFormula = classFilterFormula(source, group.className);
    return {
      name,
      className: group.className,
      pupils: group.pupils,
      isNew: claim === null,
      headerFormula: header,
      filterFormula,
      mark: writeMark({
        tracker: trackerSheetName,
        sheet: name,
        class: classFingerprint(group.className),
        a1: cellFingerprint(header),
        a2: cellFingerprint(filterFormula),
      }),
      spillArea: `A1:${lastColumn}${1 + Math.max(1, group.pupils)}`,
      expected: claim && { mark: claim.facts.mark, managed: claim.facts.managed },
      colouring: colouring.ok ? colouring.plan : null,
      colouringMessage: colouring.ok ? null : colouring.reason,
    };
  });

  const present = new Set(input.sheets.map((sheet) => lower(sheet.name)));
  const planned = new Set(sheets.map((sheet) => lower(sheet.name)));
  const classIds = new Set(classes.map((group) => classFingerprint(group.className)));
  const gone = [...claims.byClass.values()].filter((claim) => !classIds.has(claim.classId)).map((claim) => claim.facts.name);
  const notes = [
    ...(choice.note ? [choice.note] : []),
    ...(blank > 0
      ? [`${blank} ${blank === 1 ? 'pupil has' : 'pupils have'} no class in ${where}, so ${blank === 1 ? 'is' : 'are'} on no class sheet.`]
      : []),
    ...placed.notes,
    ...claims.copies.map(
      (name) => `'${name}' is a renamed copy of a class sheet, so it is the school's own now: Tracklight left it alone.`,
    ),
  ];
  return {
    ok: true,
    classColumn: { letter: choice.column.letter, label: choice.column.label },
    sheets,
    skipped: [
      ...skipped,
      ...placed.skipped,
      ...gone.map((name) => ({
        value: name,
        pupils: 0,
        reason: `no pupil is in its class any more, so '${name}' was left as it is: delete it if it is no longer needed.`,
      })),
    ],
    notes,
    records: [
      // Records of sheets still there and not rewritten now (other trackers', an edited one's) are kept as they were.
      ...input.previous.filter((record) => present.has(lower(record.name)) && !planned.has(lower(record.name))),
      ...sheets.map((sheet) => ({
        name: sheet.name,
        className: sheet.className,
        trackerSheetName,
        a1: cellFingerprint(sheet.headerFormula),
        a2: cellFingerprint(sheet.filterFormula),
      })),
    ],
  };
}

function clashNote(clash: ClassSheetFacts, className: string, name: string): string {
  const mark = readMark(clash.mark);
  const why = mark
    ? `is Tracklight's class sheet for '${mark.tracker}', not for this tracker's class ${className}`
    : 'has no Tracklight mark, so it is not a class sheet Tracklight made';
  return `'${clash.name}' ${why}: it was left alone, and class ${className} has the new sheet '${name}'.`;
}

/** 0-based index of a row's last non-blank cell (-1 when blank). */
function lastFilled(row: readonly unknown[]): number {
  for (let c = row.length - 1; c >= 0; c -= 1) if (row[c] !== null && row[c] !== undefined && String(row[c]).trim() !== '') return c;
  return -1;
}

interface Placement {
  sheets: { group: ClassGroup; name: string; claim: ClassSheetClaim | null }[];
  skipped: SkippedClass[];
  notes: string[];
}

/**
 * A class keeps the sheet Tracklight made for it (its claim), unless a teacher edited that sheet's
 * A1 or A2 or it is protected: then the class is skipped and says why, and no second sheet is made.
 * Any other class gets "Class <name>", made unique against every sheet in the workbook; when that
 * name is taken by a sheet without Tracklight's mark, the note says the sheet was left alone.
 */
function placeClasses(classes: readonly ClassGroup[], claims: ReadonlyMap<string, ClassSheetClaim>, input: ClassSheetsInput): Placement {
  const placement: Placement = { sheets: [], skipped: [], notes: [] };
  const taken = input.sheets.map((sheet) => sheet.name);
  const existing = new Map(input.sheets.map((sheet) => [lower(sheet.name), sheet]));
  for (const group of classes) {
    const claim = claims.get(classFingerprint(group.className)) ?? null;
    if (claim && claim.edited.length > 0) {
      placement.skipped.push({ value: group.className, pupils: group.pupils, reason: editedMessage(claim) });
      continue;
    }
    if (claim && claim.facts.isProtected) {
      placement.skipped.push({ value: group.className, pupils: group.pupils, reason: protectedClassSheet('its sheet', claim.facts.name) });
      continue;
    }
    if (claim) {
      placement.sheets.push({ group, name: claim.facts.name, claim });
      continue;
    }
    const preferred = cleanSheetName(`Class ${group.className}`);
    const name = uniqueSheetName(preferred, taken);
    taken.push(name);
    const clash = existing.get(lower(preferred));
    if (clash !== undefined) placement.notes.push(clashNote(clash, group.className, name));
    placement.sheets.push({ group, name, claim: null });
  }
  return placement;
}
