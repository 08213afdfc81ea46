/// <reference types="google-apps-script" />
/**
 * One workbook, three hosts: the Excel host on the Excel fake, the Sheets sidebar's Host over the
 * built Code.js on the Sheets fake, and the dev preview's host. Each "world" lets a test do what a
 * user does (type in a cell, add or delete a sheet) and read back every cell of a sheet, so the
 * same class-sheet safety cases run, unchanged, over every host.
 */
import { columnLetter } from '../../core/layout';
import type { Host } from '../../core/panel/host';
import { createExcelHost, type ExcelApi, type OfficeApi } from '../../excel-addin/host';
import { createExcelFake } from '../fakes/excelFake';
import { parseAddress } from '../fakes/excelFakeWorkbook';
import { createOfficeFake } from '../fakes/officeFake';
import type { Call } from '../fakes/sheetsFake';
import { areaToA1 } from '../fakes/sheetsGrid';
import { createPreviewHost } from '../../dev/preview/previewHost';
import { PreviewWorkbook } from '../../dev/preview/workbook';
import { loadHost } from '../sheets-addon/host/hostBundle';
import { fakeScriptRun, sidebarHost } from '../sheets-addon/host/scriptRun';
import { startSession } from './panelSession';

export type Cell = string | number | boolean;
export interface SheetSeed {
  name: string;
  values: Cell[][];
  /** A conditional format of the school's own on this range (its formula highlights 'X'). */
  schoolRule?: string;
  /** Data validation the school set, address -> rule (Excel and Sheets fakes only). */
  validation?: Record<string, string>;
}

/** A rule as every host's snapshot gives it, for comparing before and after. */
export interface RuleView {
  range: string;
  formula: string;
}

export interface World {
  kind: 'excel' | 'sheets' | 'preview';
  host: Host;
  sheetNames(): string[];
  /** As a user types into one cell. */
  type(sheet: string, cell: string, value: Cell): void;
  addSheet(seed: SheetSeed): void;
  deleteSheet(name: string): void;
  activate(name: string): void;
  /** Someone protects the sheet against this user while the panel is open. */
  protect(name: string): void;
  /** Every non-empty cell of a sheet, A1 -> what it holds (a formula as its text). */
  cells(sheet: string): Record<string, unknown>;
  /** Every conditional format on a sheet, in order. */
  rules(sheet: string): RuleView[];
  validation(sheet: string): Record<string, string>;
  /** The settings as stored in the document, as text. */
  storedSettings(): string | null;
  /** The cell the user sees selected (Excel's Range.select, Sheets' active range, the preview grid's), if a host chose one. */
  selection(): { sheet: string; cell: string } | null;
}

/** `fault`: which host call fails (for a run that stops part-way); each world names calls its own way. */
export interface WorldOptions {
  failThirdNewSheet?: boolean;
  /** Excel only: the newest ExcelApi set (below 1.12, no worksheet custom properties). */
  excelApi?: string;
  /** What the document holds as Tracklight's settings before the panel opens: an object, or damaged text. */
  settings?: unknown;
}

const schoolFormula = (range: string) => `=${range.split(':')[0]}="X"`;

const cellsOf = (rows: readonly (readonly unknown[])[]): Record<string, unknown> => {
  const cells: Record<string, unknown> = {};
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== '' && value !== null && value !== undefined)
        cells[areaToA1({ row: r + 1, column: c + 1, numRows: 1, numColumns: 1 })] = value;
    }),
  );
  return cells;
};

function excelWorld(seeds: SheetSeed[], options: WorldOptions = {}): World {
  const saved: Record<string, string> = options.settings === undefined ? {} : { tracklight: JSON.stringify(options.settings) };
  const office = createOfficeFake({ excelApi: options.excelApi, saved });
  const excelSeeds = seeds.map(({ name, values, schoolRule, validation }) => ({
    name,
    values,
    dataValidation: validation,
    conditionalFormats: schoolRule ? [{ type: 'Custom', range: schoolRule, formula: schoolFormula(schoolRule), fill: '#FFC7CE' }] : [],
  }));
  const fake = createExcelFake(excelSeeds, { customProperties: office.office.context.requirements.isSetSupported('ExcelApi', '1.12') });
  let adds = 0;
  if (options.failThirdNewSheet)
    fake.workbook.fault = (call) =>
      call === 'WorksheetCollection.add' && (adds += 1) === 3 ? new Error('The operation failed because of a network problem') : undefined;
  const host = createExcelHost(fake.excel as unknown as ExcelApi, office.office as unknown as OfficeApi);
  const { workbook } = fake;
  return {
    kind: 'excel',
    host,
    sheetNames: () => workbook.sheets.map((sheet) => sheet.name),
    type: (sheet, cell, value) => workbook.sheetNamed(sheet).write(parseAddress(cell), [[value]], 'values'),
    addSheet: ({ name, values }) => {
      const added = workbook.addSheet(name);
      const columns = Math.max(0, ...values.map((row) => row.length));
      if (values.length > 0 && columns > 0)
        added.write(
          { row: 0, column: 0, rows: values.length, columns },
          values.map((row) => Array.from({ length: columns }, (_, c) => row[c] ?? '')),
          'values',
        );
    },
    deleteSheet: (name) => workbook.deleteSheet(name),
    activate: (name) => workbook.activate(workbook.sheetNamed(name)),
    protect: (name) => void (workbook.sheetNamed(name).isProtected = true),
    cells: (sheet) => cellsOf(workbook.sheetNamed(sheet).values()),
    rules: (sheet) =>
      workbook.sheetNamed(sheet).conditionalFormats.map((format) => ({ range: format.range, formula: format.formula ?? format.type })),
    validation: (sheet) => ({ ...workbook.sheetNamed(sheet).dataValidation }),
    storedSettings: () => office.document.saved.tracklight ?? null,
    selection: () => (workbook.selection ? { sheet: workbook.selection.sheet, cell: workbook.selection.address } : null),
  };
}

function sheetsWorld(seeds: SheetSeed[], options: WorldOptions = {}): World {
  let inserts = 0;
  const fault = (call: Call) =>
    options.failThirdNewSheet && call.member === 'Spreadsheet.insertSheet' && (inserts += 1) === 3
      ? new Error('Service Spreadsheets timed out while accessing document')
      : undefined;
  const server = loadHost(
    seeds.map(({ name, values, validation }) => ({ name, values, validation })),
    { fault },
  );
  for (const { name, schoolRule } of seeds) {
    if (schoolRule)
      server.fake.seedRules(name, ({ newRule, range }) => [
        newRule()
          .whenFormulaSatisfied(schoolFormula(schoolRule))
          .setBackground('#ffc7ce')
          .setRanges([range(schoolRule)])
          .build(),
      ]);
  }
  if (options.settings !== undefined) {
    const text = typeof options.settings === 'string' ? options.settings : JSON.stringify(options.settings);
    (server.fake.globals.PropertiesService.getDocumentProperties() as GoogleAppsScript.Properties.Properties).setProperties({
      'tracklight.settings': '1',
      'tracklight.settings.0': text,
    });
  }
  const host = sidebarHost(fakeScriptRun((name, args) => server.run(name, ...args)).run);
  const app = server.fake.globals.SpreadsheetApp as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const spreadsheet = () => app.getActiveSpreadsheet();
  const sheet = (name: string) =>
    spreadsheet().getSheetByName(name) ??
    (() => {
      throw new Error(`No sheet ${name}`);
    })();
  return {
    kind: 'sheets',
    host,
    sheetNames: () => server.fake.sheetNames(),
    type: (name, cell, value) => void sheet(name).getRange(cell).setValue(value),
    addSheet: ({ name, values }) => {
      const active = server.fake.activeSheetName();
      const added = spreadsheet().insertSheet(name);
      values.forEach((row, r) => row.forEach((value, c) => added.getRange(r + 1, c + 1).setValue(value)));
      sheet(active).activate();
    },
    deleteSheet: (name) => spreadsheet().deleteSheet(sheet(name)),
    activate: (name) => void sheet(name).activate(),
    protect: (name) => server.fake.setProtection(name, 'locked'),
    cells: (name) => ({ ...cellsOf(server.fake.values(name)), ...server.fake.formulaCells(name) }),
    rules: (name) =>
      server.fake.rules(name).map((rule) => ({
        range: rule.ranges.join(','),
        formula: rule.kind === 'boolean' ? String(rule.values[0] ?? rule.criteria) : rule.kind,
      })),
    validation: (name) => server.fake.state(name).validation,
    storedSettings: () => {
      const stored = server.fake.properties();
      const count = Number(stored['tracklight.settings'] ?? 0);
      return count > 0 ? Array.from({ length: count }, (_, i) => stored[`tracklight.settings.${i}`] ?? '').join('') : null;
    },
    selection: () => {
      const range = server.fake.activeRange();
      return range ? { sheet: range.sheet, cell: range.a1 } : null;
    },
  };
}

/** A school's list as the seeds write it ('list:1,2,3'), rejecting other input as Excel's and Sheets' defaults do. */
const previewValidation = (range: string, rule: string) => ({
  range,
  labels: rule.replace(/^list:/, '').split(','),
  allowInvalid: false,
  helpText: '',
});

function previewWorld(seeds: SheetSeed[], options: WorldOptions = {}): World {
  const workbook = new PreviewWorkbook();
  for (const { name, values, schoolRule, validation } of seeds) {
    const sheet = workbook.addSheet(
      name,
      values,
      schoolRule ? [{ range: schoolRule, formula: schoolFormula(schoolRule), fill: '#ffc7ce', fontColor: '#9c0006' }] : [],
    );
    if (validation) sheet.validations = Object.entries(validation).map(([range, rule]) => previewValidation(range, rule));
  }
  if (options.settings !== undefined)
    workbook.settingsText = typeof options.settings === 'string' ? options.settings : JSON.stringify(options.settings);
  const host = createPreviewHost(workbook, { latencyMs: 0 });
  return {
    kind: 'preview',
    host,
    sheetNames: () => workbook.sheets.map((sheet) => sheet.name),
    type: (sheet, cell, value) => {
      const { row, column } = parseAddress(cell);
      workbook.setCell(sheet, row, column, value);
    },
    addSheet: ({ name, values }) => void workbook.addSheet(name, values),
    deleteSheet: (name) => workbook.deleteSheet(name),
    activate: (name) => workbook.activate(name),
    protect: (name) => workbook.setProtected(name, true),
    cells: (name) => {
      const sheet = workbook.sheet(name);
      return { ...cellsOf(sheet.rows), ...Object.fromEntries(sheet.formulas) };
    },
    rules: (name) => workbook.sheet(name).rules.map((rule) => ({ range: rule.range, formula: rule.formula })),
    validation: (name) =>
      Object.fromEntries(
        (workbook.sheet(name).validations ?? []).map((rule) => [
          rule.range,
          rule.allowInvalid ? `list:${rule.labels.join(',')} warning "${rule.helpText}"` : `list:${rule.labels.join(',')}`,
        ]),
      ),
    storedSettings: () => workbook.settingsText,
    selection: () => {
      const selected = workbook.selection;
      return selected ? { sheet: selected.sheet, cell: `${columnLetter(selected.column)}${selected.row + 1}` } : null;
    },
  };
}

export const WORLDS = {
  excel: excelWorld,
  sheets: sheetsWorld,
  preview: (seeds: SheetSeed[], options: WorldOptions = {}) => previewWorld(seeds, options),
} as const;

export type WorldKind = keyof typeof WORLDS;

/** A real PanelSession over the world's host, as the panel starts it, with every status line kept. */
export const panelOn = (world: World) => startSession(world.host);
