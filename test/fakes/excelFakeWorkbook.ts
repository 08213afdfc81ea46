/**
 * The in-memory workbook behind the Excel fake (excelFake.ts): sheets with a real grid of values,
 * a protection flag and an ordered list of conditional formats (first = highest priority), plus
 * the counts and logs tests read. Plain Excel behaviour only; nothing here knows about Tracklight.
 */

/** 0-based position and size. */
export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
export const WHOLE_SHEET: Rect = { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS };
/** Roughly where Excel on the web refuses a response as too large. */
const MAX_CELLS_READ = 5_000_000;

/** Office's errors carry a code (ItemNotFound, PropertyNotLoaded, AccessDenied...) beside the message. */
export class FakeExcelError extends Error {
  override name = 'RichApi.Error';
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

export interface FakeConditionalFormat {
  /** 'Custom', 'DataBar', 'CellValue'... as Excel.ConditionalFormatType spells them. */
  type: string;
  /** Where it applies, e.g. 'F4:H303'. */
  range: string;
  /** A custom format's rule formula. */
  formula?: string;
  fill?: string;
  fontColor?: string;
  /** Any other settings a seeded format has (a data bar's colour...): kept as they are. */
  details?: Record<string, unknown>;
}

export interface FakeSheetSeed {
  name: string;
  values?: unknown[][];
  isProtected?: boolean;
  conditionalFormats?: FakeConditionalFormat[];
  /** Cells with formatting but no values (borders drawn down to row 1000...): part of the used range unless valuesOnly. */
  formatted?: string;
}

export interface WriteRecord {
  sheet: string;
  address: string;
  kind: 'values' | 'formulas';
  data: unknown[][];
}

const letters = (column: number): string => {
  let text = '';
  for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) text = String.fromCharCode(65 + ((rest - 1) % 26)) + text;
  return text;
};
const columnIndex = (text: string): number => [...text.toUpperCase()].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) - 1;

/** 'A1', 'B2:D9', '$A$1:$L$15', 'A:C', '3:5', with or without a sheet name before '!'. */
export function parseAddress(address: string): Rect {
  const cells = address.slice(address.lastIndexOf('!') + 1).replace(/\$/g, '').toUpperCase();
  const [first, last = first] = cells.split(':');
  const part = (text: string | undefined) => /^([A-Z]{0,3})(\d{0,7})$/.exec(text ?? '');
  const [a, b] = [part(first), part(last)];
  if (!a || !b || cells.split(':').length > 2 || (!a[1] && !a[2]) || Boolean(a[1]) !== Boolean(b[1]) || Boolean(a[2]) !== Boolean(b[2])) {
    throw new FakeExcelError('InvalidArgument', `'${address}' is not a range address`);
  }
  const rows = a[2] ? [Number(a[2]) - 1, Number(b[2]) - 1] : [0, MAX_ROWS - 1];
  const columns = a[1] ? [columnIndex(a[1]), columnIndex(b[1]!)] : [0, MAX_COLUMNS - 1];
  const [top, bottom] = [Math.min(rows[0]!, rows[1]!), Math.max(rows[0]!, rows[1]!)];
  const [left, right] = [Math.min(columns[0]!, columns[1]!), Math.max(columns[0]!, columns[1]!)];
  if (top < 0 || bottom >= MAX_ROWS || right >= MAX_COLUMNS) throw new FakeExcelError('InvalidArgument', `'${address}' is outside the sheet`);
  return { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

export function formatAddress(rect: Rect): string {
  const first = `${letters(rect.column)}${rect.row + 1}`;
  const last = `${letters(rect.column + rect.columns - 1)}${rect.row + rect.rows}`;
  return first === last ? first : `${first}:${last}`;
}

export const intersects = (a: Rect, b: Rect): boolean =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

export class FakeSheet {
  name: string;
  isProtected: boolean;
  conditionalFormats: FakeConditionalFormat[];
  private readonly cells: unknown[][] = [];
  /** Cells Excel would hold as formulas: written through `formulas`, or text starting with '=' written through `values`. */
  private readonly formulaCells = new Set<string>();
  private readonly formatted: Rect | null;

  constructor(seed: FakeSheetSeed, private readonly workbook: FakeWorkbook) {
    this.name = seed.name;
    this.isProtected = seed.isProtected ?? false;
    this.conditionalFormats = structuredClone(seed.conditionalFormats ?? []);
    this.formatted = seed.formatted ? parseAddress(seed.formatted) : null;
    (seed.values ?? []).forEach((row, r) => row.forEach((value, c) => this.put(r, c, structuredClone(value))));
  }

  quotedName(): string {
    return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(this.name) ? this.name : `'${this.name.replace(/'/g, "''")}'`;
  }

  private put(row: number, column: number, value: unknown): void {
    (this.cells[row] ??= [])[column] = isEmpty(value) ? undefined : value;
  }

  usedRect(valuesOnly: boolean): Rect | null {
    let [top, bottom, left, right] = [Infinity, -1, Infinity, -1];
    this.cells.forEach((row, r) => row?.forEach((value, c) => {
      if (isEmpty(value)) return;
      [top, bottom, left, right] = [Math.min(top, r), Math.max(bottom, r), Math.min(left, c), Math.max(right, c)];
    }));
    if (!valuesOnly && this.formatted) {
      const f = this.formatted;
      [top, bottom, left, right] = [Math.min(top, f.row), Math.max(bottom, f.row + f.rows - 1), Math.min(left, f.column), Math.max(right, f.column + f.columns - 1)];
    }
    return bottom < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  readValues(rect: Rect): unknown[][] {
    if (rect.rows * rect.columns > MAX_CELLS_READ) {
      throw new FakeExcelError('ResponsePayloadSizeLimitExceeded', `Reading ${formatAddress(rect)} would return ${rect.rows * rect.columns} cells`);
    }
    this.workbook.valueReads.push({ sheet: this.name, address: formatAddress(rect) });
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.columns }, (_, c) => structuredClone(this.cells[rect.row + r]?.[rect.column + c] ?? '')));
  }

  private assertWritable(): void {
    if (this.isProtected) throw new FakeExcelError('AccessDenied', `The sheet '${this.name}' is protected: Excel refuses changes to it`);
  }

  write(rect: Rect, data: unknown[][], kind: 'values' | 'formulas'): void {
    this.assertWritable();
    if (!Array.isArray(data) || data.length !== rect.rows || data.some((row) => !Array.isArray(row) || row.length !== rect.columns)) {
      throw new FakeExcelError('InvalidArgument', `The ${kind} written to ${formatAddress(rect)} do not match its ${rect.rows} x ${rect.columns} size`);
    }
    data.forEach((row, r) => row.forEach((value, c) => {
      const [sheetRow, sheetColumn] = [rect.row + r, rect.column + c];
      this.put(sheetRow, sheetColumn, structuredClone(value));
      const isFormula = typeof value === 'string' && value.startsWith('=') && value.length > 1;
      if (isFormula) this.formulaCells.add(`${sheetRow},${sheetColumn}`);
      else this.formulaCells.delete(`${sheetRow},${sheetColumn}`);
    }));
    this.workbook.writes.push({ sheet: this.name, address: formatAddress(rect), kind, data: structuredClone(data) });
  }

  addConditionalFormat(format: FakeConditionalFormat): FakeConditionalFormat {
    this.assertWritable();
    this.conditionalFormats.unshift(format);
    return format;
  }

  existingFormat(format: FakeConditionalFormat): { sheet: FakeSheet; format: FakeConditionalFormat } {
    if (!this.conditionalFormats.includes(format)) throw new FakeExcelError('ItemNotFound', 'That conditional format has been deleted');
    return { sheet: this, format };
  }

  deleteConditionalFormat(format: FakeConditionalFormat): void {
    this.assertWritable();
    this.conditionalFormats.splice(this.conditionalFormats.indexOf(format), 1);
  }

  changeConditionalFormat(format: FakeConditionalFormat, field: 'formula' | 'fill' | 'fontColor', value: string): void {
    this.assertWritable();
    format[field] = value;
  }

  /** For tests: every value from A1 to the last used cell, blanks as ''. */
  values(): unknown[][] {
    const used = this.usedRect(true);
    if (!used) return [];
    const rect = { row: 0, column: 0, rows: used.row + used.rows, columns: used.column + used.columns };
    return Array.from({ length: rect.rows }, (_, r) => Array.from({ length: rect.columns }, (_, c) => this.cells[r]?.[c] ?? ''));
  }

  /** For tests: the addresses of cells Excel would hold as formulas. */
  formulaAddresses(): string[] {
    return [...this.formulaCells].map((key) => {
      const [row, column] = key.split(',').map(Number);
      return formatAddress({ row: row!, column: column!, rows: 1, columns: 1 });
    });
  }
}

export class FakeWorkbook {
  readonly sheets: FakeSheet[];
  private active: FakeSheet;
  syncs = 0;
  runs = 0;
  readonly calls = new Map<string, number>();
  readonly writes: WriteRecord[] = [];
  readonly valueReads: { sheet: string; address: string }[] = [];

  constructor(seeds: FakeSheetSeed[], activeName?: string) {
    if (seeds.length === 0) throw new Error('An Excel workbook always has at least one sheet');
    this.sheets = seeds.map((seed) => new FakeSheet(seed, this));
    this.active = activeName ? this.sheetNamed(activeName) : this.sheets[0]!;
  }

  count(call: string): void {
    this.calls.set(call, (this.calls.get(call) ?? 0) + 1);
  }

  /** Every API call so far (methods, property writes and loads), not counting syncs. */
  get callCount(): number {
    return [...this.calls.values()].reduce((sum, calls) => sum + calls, 0);
  }

  callsTo(call: string): number {
    return this.calls.get(call) ?? 0;
  }

  resetCounts(): void {
    this.syncs = 0;
    this.runs = 0;
    this.calls.clear();
    this.writes.length = 0;
    this.valueReads.length = 0;
  }

  /** Excel compares sheet names without regard to case. */
  sheetNamed(name: string): FakeSheet {
    const sheet = this.sheets.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (!sheet) throw new FakeExcelError('ItemNotFound', `There is no sheet named '${name}'`);
    return sheet;
  }

  existing(sheet: FakeSheet): FakeSheet {
    if (!this.sheets.includes(sheet)) throw new FakeExcelError('ItemNotFound', `The sheet '${sheet.name}' has been deleted`);
    return sheet;
  }

  activeSheet(): FakeSheet {
    return this.active;
  }

  get activeSheetName(): string {
    return this.active.name;
  }

  activate(sheet: FakeSheet): void {
    this.active = this.existing(sheet);
  }

  /** Excel's rules for a new sheet's name: 1 to 31 characters, none of : \ / ? * [ ], not wrapped in ', unique. */
  addSheet(name: string): FakeSheet {
    if (name.trim() === '' || name.length > 31 || /[:\\/?*[\]]/.test(name) || /^'|'$/.test(name)) {
      throw new FakeExcelError('InvalidArgument', `'${name}' is not a sheet name Excel accepts`);
    }
    if (this.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) {
      throw new FakeExcelError('ItemAlreadyExists', `A sheet named '${name}' already exists`);
    }
    const sheet = new FakeSheet({ name }, this);
    this.sheets.push(sheet);
    return sheet;
  }
}
