/**
 * A recording fake of the Excel JavaScript API (Excel.run and the proxies a host uses), over a real
 * in-memory workbook: sheets with a grid of values, a protection flag, an ordered list of
 * conditional formats, number formats, bold cells, column widths and charts. It is strict where
 * Office is strict, so a host that would fail in Excel fails here:
 *   - proxies only queue: nothing reaches the workbook, and nothing can be read, until context.sync();
 *   - reading a property that was not loaded, or not yet synced, throws PropertyNotLoaded;
 *   - Excel.run refuses to finish with commands still queued, so a forgotten sync fails;
 *   - a protected sheet refuses every change (AccessDenied); an unknown sheet is ItemNotFound;
 *   - conditionalFormats.add puts the new format first (top priority), as Excel does;
 *   - loading `custom` on a format of another type fails; `customOrNullObject` gives a null object;
 *   - values, formulas and number formats must be 2-D arrays exactly the size of the range;
 *   - text starting with '=' written as a value becomes a formula; text after an apostrophe stays text.
 * A failing command rejects its sync; commands before it stay applied, as in Excel (no rollback).
 * It counts every sync and every call (methods, property writes, loads) and logs every write and
 * every read of values. It knows nothing about Tracklight: only Excel.
 * The in-memory workbook is in excelFakeWorkbook.ts (formatting and charts in excelFakeFormatting.ts),
 * A1 arithmetic in excelFakeA1.ts; range.format and worksheet.charts are excelFakeRangeFormat.ts and
 * excelFakeCharts.ts.
 */
import { ChartCollection } from './excelFakeCharts';
import { WorksheetCustomPropertyCollection } from './excelFakeCustomProperties';
import { WorksheetPageLayout } from './excelFakePageLayout';
import { Batch, FakeCollection, FakeObject, type RangeModel } from './excelFakeProxy';
import { getCellProperties, setCellProperties, worksheetId, WorksheetProtection } from './excelFakeProtection';
import { RangeFormat } from './excelFakeRangeFormat';
import { DataValidation, specialCells, type RangeAreas } from './excelFakeValidationProxy';
import {
  FakeExcelError,
  FakeWorkbook,
  formatAddress,
  intersects,
  parseAddress,
  WHOLE_SHEET,
  type FakeConditionalFormat,
  type FakeSheet,
  type FakeSheetSeed,
} from './excelFakeWorkbook';

export { FakeExcelError, FakeWorkbook, type FakeConditionalFormat, type FakeSheetSeed } from './excelFakeWorkbook';
export { DEFAULT_COLUMN_WIDTH, DEFAULT_NUMBER_FORMAT, ROW_HEIGHT, type FakeChart, type FormattingSnapshot } from './excelFakeFormatting';

const CONDITIONAL_FORMAT_TYPES = {
  custom: 'Custom',
  dataBar: 'DataBar',
  colorScale: 'ColorScale',
  iconSet: 'IconSet',
  topBottom: 'TopBottom',
  presetCriteria: 'PresetCriteria',
  containsText: 'ContainsText',
  cellValue: 'CellValue',
} as const;

type FormatModel = { sheet: FakeSheet; format: FakeConditionalFormat };

class WorksheetCollection extends FakeCollection<FakeWorkbook, FakeSheet, Worksheet> {
  constructor(batch: Batch) {
    super(batch, () => batch.workbook, 'WorksheetCollection');
  }
  protected members(workbook: FakeWorkbook): FakeSheet[] {
    return [...workbook.sheets];
  }
  protected item(sheet: FakeSheet): Worksheet {
    return new Worksheet(this.batch, () => this.batch.workbook.existing(sheet));
  }

  getItem(name: string): Worksheet {
    this.count('getItem');
    return new Worksheet(this.batch, () => this.batch.workbook.sheetNamed(name));
  }
  getItemOrNullObject(name: string): Worksheet {
    this.count('getItemOrNullObject');
    return new Worksheet(
      this.batch,
      () => this.batch.workbook.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase()) ?? null,
    );
  }
  getActiveWorksheet(): Worksheet {
    this.count('getActiveWorksheet');
    return new Worksheet(this.batch, () => this.batch.workbook.activeSheet());
  }
  add(name: string): Worksheet {
    let added: FakeSheet | undefined;
    this.queue('add', (workbook) => (added = workbook.addSheet(name)));
    return new Worksheet(this.batch, () => {
      if (!added)
        throw new FakeExcelError('InvalidObjectPath', `The sheet '${name}' was not added: its add() failed or has not been synced`);
      return this.batch.workbook.existing(added);
    });
  }
}

class Worksheet extends FakeObject<FakeSheet> {
  protected readonly scalars = {
    name: (sheet: FakeSheet) => sheet.name,
    id: (sheet: FakeSheet) => worksheetId(sheet),
    position: (sheet: FakeSheet) => this.batch.workbook.sheets.indexOf(sheet),
    visibility: (sheet: FakeSheet) => sheet.visibility,
  };
  readonly protection = new WorksheetProtection(this.batch, this.resolve);
  readonly charts = new ChartCollection(this.batch, this.resolve);
  readonly customProperties = new WorksheetCustomPropertyCollection(this.batch, this.resolve);
  readonly pageLayout = new WorksheetPageLayout(this.batch, this.resolve);

  constructor(batch: Batch, resolve: () => FakeSheet | null) {
    super(batch, resolve, 'Worksheet');
  }
  get name(): string {
    return this.read('name');
  }
  get id(): string {
    return this.read('id');
  }
  get position(): number {
    return this.read('position');
  }
  get visibility(): string {
    return this.read('visibility');
  }
  /** Excel keeps at least one sheet visible; 'VeryHidden' is only settable by code, never from Excel's UI. */
  set visibility(visibility: string) {
    this.queue('visibility=', (sheet) => {
      if (!['Visible', 'Hidden', 'VeryHidden'].includes(visibility))
        throw new FakeExcelError('InvalidArgument', `'${visibility}' is not a visibility`);
      const others = this.batch.workbook.sheets.filter((other) => other !== sheet && other.visibility === 'Visible');
      if (visibility !== 'Visible' && others.length === 0)
        throw new FakeExcelError('InvalidOperation', 'A workbook must keep at least one visible sheet');
      sheet.visibility = visibility;
    });
  }
  protected override navigation(name: string) {
    return name === 'protection'
      ? this.protection
      : name === 'charts'
        ? this.charts
        : name === 'customProperties'
          ? this.customProperties
          : name === 'pageLayout'
            ? this.pageLayout
            : undefined;
  }

  getRange(address?: string): Range {
    this.count('getRange');
    return new Range(this.batch, () => ({ sheet: this.resolve()!, rect: address === undefined ? WHOLE_SHEET : parseAddress(address) }));
  }
  getUsedRange(valuesOnly?: boolean): Range {
    this.count('getUsedRange');
    // A blank sheet's used range is A1, not an error.
    return new Range(this.batch, () => ({
      sheet: this.resolve()!,
      rect: this.resolve()!.usedRect(valuesOnly === true) ?? parseAddress('A1'),
    }));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    this.count('getUsedRangeOrNullObject');
    return new Range(this.batch, () => {
      const rect = this.resolve()!.usedRect(valuesOnly === true);
      return rect ? { sheet: this.resolve()!, rect } : null;
    });
  }
  activate(): void {
    this.queue('activate', (sheet) => this.batch.workbook.activate(sheet));
  }
}

class Range extends FakeObject<RangeModel> {
  protected readonly scalars = {
    address: ({ sheet, rect }: RangeModel) => `${sheet.quotedName()}!${formatAddress(rect)}`,
    rowIndex: ({ rect }: RangeModel) => rect.row,
    columnIndex: ({ rect }: RangeModel) => rect.column,
    rowCount: ({ rect }: RangeModel) => rect.rows,
    columnCount: ({ rect }: RangeModel) => rect.columns,
    values: ({ sheet, rect }: RangeModel) => sheet.readValues(rect),
    formulas: ({ sheet, rect }: RangeModel) => sheet.readFormulas(rect),
    numberFormat: ({ sheet, rect }: RangeModel) => sheet.numberFormatsIn(rect),
  };
  readonly conditionalFormats = new ConditionalFormatCollection(this.batch, this.resolve);
  readonly format = new RangeFormat(this.batch, this.resolve);
  readonly dataValidation = new DataValidation(this.batch, () => {
    const model = this.resolve();
    return model && { sheet: model.sheet, rects: [model.rect] };
  });

  constructor(batch: Batch, resolve: () => RangeModel | null) {
    super(batch, resolve, 'Range');
  }
  protected override navigation(name: string) {
    return name === 'conditionalFormats'
      ? this.conditionalFormats
      : name === 'format'
        ? this.format
        : name === 'dataValidation'
          ? this.dataValidation
          : undefined;
  }
  /** ExcelApi 1.9: the cells of this range that match, or a null object when none does ('DataValidations' only here). */
  getSpecialCellsOrNullObject(cellType: string): RangeAreas {
    this.count('getSpecialCellsOrNullObject');
    return specialCells(this.batch, this.resolve, cellType);
  }
  /**
   * ExcelApi 1.12: where this cell's dynamic-array formula spills now. The fake evaluates no formula,
   * so nothing spills unless a test says so with workbook.spills ('Sheet!A2' -> 'A2:F30').
   */
  getSpillingToRangeOrNullObject(): Range {
    this.count('getSpillingToRangeOrNullObject');
    return new Range(this.batch, () => {
      if (!this.batch.workbook.supportsCustomProperties)
        throw new FakeExcelError('ApiNotFound', 'getSpillingToRangeOrNullObject needs ExcelApi 1.12');
      const { sheet, rect } = this.rangeModel();
      const spill = this.batch.workbook.spills.get(`${sheet.name.toLowerCase()}!${formatAddress(rect)}`);
      return spill ? { sheet, rect: parseAddress(spill) } : null;
    });
  }
  /** Not Excel's: how charts.add and setPosition, at sync, find the cells this range stands for. */
  rangeModel(): RangeModel {
    const model = this.resolve();
    if (model === null) throw new FakeExcelError('InvalidObjectPath', 'Range is a null object and cannot be used here');
    return model;
  }
  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(values: unknown[][]) {
    this.queue('values=', ({ sheet, rect }) => sheet.write(rect, values, 'values'));
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(formulas: unknown[][]) {
    this.queue('formulas=', ({ sheet, rect }) => sheet.write(rect, formulas, 'formulas'));
  }
  get numberFormat(): string[][] {
    return this.read('numberFormat');
  }
  set numberFormat(formats: unknown[][]) {
    this.queue('numberFormat=', ({ sheet, rect }) => sheet.setNumberFormats(rect, formats));
  }
  /** ExcelApi 1.9, for format.protection.locked only (excelFakeProtection.ts). */
  getCellProperties(spec: unknown): { value: unknown[][] } {
    this.count('getCellProperties');
    return getCellProperties(this.batch, this.resolve, spec);
  }
  setCellProperties(cells: unknown): void {
    this.queue('setCellProperties', (model) => setCellProperties(model, cells));
  }
  /** Range.select (ExcelApi 1.1): selects the range in the Excel UI, showing its sheet. */
  select(): void {
    this.queue('select', ({ sheet, rect }) => this.batch.workbook.select(sheet, rect));
  }
}

class ConditionalFormatCollection extends FakeCollection<RangeModel, FormatModel, ConditionalFormat> {
  constructor(batch: Batch, resolve: () => RangeModel | null) {
    super(batch, resolve, 'ConditionalFormatCollection');
  }
  /** The formats that intersect the range, in priority order. */
  protected members({ sheet, rect }: RangeModel): FormatModel[] {
    return sheet.conditionalFormats.filter((format) => intersects(parseAddress(format.range), rect)).map((format) => ({ sheet, format }));
  }
  protected item(model: FormatModel): ConditionalFormat {
    return new ConditionalFormat(this.batch, () => model.sheet.existingFormat(model.format));
  }

  add(type: string): ConditionalFormat {
    let added: FormatModel | undefined;
    this.queue('add', ({ sheet, rect }) => {
      if (!Object.values(CONDITIONAL_FORMAT_TYPES).includes(type as never))
        throw new FakeExcelError('InvalidArgument', `'${type}' is not a conditional format type`);
      added = { sheet, format: sheet.addConditionalFormat({ type, range: formatAddress(rect) }) };
    });
    return new ConditionalFormat(this.batch, () => {
      if (!added)
        throw new FakeExcelError('InvalidObjectPath', 'This conditional format was not added: its add() failed or has not been synced');
      return added.sheet.existingFormat(added.format);
    });
  }
}

class ConditionalFormat extends FakeObject<FormatModel> {
  protected readonly scalars = {
    type: ({ format }: FormatModel) => format.type,
    priority: ({ sheet, format }: FormatModel) => sheet.conditionalFormats.indexOf(format),
  };
  readonly custom = new CustomConditionalFormat(this.batch, () => {
    const model = this.resolve()!;
    if (model.format.type !== 'Custom')
      throw new FakeExcelError(
        'InvalidArgument',
        `A ${model.format.type} conditional format has no custom properties: use customOrNullObject`,
      );
    return model;
  });
  readonly customOrNullObject = new CustomConditionalFormat(this.batch, () => {
    const model = this.resolve()!;
    return model.format.type === 'Custom' ? model : null;
  });

  constructor(batch: Batch, resolve: () => FormatModel) {
    super(batch, resolve, 'ConditionalFormat');
  }
  protected override navigation(name: string) {
    return name === 'custom' ? this.custom : name === 'customOrNullObject' ? this.customOrNullObject : undefined;
  }
  get type(): string {
    return this.read('type');
  }
  get priority(): number {
    return this.read('priority');
  }
  delete(): void {
    this.queue('delete', ({ sheet, format }) => sheet.deleteConditionalFormat(format));
  }
  getRange(): Range {
    this.count('getRange');
    return new Range(this.batch, () => ({ sheet: this.resolve()!.sheet, rect: parseAddress(this.resolve()!.format.range) }));
  }
}

class CustomConditionalFormat extends FakeObject<FormatModel> {
  protected readonly scalars = {};
  readonly rule = new FormatPart(this.batch, this.resolve, 'ConditionalFormatRule', 'formula', 'formula');
  readonly format = new ConditionalRangeFormat(this.batch, this.resolve);
  constructor(batch: Batch, resolve: () => FormatModel | null) {
    super(batch, resolve, 'CustomConditionalFormat');
  }
  protected override navigation(name: string) {
    return name === 'rule' ? this.rule : name === 'format' ? this.format : undefined;
  }
}

class ConditionalRangeFormat extends FakeObject<FormatModel> {
  protected readonly scalars = {};
  readonly fill = new FormatPart(this.batch, this.resolve, 'ConditionalRangeFill', 'color', 'fill');
  readonly font = new FormatPart(this.batch, this.resolve, 'ConditionalRangeFont', 'color', 'fontColor');
  constructor(batch: Batch, resolve: () => FormatModel | null) {
    super(batch, resolve, 'ConditionalRangeFormat');
  }
  protected override navigation(name: string) {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : undefined;
  }
}

/** One settable text of a conditional format: rule.formula, fill.color or font.color. */
class FormatPart extends FakeObject<FormatModel> {
  protected readonly scalars: Record<string, (model: FormatModel) => unknown>;
  constructor(
    batch: Batch,
    resolve: () => FormatModel | null,
    typeName: string,
    private readonly property: 'formula' | 'color',
    private readonly field: 'formula' | 'fill' | 'fontColor',
  ) {
    super(batch, resolve, typeName);
    this.scalars = { [property]: ({ format }: FormatModel) => format[field] ?? null };
  }
  get formula(): string {
    return this.read('formula');
  }
  set formula(value: string) {
    this.set(value);
  }
  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.set(value);
  }
  private set(value: string): void {
    this.queue(`${this.property}=`, ({ sheet, format }) => sheet.changeConditionalFormat(format, this.field, value));
  }
}

class FakeRequestContext {
  private readonly batch: Batch;
  readonly workbook: { worksheets: WorksheetCollection };
  constructor(workbook: FakeWorkbook) {
    this.batch = new Batch(workbook);
    this.workbook = { worksheets: new WorksheetCollection(this.batch) };
  }
  get queued(): number {
    return this.batch.pending.length;
  }
  async sync(): Promise<void> {
    this.batch.workbook.syncs += 1;
    const commands = this.batch.pending.splice(0);
    await Promise.resolve();
    for (const command of commands) command();
  }
}

export interface ExcelFake {
  /** Stands in for the global `Excel`: pass it to the host (cast to the host's parameter type). */
  excel: {
    run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T>;
    ConditionalFormatType: typeof CONDITIONAL_FORMAT_TYPES;
  };
  workbook: FakeWorkbook;
}

/** `customProperties: false` stands for an Excel without ExcelApi 1.12 (Excel 2019 and earlier). */
export function createExcelFake(
  sheets: FakeSheetSeed[],
  options: { active?: string; customProperties?: boolean; pageLayout?: boolean } = {},
): ExcelFake {
  const workbook = new FakeWorkbook(sheets, options.active);
  workbook.supportsCustomProperties = options.customProperties ?? true;
  workbook.supportsPageLayout = options.pageLayout ?? true;
  const excel = {
    ConditionalFormatType: CONDITIONAL_FORMAT_TYPES,
    async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      workbook.runs += 1;
      const context = new FakeRequestContext(workbook);
      const result = await batch(context);
      if (context.queued > 0) {
        throw new FakeExcelError(
          'CommandsNotSynced',
          `Excel.run ended with ${context.queued} command(s) queued after the last context.sync(): they would never reach the workbook`,
        );
      }
      return result;
    },
  };
  return { excel, workbook };
}
