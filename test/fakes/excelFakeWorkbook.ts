/**
 * The in-memory workbook behind the Excel fake (excelFake.ts): sheets with a real grid of values,
 * a protection flag, an ordered list of conditional formats (first = highest priority), and cell
 * formatting and charts (excelFakeFormatting.ts), plus the counts and logs tests read. Plain Excel
 * behaviour only; nothing here knows about Tracklight.
 */
import { defaultPageSetup, type FakePageSetup } from './excelFakePageSetup';
import { FakeExcelError, formatAddress, parseAddress, type Rect } from './excelFakeA1';
import { SheetFormatting, type FakeChart, type FakeFormattingSeed, type FormattingSnapshot } from './excelFakeFormatting';
import { SheetValidation } from './excelFakeValidation';
import { excelTypedInput } from './typedInput';

export { FakeExcelError, formatAddress, intersects, MAX_COLUMNS, MAX_ROWS, parseAddress, WHOLE_SHEET, type Rect } from './excelFakeA1';

/** Roughly where Excel on the web refuses a response as too large. */
const MAX_CELLS_READ = 5_000_000;

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

/** A sheet as a test starts it; number formats, bold cells, column widths and charts are optional too. */
export interface FakeSheetSeed extends FakeFormattingSeed {
  name: string;
  values?: unknown[][];
  isProtected?: boolean;
  conditionalFormats?: FakeConditionalFormat[];
  /** Cells with formatting but no values (borders drawn down to row 1000...): part of the used range unless valuesOnly. */
  formatted?: string;
  /** The worksheet's custom properties (ExcelApi 1.12), key -> value, as an earlier session left them. */
  customProperties?: Record<string, string>;
  /** Data validation the school set (address -> rule, e.g. 'F4:H300' -> 'list:9,8,7'), modelled in excelFakeValidation.ts. */
  dataValidation?: Record<string, string>;
  /** 'Visible' (the default), 'Hidden' or 'VeryHidden'. */
  visibility?: string;
}

export interface WriteRecord {
  sheet: string;
  address: string;
  kind: 'values' | 'formulas';
  data: unknown[][];
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/** Written through `range.formulas`: text starting with '=' is a formula, anything else is stored as given. */
const asFormulaInput = (input: unknown): { value: unknown; formula: string } => ({
  value: input,
  formula: typeof input === 'string' && input.startsWith('=') && input.length > 1 ? input : '',
});

export class FakeSheet {
  name: string;
  isProtected: boolean;
  conditionalFormats: FakeConditionalFormat[];
  /** Worksheet custom properties by lower-case key (Excel compares keys without regard to case). */
  readonly customProperties = new Map<string, { key: string; value: string }>();
  /** Each cell's data validation rule (range.dataValidation). */
  readonly validation: SheetValidation;
  /** worksheet.pageLayout's print area, orientation, paper and zoom. */
  readonly pageSetup: FakePageSetup = defaultPageSetup();
  visibility: string;
  private readonly cells: unknown[][] = [];
  /**
   * Cells Excel would hold as formulas: written through `formulas`, or text Excel reads as a formula
   * written through `values` (typedInput.ts).
   */
  private readonly formulaCells = new Set<string>();
  private readonly formatted: Rect | null;
  private readonly formatting: SheetFormatting;

  constructor(
    seed: FakeSheetSeed,
    private readonly workbook: FakeWorkbook,
  ) {
    this.name = seed.name;
    this.isProtected = seed.isProtected ?? false;
    this.conditionalFormats = structuredClone(seed.conditionalFormats ?? []);
    this.formatted = seed.formatted ? parseAddress(seed.formatted) : null;
    this.formatting = new SheetFormatting(seed, parseAddress);
    (seed.values ?? []).forEach((row, r) => row.forEach((value, c) => this.put(r, c, structuredClone(value))));
    for (const [key, value] of Object.entries(seed.customProperties ?? {})) this.customProperties.set(key.toLowerCase(), { key, value });
    this.validation = new SheetValidation(seed.dataValidation, (name) =>
      workbook.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase()),
    );
    this.visibility = seed.visibility ?? 'Visible';
  }

  quotedName(): string {
    return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(this.name) ? this.name : `'${this.name.replace(/'/g, "''")}'`;
  }

  private put(row: number, column: number, value: unknown): void {
    (this.cells[row] ??= [])[column] = isEmpty(value) ? undefined : value;
  }

  usedRect(valuesOnly: boolean): Rect | null {
    let [top, bottom, left, right] = [Infinity, -1, Infinity, -1];
    this.cells.forEach((row, r) =>
      row?.forEach((value, c) => {
        if (isEmpty(value)) return;
        [top, bottom, left, right] = [Math.min(top, r), Math.max(bottom, r), Math.min(left, c), Math.max(right, c)];
      }),
    );
    // Without valuesOnly, Excel counts formatted cells as used too.
    for (const f of valuesOnly ? [] : [this.formatted, this.formatting.formattedRect(), this.validation.boundingRect()]) {
      if (!f) continue;
      [top, bottom, left, right] = [
        Math.min(top, f.row),
        Math.max(bottom, f.row + f.rows - 1),
        Math.min(left, f.column),
        Math.max(right, f.column + f.columns - 1),
      ];
    }
    return bottom < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  readValues(rect: Rect): unknown[][] {
    if (rect.rows * rect.columns > MAX_CELLS_READ) {
      throw new FakeExcelError(
        'ResponsePayloadSizeLimitExceeded',
        `Reading ${formatAddress(rect)} would return ${rect.rows * rect.columns} cells`,
      );
    }
    this.workbook.valueReads.push({ sheet: this.name, address: formatAddress(rect) });
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.columns }, (_, c) => structuredClone(this.cells[rect.row + r]?.[rect.column + c] ?? '')),
    );
  }

  /** range.formulas: a formula cell's formula, any other cell's value ('' when empty), as Excel gives them. */
  readFormulas(rect: Rect): unknown[][] {
    return Array.from({ length: rect.rows }, (_, r) =>
      Array.from({ length: rect.columns }, (_, c) => structuredClone(this.cells[rect.row + r]?.[rect.column + c] ?? '')),
    );
  }

  assertWritable(): void {
    if (this.isProtected) throw new FakeExcelError('AccessDenied', `The sheet '${this.name}' is protected: Excel refuses changes to it`);
  }

  write(rect: Rect, data: unknown[][], kind: 'values' | 'formulas'): void {
    this.assertWritable();
    if (!Array.isArray(data) || data.length !== rect.rows || data.some((row) => !Array.isArray(row) || row.length !== rect.columns)) {
      throw new FakeExcelError(
        'InvalidArgument',
        `The ${kind} written to ${formatAddress(rect)} do not match its ${rect.rows} x ${rect.columns} size`,
      );
    }
    data.forEach((row, r) =>
      row.forEach((input, c) => {
        const [sheetRow, sheetColumn] = [rect.row + r, rect.column + c];
        const { value, formula } = kind === 'values' ? excelTypedInput(input) : asFormulaInput(input);
        this.put(sheetRow, sheetColumn, structuredClone(value));
        if (formula !== '') this.formulaCells.add(`${sheetRow},${sheetColumn}`);
        else this.formulaCells.delete(`${sheetRow},${sheetColumn}`);
      }),
    );
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

  setNumberFormats(rect: Rect, formats: unknown[][]): void {
    this.assertWritable();
    this.formatting.setNumberFormats(rect, formats);
  }

  numberFormatsIn(rect: Rect): string[][] {
    return this.formatting.numberFormatsIn(rect);
  }

  setBold(rect: Rect, bold: boolean): void {
    this.assertWritable();
    this.formatting.setBold(rect, bold);
  }

  boldIn(rect: Rect): boolean | null {
    return this.formatting.boldIn(rect);
  }

  setColumnWidth(rect: Rect, points: number): void {
    this.assertWritable();
    this.formatting.setColumnWidth(rect, points);
  }

  columnWidthOf(rect: Rect): number | null {
    return this.formatting.columnWidthOf(rect);
  }

  cornerOf(rect: Rect): { top: number; left: number } {
    return this.formatting.cornerOf(rect);
  }

  get charts(): FakeChart[] {
    return this.formatting.charts;
  }

  addChart(chart: FakeChart): FakeChart {
    this.assertWritable();
    this.formatting.charts.push(chart);
    return chart;
  }

  existingChart(chart: FakeChart): { sheet: FakeSheet; chart: FakeChart } {
    if (!this.formatting.charts.includes(chart)) throw new FakeExcelError('ItemNotFound', 'That chart has been deleted');
    return { sheet: this, chart };
  }

  changeChart(chart: FakeChart, change: (chart: FakeChart) => void): void {
    this.assertWritable();
    change(this.existingChart(chart).chart);
  }

  /** For tests: number formats, bold cells, column widths and charts, copied. */
  formattingSnapshot(): FormattingSnapshot {
    return this.formatting.snapshot();
  }

  deleteConditionalFormat(format: FakeConditionalFormat): void {
    this.assertWritable();
    this.conditionalFormats.splice(this.conditionalFormats.indexOf(format), 1);
  }

  changeConditionalFormat(format: FakeConditionalFormat, field: 'formula' | 'fill' | 'fontColor', value: string): void {
    this.assertWritable();
    format[field] = value;
  }

  /** For tests: every data validation rule on the sheet, address(es) -> the rule (its seed, or what a host set). */
  get dataValidation(): Record<string, string> {
    return this.validation.snapshot();
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
  /** False: an Excel without ExcelApi 1.12, where worksheet.customProperties fails with ApiNotFound. */
  supportsCustomProperties = true;
  /** False stands for an Excel without ExcelApi 1.9 (worksheet.pageLayout). */
  supportsPageLayout = true;
  /** Where a formula spills, as a test says ('sheet name in lower case!A2' -> 'A2:F30'): the fake evaluates nothing itself. */
  readonly spills = new Map<string, string>();
  /** A test's way to make a command fail at sync, as Excel can at any command: return the error to throw. */
  fault: ((call: string) => Error | undefined) | null = null;

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

  /** What the user sees selected: the sheet and address of the last Range.select, which shows that sheet. */
  selection: { sheet: string; address: string } | null = null;

  select(sheet: FakeSheet, rect: Rect): void {
    this.activate(sheet);
    this.selection = { sheet: sheet.name, address: formatAddress(rect) };
  }

  /** A user deletes a sheet (Excel keeps at least one). */
  deleteSheet(name: string): void {
    if (this.sheets.length === 1) throw new FakeExcelError('InvalidOperation', 'A workbook must contain at least one visible worksheet');
    const sheet = this.sheetNamed(name);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.active === sheet) this.active = this.sheets[0]!;
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
