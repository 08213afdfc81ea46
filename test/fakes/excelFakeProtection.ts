/**
 * Sheet protection and cells' locked flags in the Excel fake, as ExcelApi defines them:
 *   - worksheet.protection (1.2): protected and options read after a load; protect(options, password)
 *     fails on a sheet already protected; unprotect(password) needs the password it was protected
 *     with (a seeded isProtected sheet is the school's, protected with a password the host never has);
 *     options left out of protect() are false;
 *   - range.format.protection.locked (1.2): every cell is locked until set otherwise; a range reads
 *     its common flag, or null when its cells differ; a protected sheet refuses the change;
 *   - range.getCellProperties({ format: { protection: true } }) / setCellProperties (1.9), for the
 *     locked flag only: a flag
 *     per cell in one call each way.
 * Nothing here knows about Tracklight. Flags are kept as the rectangles written, last one wins, so
 * unlocking a whole sheet is one entry, not a billion cells.
 */
import { FakeExcelError, type Rect } from './excelFakeA1';
import { FakeObject, type Batch, type RangeModel } from './excelFakeProxy';
import type { FakeSheet } from './excelFakeWorkbook';

/** Excel.WorksheetProtectionOptions' allow flags, as Office lists them. */
export const PROTECTION_OPTIONS = [
  'allowAutoFilter',
  'allowDeleteColumns',
  'allowDeleteRows',
  'allowEditObjects',
  'allowEditScenarios',
  'allowFormatCells',
  'allowFormatColumns',
  'allowFormatRows',
  'allowInsertColumns',
  'allowInsertHyperlinks',
  'allowInsertRows',
  'allowPivotTables',
  'allowSort',
] as const;
const noOptions = () => Object.fromEntries(PROTECTION_OPTIONS.map((name) => [name, false]));
/** The password a seeded (school's) protection has: never one a host is given. */
const SCHOOL_PASSWORD = Symbol('the school password');

interface SheetProtectionState {
  options: Record<string, boolean>;
  password: string | symbol | undefined;
  layers: { rect: Rect; locked: boolean }[];
}
const states = new WeakMap<FakeSheet, SheetProtectionState>();
function stateOf(sheet: FakeSheet): SheetProtectionState {
  let state = states.get(sheet);
  if (!state) {
    state = { options: noOptions(), password: sheet.isProtected ? SCHOOL_PASSWORD : undefined, layers: [] };
    states.set(sheet, state);
  }
  return state;
}

/** worksheet.id (ExcelApi 1.1): fixed for the sheet's life, whatever it is renamed to. */
const ids = new WeakMap<FakeSheet, string>();
let nextId = 0;
export function worksheetId(sheet: FakeSheet): string {
  if (!ids.has(sheet)) ids.set(sheet, `{00000000-0000-0000-0000-${String((nextId += 1)).padStart(12, '0')}}`);
  return ids.get(sheet)!;
}

const inside = (rect: Rect, row: number, column: number) =>
  row >= rect.row && row < rect.row + rect.rows && column >= rect.column && column < rect.column + rect.columns;

/** For tests and the proxies: each cell's locked flag, row by row. */
export function lockedFlags(sheet: FakeSheet, rect: Rect): boolean[][] {
  if (rect.rows * rect.columns > 5_000_000)
    throw new FakeExcelError('InvalidArgument', 'The fake reads locked flags of up to 5,000,000 cells');
  const { layers } = stateOf(sheet);
  return Array.from({ length: rect.rows }, (_, r) =>
    Array.from({ length: rect.columns }, (__, c) => {
      for (let index = layers.length - 1; index >= 0; index -= 1)
        if (inside(layers[index]!.rect, rect.row + r, rect.column + c)) return layers[index]!.locked;
      return true;
    }),
  );
}

/** For tests: the options the sheet is protected with (all false when it is not). */
export const protectionOptions = (sheet: FakeSheet): Record<string, boolean> => ({ ...stateOf(sheet).options });

/** For tests: flags as the school set them by hand before the test; the sheet must not be protected. */
export const seedLocked = (sheet: FakeSheet, rect: Rect, locked: boolean): void => setLocked(sheet, rect, locked);

function setLocked(sheet: FakeSheet, rect: Rect, locked: unknown): void {
  if (typeof locked !== 'boolean') throw new FakeExcelError('InvalidArgument', 'locked takes true or false');
  sheet.assertWritable();
  stateOf(sheet).layers.push({ rect: { ...rect }, locked });
}

export class WorksheetProtection extends FakeObject<FakeSheet> {
  protected readonly scalars = {
    protected: (sheet: FakeSheet) => sheet.isProtected,
    options: (sheet: FakeSheet) => ({ ...stateOf(sheet).options }),
  };
  constructor(batch: Batch, resolve: () => FakeSheet | null) {
    super(batch, resolve, 'WorksheetProtection');
  }
  get protected(): boolean {
    return this.read('protected');
  }
  get options(): Record<string, boolean> {
    return this.read('options');
  }
  protect(options: Record<string, unknown> = {}, password?: string): void {
    this.queue('protect', (sheet) => {
      if (sheet.isProtected) throw new FakeExcelError('InvalidOperation', `The sheet '${sheet.name}' is already protected`);
      const unknown = Object.keys(options).filter((name) => !(PROTECTION_OPTIONS as readonly string[]).includes(name));
      if (unknown.length > 0) throw new FakeExcelError('InvalidArgument', `Not protection options: ${unknown.join(', ')}`);
      const state = stateOf(sheet);
      state.options = { ...noOptions(), ...(options as Record<string, boolean>) };
      state.password = password;
      sheet.isProtected = true;
    });
  }
  unprotect(password?: string): void {
    this.queue('unprotect', (sheet) => {
      const state = stateOf(sheet);
      if (sheet.isProtected && state.password !== undefined && state.password !== password)
        throw new FakeExcelError('InvalidArgument', 'The password you supplied is not correct');
      state.options = noOptions();
      state.password = undefined;
      sheet.isProtected = false;
    });
  }
}

/** range.format.protection. */
export class FormatProtection extends FakeObject<RangeModel> {
  protected readonly scalars = {
    locked: ({ sheet, rect }: RangeModel) => {
      const flags = lockedFlags(sheet, rect).flat();
      return flags.every((flag) => flag === flags[0]) ? flags[0] : null;
    },
  };
  constructor(batch: Batch, resolve: () => RangeModel | null) {
    super(batch, resolve, 'FormatProtection');
  }
  get locked(): boolean | null {
    return this.read('locked');
  }
  set locked(locked: boolean) {
    this.queue('locked=', ({ sheet, rect }) => setLocked(sheet, rect, locked));
  }
}

type CellProperties = { format?: { protection?: { locked?: unknown } } };

/** range.getCellProperties({ format: { protection: true } }): the flags arrive in `.value` at the next sync. */
export function getCellProperties(batch: Batch, resolve: () => RangeModel | null, spec: unknown): { value: CellProperties[][] } {
  const wanted = (spec as { format?: { protection?: unknown } } | null)?.format?.protection;
  if (wanted !== true || Object.keys(spec as object).length !== 1)
    throw new FakeExcelError('InvalidArgument', 'The fake models getCellProperties({ format: { protection: true } }) only');
  let value: CellProperties[][] | null = null;
  batch.pending.push(() => {
    const model = resolve();
    if (!model) throw new FakeExcelError('InvalidObjectPath', 'Range is a null object');
    value = lockedFlags(model.sheet, model.rect).map((row) => row.map((locked) => ({ format: { protection: { locked } } })));
  });
  return {
    get value(): CellProperties[][] {
      if (value === null) throw new FakeExcelError('PropertyNotLoaded', 'getCellProperties: call context.sync() before reading value');
      return value;
    },
  };
}

/** range.setCellProperties(cells): each cell's format.protection.locked, where given. */
export function setCellProperties({ sheet, rect }: RangeModel, cells: unknown): void {
  if (!Array.isArray(cells) || cells.length !== rect.rows || cells.some((row) => !Array.isArray(row) || row.length !== rect.columns))
    throw new FakeExcelError('InvalidArgument', 'setCellProperties takes one entry per cell of the range');
  sheet.assertWritable();
  (cells as CellProperties[][]).forEach((row, r) =>
    row.forEach((cell, c) => {
      const locked = cell?.format?.protection?.locked;
      if (locked !== undefined) setLocked(sheet, { row: rect.row + r, column: rect.column + c, rows: 1, columns: 1 }, locked);
    }),
  );
}
